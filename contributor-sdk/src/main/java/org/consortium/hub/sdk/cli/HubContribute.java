package org.consortium.hub.sdk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.consortium.hub.sdk.client.HubException;
import org.consortium.hub.sdk.csv.MappingException;
import org.consortium.hub.sdk.kafka.KafkaContributionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code hub-contribute}: the command line a venue uses to send its ticketing exports to the
 * hub. Exit codes: 0 success, 1 some records refused or rejected, 2 usage error (options,
 * files, mapping), 3 authentication or server error.
 */
@Command(name = "hub-contribute", mixinStandardHelpOptions = true,
    version = "hub-contribute 0.1.0 (contract 1.0)",
    description = "Send your venue's ticketing exports to the consortium data hub.",
    subcommands = {DatasetsCommand.class, ValidateCommand.class, UploadCommand.class,
        ReceiptsCommand.class, WithdrawCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:some records refused or rejected",
        "2:usage error (options, files, mapping)", "3:authentication or server error"})
public final class HubContribute implements Runnable {

  /** Every record accepted. */
  public static final int OK = 0;
  /** Some records were refused locally or rejected by the hub. */
  public static final int REJECTED = 1;
  /** Bad options, missing files or a mapping that does not fit. */
  public static final int USAGE = 2;
  /** The hub refused who we are, failed, or could not be reached. */
  public static final int SERVER = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;
  private final Path home;

  /** The command with the process environment and home directory. */
  public HubContribute() {
    this(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  HubContribute(Map<String, String> env, Path home) {
    this.env = env;
    this.home = home;
  }

  Map<String, String> env() {
    return env;
  }

  Path home() {
    return home;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // kafka-clients and the schema library log through SLF4J; the jar ships no backend on
    // purpose, and SLF4J's notice about it would only confuse a venue's staff.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    System.exit(commandLine(new HubContribute()).execute(args));
  }

  /** A command line with this tool's exit codes for each kind of failure. */
  static CommandLine commandLine(HubContribute root) {
    CommandLine cli = new CommandLine(root);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof HubException h) {
        err.println("error: " + h.getMessage());
        h.violations().forEach(v -> err.println("  - " + v));
        if (h.isAuthenticationFailure()) {
          err.println("check --user/--password or --client-id/--client-secret");
        }
        return SERVER;
      }
      if (e instanceof KafkaContributionException) {
        err.println("error: " + e.getMessage());
        return SERVER;
      }
      if (e instanceof MappingException || e instanceof IllegalArgumentException) {
        err.println("error: " + e.getMessage());
        return USAGE;
      }
      if (e instanceof NoSuchFileException n) {
        err.println("error: file not found: " + n.getFile());
        return USAGE;
      }
      if (e instanceof IOException) {
        err.println("error: " + e.getMessage());
        return USAGE;
      }
      throw e;
    });
    return cli;
  }
}
