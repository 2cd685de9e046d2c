package org.consortium.hub.ingestion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.consortium.hub.sdk.client.ContributionResult;
import org.consortium.hub.sdk.client.Credentials;
import org.consortium.hub.sdk.client.HubClient;
import org.consortium.hub.sdk.contract.AttendancePayload;
import org.consortium.hub.sdk.contract.ContractValidator;
import org.consortium.hub.sdk.contract.Envelope;
import org.consortium.hub.sdk.contract.RecordType;
import org.consortium.hub.sdk.csv.CsvImporter;
import org.consortium.hub.sdk.csv.ImportListener;
import org.consortium.hub.sdk.csv.ImportReport;
import org.consortium.hub.sdk.csv.ImportSettings;
import org.consortium.hub.sdk.csv.MappingFile;
import org.consortium.hub.sdk.kafka.KafkaContributor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A venue's box-office export goes through the contributor SDK (CSV import with the shipped
 * mapping, then the REST client, or the Kafka transport) into the running hub, and its
 * figures come back out of the indicators: exactly in the owner's own view, suppressed in the
 * consortium view where the venue would be alone.
 */
@QuarkusTest
class SdkEndToEndTest {

    static final String DATASET = "theatre-du-nord-billetterie";
    static final String SAMPLES = "/org/consortium/hub/sdk/samples/";

    @TestHTTPResource("/")
    URL hub;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
    String bootstrap;

    private List<Envelope> importSample(Integer version) throws Exception {
        MappingFile mapping;
        try (InputStream in = getClass().getResourceAsStream(SAMPLES + "box-office-summary.mapping.yaml")) {
            mapping = MappingFile.read(in, "box-office-summary.mapping.yaml");
        }
        List<Envelope> envelopes = new ArrayList<>();
        ImportSettings settings = new ImportSettings(DATASET, null, version, null);
        try (InputStream csv = getClass().getResourceAsStream(SAMPLES + "box-office-summary.csv")) {
            ImportReport report = new CsvImporter(mapping, settings, new ContractValidator())
                    .run(csv, -1, envelopes::add, new ImportListener() { });
            assertThat(report.refused()).isEmpty();
        }
        assertThat(envelopes).isNotEmpty();
        return envelopes;
    }

    private static long ticketsOf(List<Envelope> envelopes) {
        return envelopes.stream().filter(e -> e.recordType() == RecordType.ATTENDANCE)
                .mapToLong(e -> e.payloadAs(AttendancePayload.class).tickets()).sum();
    }

    private static long ownTickets2025() {
        return ((Number) given().auth().preemptive().basic("contributor", "contributor-pass")
                .when().get("/api/v1/indicators/tickets?purpose=MARKETING&scope=own&from=2025-01&to=2025-12")
                .then().statusCode(200).extract().path("cells[0].value")).longValue();
    }

    @Test
    void aBoxOfficeExportSentOverRestComesBackInTheIndicators() throws Exception {
        List<Envelope> envelopes = importSample(null);
        HubClient client = HubClient.builder().baseUrl(hub.toURI())
                .credentials(Credentials.basic("contributor", "contributor-pass")).build();
        ContributionResult result = client.contribute(DATASET, envelopes);
        assertThat(result.refusedLocally()).isEmpty();
        for (var receipt : result.receipts()) {
            assertThat(client.awaitProcessed(receipt.id(), Duration.ofSeconds(60)).rejected()).isEmpty();
        }

        assertThat(ownTickets2025()).isEqualTo(ticketsOf(envelopes));
        org.consortium.hub.indicators.Releases.build();
        // In the consortium view the venue is alone in 2025: the figure is withheld.
        given().auth().preemptive().basic("analyst", "analyst-pass")
                .when().get("/api/v1/indicators/tickets?purpose=MARKETING&from=2025-01&to=2025-12")
                .then().statusCode(200)
                .body("cells.findAll { it.value != null }.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    @Tag("real-stack")
    void theSameExportOverTheKafkaTransportReplacesNothingButTheVersion() throws Exception {
        aBoxOfficeExportSentOverRestComesBackInTheIndicators();
        List<Envelope> version2 = importSample(2);
        try (KafkaContributor kafka = KafkaContributor.builder(bootstrap).build()) {
            kafka.send(DATASET, version2);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> lowestVersion(version2.get(0).recordId()) == 2);
        assertThat(ownTickets2025()).isEqualTo(ticketsOf(version2));
    }

    private int lowestVersion(String recordId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select version from contributed_record where dataset_id = ? and record_id = ?")) {
            ps.setString(1, DATASET);
            ps.setString(2, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
