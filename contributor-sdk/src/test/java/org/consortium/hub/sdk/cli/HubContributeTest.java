package org.consortium.hub.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.consortium.hub.sdk.client.FakeHub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class HubContributeTest {

  @TempDir
  Path home;

  private FakeHub hub;
  private final Map<String, String> env = new HashMap<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws Exception {
    hub = new FakeHub();
    hub.requiredAuthorization = "Basic Y29udHJpYnV0b3I6Y29udHJpYnV0b3ItcGFzcw==";
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  private int run(String... args) {
    CommandLine cli = HubContribute.commandLine(new HubContribute(env, home));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static String sample(String name) throws Exception {
    return Path.of(HubContributeTest.class.getResource("/org/consortium/hub/sdk/samples/" + name).toURI()).toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "datasets", "validate", "upload", "receipts"})
  void helpOnEveryCommand(String command) {
    int code = command.isEmpty() ? run("--help") : run(command, "--help");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("Usage: hub-contribute");
  }

  @Test
  void usageErrorsExitWith2() throws Exception {
    assertThat(run("upload", sample("box-office-summary.csv"), "-m", sample("box-office-summary.mapping.yaml"))).isEqualTo(2);
    assertThat(err.toString()).contains("--dataset");
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(run("validate", "missing.csv", "-m", sample("box-office-summary.mapping.yaml"))).isEqualTo(2);
    assertThat(run("validate", sample("box-office-summary.csv"), "-m", "missing.yaml")).isEqualTo(2);
    assertThat(run("datasets")).isEqualTo(2); // no URL anywhere
    assertThat(err.toString()).contains("no hub URL");
  }

  @Test
  void validateReportsRefusedRowsWithExit1() throws Exception {
    assertThat(run("validate", sample("box-office-summary.csv"), "-m", sample("box-office-summary.mapping.yaml"))).isZero();
    assertThat(out.toString()).contains("rows read: 5", "rows refused: 0", "ready to upload");

    Path broken = home.resolve("broken.csv");
    Files.writeString(broken, Files.readString(Path.of(sample("box-office-summary.csv")))
        + "X9;Hamlet;;;Slam;14/03/2025;20h30;Salle;100;;non;non;1;1,00;;;;;;;;;;\n");
    assertThat(run("validate", broken.toString(), "-m", sample("box-office-summary.mapping.yaml"))).isEqualTo(1);
    assertThat(out.toString()).contains("refused line 7: genre");
  }

  @Test
  void uploadsOverRestAndPrintsASummary() throws Exception {
    int code = run("upload", sample("ticket-lines.csv"), "--dataset", "ds-1", "-m", sample("ticket-lines.mapping.yaml"),
        "--url", hub.url(), "--user", "contributor", "--password", "contributor-pass", "--batch-size", "15");

    assertThat(code).as(err.toString()).isZero();
    assertThat(hub.calls).hasSize(3);
    assertThat(out.toString()).contains("rows read: 40", "sent: 40 records in 3 batches", "accepted: 40",
        "rejected by the hub: 0", "receipts: r-1 r-2 r-3");
    assertThat(err.toString()).contains("'E-mail' looks like personal data", "rows/s", "left");
    // the buyer history is written only after a successful upload, with the key beside it
    assertThat(home.resolve(".hub-contribute/buyers-theatre-du-nord.txt")).exists();
    assertThat(home.resolve(".hub-contribute/pseudonym.key")).exists();
    assertThat(hub.calls.toString()).doesNotContain("@exemple.fr", "Dubois");
  }

  @Test
  void dryRunSendsNothingAndKeepsTheHistory() throws Exception {
    Path copy = home.resolve("out.ndjson");
    assertThat(run("upload", sample("ticket-lines.csv"), "--dataset", "ds-1", "-m", sample("ticket-lines.mapping.yaml"),
        "--dry-run", "--out", copy.toString())).isZero();
    assertThat(hub.calls).isEmpty();
    assertThat(Files.readAllLines(copy)).hasSize(40);
    assertThat(home.resolve(".hub-contribute/buyers-theatre-du-nord.txt")).doesNotExist();
    assertThat(out.toString()).contains("dry run: nothing sent");
  }

  @Test
  void rejectedRecordsExitWith1AndSayWhereToReadTheReasons() throws Exception {
    hub.rejectRecordId = "TDN-2025-0314-full";
    env.put("HUB_URL", hub.url());
    env.put("HUB_USER", "contributor");
    env.put("HUB_PASSWORD", "contributor-pass");
    assertThat(run("upload", sample("box-office-summary.csv"), "--dataset", "ds-1",
        "-m", sample("box-office-summary.mapping.yaml"), "--no-progress", "--wait", "0",
        "--refused-report", home.resolve("refused.csv").toString())).isEqualTo(1);
    // the hint names the command as it is started, with every receipt id
    assertThat(out.toString()).contains("rejected by the hub: 1", "performance unknown",
        "java -jar hub-contribute.jar receipts r-1");
    assertThat(Files.readString(home.resolve("refused.csv"))).startsWith("line,column,value,reason")
        .contains("record TDN-2025-0314-full", "performance unknown");
  }

  @Test
  void authenticationAndServerFailuresExitWith3() throws Exception {
    assertThat(run("datasets", "--url", hub.url(), "--user", "contributor", "--password", "wrong")).isEqualTo(3);
    assertThat(err.toString()).contains("401");
    hub.requiredAuthorization = null;
    for (int i = 0; i < 10; i++) {
      hub.faults.add(FakeHub.Fault.status(500));
    }
    Path config = home.resolve("hub.properties");
    Files.writeString(config, "url=" + hub.url() + "\n");
    // a 409 is final: no retries, and exit 3
    hub.faults.clear();
    hub.faults.add(new FakeHub.Fault(409, Map.of(), "{\"title\":\"Dataset not approved\",\"status\":409}"));
    assertThat(run("upload", sample("box-office-summary.csv"), "--dataset", "ds-1",
        "-m", sample("box-office-summary.mapping.yaml"), "--config", config.toString(), "--no-progress")).isEqualTo(3);
    assertThat(err.toString()).contains("409 Dataset not approved");
  }

  @Test
  void readsSettingsFromTheConfigFileInHome() throws Exception {
    Files.writeString(home.resolve(".hub-contribute.properties"),
        "url=" + hub.url() + "\nuser=contributor\npassword=contributor-pass\n");
    assertThat(run("datasets")).isZero();
    assertThat(out.toString()).contains("ds-1", "approved", "Billetterie 2025");
    assertThat(run("receipts", "r-42")).isZero();
    assertThat(out.toString()).contains("receipt r-42 (dataset ds-1)", "accepted 2");
  }

  @Test
  void optionsWinOverEnvironmentWhichWinsOverTheConfigFile() throws Exception {
    Files.writeString(home.resolve(".hub-contribute.properties"), "url=http://127.0.0.1:1\nuser=x\npassword=y\n");
    env.put("HUB_URL", hub.url());
    env.put("HUB_USER", "contributor");
    env.put("HUB_PASSWORD", "nope");
    assertThat(run("datasets", "--password", "contributor-pass")).isZero();
  }
}
