package org.consortium.hub.ingestion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.consortium.hub.datasets.Dataset;
import org.consortium.hub.datasets.DatasetService;
import org.consortium.hub.datasets.DatasetStatus;
import org.consortium.hub.membership.Organisation;
import org.consortium.hub.membership.OrganisationService;
import org.consortium.hub.membership.OrganisationStatus;
import org.consortium.hub.security.Caller;
import org.consortium.hub.security.AccessRules;
import org.consortium.hub.web.problem.ConflictProblem;
import org.consortium.hub.web.problem.ForbiddenProblem;
import org.consortium.hub.web.problem.ServiceUnavailableProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The contribution API's work: who may send to this dataset, which records pass the gate,
 * the receipt, and the write of the valid records to the broker before the answer. A
 * batch retried under the same Idempotency-Key gets its first receipt back instead of being
 * sent twice.
 */
@ApplicationScoped
public class ContributionService {

    private static final Logger LOG = Logger.getLogger(ContributionService.class);

    private final ObjectMapper mapper;
    private final DatasetService datasets;
    private final OrganisationService organisations;
    private final RecordGate gate;
    private final RecordPublisher publisher;
    private final ReceiptService receipts;
    private final AccessRules access;
    private final int maxRecords;
    private final long publishTimeoutSeconds;

    public ContributionService(ObjectMapper mapper, DatasetService datasets, OrganisationService organisations,
                               RecordGate gate, RecordPublisher publisher, ReceiptService receipts, AccessRules access,
                               @ConfigProperty(name = "hub.contributions.max-records") int maxRecords,
                               @ConfigProperty(name = "hub.contributions.publish-timeout-seconds") long publishTimeoutSeconds) {
        this.mapper = mapper;
        this.datasets = datasets;
        this.organisations = organisations;
        this.gate = gate;
        this.publisher = publisher;
        this.receipts = receipts;
        this.access = access;
        this.maxRecords = maxRecords;
        this.publishTimeoutSeconds = publishTimeoutSeconds;
    }

    /** The receipt, and whether it is the first answer to an earlier identical request. */
    public record Result(ReceiptView receipt, boolean replay) {
    }

    private record Checked(int index, JsonNode envelope, List<String> reasons) {
    }

    public Result contribute(String datasetId, Caller caller, byte[] body, boolean ndjson, String idempotencyKey) {
        Dataset dataset = QuarkusTransaction.requiringNew().call(() -> checkAccess(datasetId, caller));
        String requestHash = sha256(body);
        if (idempotencyKey != null) {
            Optional<Result> earlier = replay(dataset.ownerOrganisationId, idempotencyKey, requestHash, body, ndjson);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        List<Checked> checked = check(datasetId, BatchParser.parse(mapper, body, ndjson, maxRecords));
        Receipt receipt = QuarkusTransaction.requiringNew().call(() ->
                createReceipt(dataset, idempotencyKey, requestHash, checked));
        publish(receipt, checked);
        return new Result(receipts.view(receipt), false);
    }

    private Dataset checkAccess(String datasetId, Caller caller) {
        Dataset dataset = datasets.require(datasetId);
        access.requireContributorFor(caller, datasetId, dataset.ownerOrganisationId);
        Organisation owner = organisations.require(dataset.ownerOrganisationId);
        if (owner.status != OrganisationStatus.MEMBER) {
            throw new ForbiddenProblem("Organisation '" + owner.id + "' is " + owner.status.name().toLowerCase()
                    + ": only active members contribute");
        }
        if (dataset.status != DatasetStatus.APPROVED) {
            throw new ConflictProblem("Dataset '" + datasetId + "' is " + dataset.status.name().toLowerCase()
                    + "; it takes records only once approved");
        }
        return dataset;
    }

    private Optional<Result> replay(String organisationId, String key, String requestHash, byte[] body,
                                    boolean ndjson) {
        Optional<Receipt> earlier = receipts.byIdempotencyKey(organisationId, key);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        Receipt receipt = earlier.get();
        if (!requestHash.equals(receipt.requestHash)) {
            throw new ConflictProblem("Idempotency-Key '" + key + "' was already used for a different batch; "
                    + "use a new key for new content");
        }
        if (!receipt.published) {
            // The first attempt failed before the broker acknowledged everything: send again.
            publish(receipt, check(receipt.datasetId, BatchParser.parse(mapper, body, ndjson, maxRecords)));
        }
        return Optional.of(new Result(receipts.view(receipt), true));
    }

    /** The gate's verdict on every record, in one transaction for the whole batch. */
    private List<Checked> check(String datasetId, List<JsonNode> envelopes) {
        return QuarkusTransaction.requiringNew().call(() -> checkAll(datasetId, envelopes));
    }

    private List<Checked> checkAll(String datasetId, List<JsonNode> envelopes) {
        RecordGate.Batch checks = gate.batch();
        List<Checked> out = new ArrayList<>(envelopes.size());
        for (int i = 0; i < envelopes.size(); i++) {
            JsonNode envelope = envelopes.get(i);
            List<String> reasons;
            if (envelope == null || !envelope.isObject()) {
                reasons = List.of("$: must be a record envelope (a JSON object)");
            } else if (envelope.hasNonNull("datasetId") && !datasetId.equals(envelope.get("datasetId").asText())) {
                reasons = List.of("$.datasetId: must be '" + datasetId + "', the dataset this batch is sent to");
            } else {
                reasons = checks.refusals(envelope);
            }
            out.add(new Checked(i, envelope, reasons));
        }
        return out;
    }

    private Receipt createReceipt(Dataset dataset, String key, String requestHash, List<Checked> checked) {
        Receipt receipt = new Receipt();
        receipt.id = UUID.randomUUID().toString();
        receipt.datasetId = dataset.id;
        receipt.organisationId = dataset.ownerOrganisationId;
        receipt.idempotencyKey = key;
        receipt.requestHash = requestHash;
        receipt.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        receipt.accepted = (int) checked.stream().filter(c -> c.reasons().isEmpty()).count();
        receipt.rejectedAtSubmission = checked.size() - receipt.accepted;
        receipt.published = receipt.accepted == 0;
        receipt.persist();
        for (Checked c : checked) {
            if (!c.reasons().isEmpty()) {
                ReceiptRejection rejection = new ReceiptRejection();
                rejection.receiptId = receipt.id;
                rejection.stage = ReceiptRejection.SUBMISSION;
                rejection.recordIndex = c.index();
                rejection.recordId = ReceiptRejection.keptRecordId(c.envelope() != null
                        && c.envelope().hasNonNull("recordId") ? c.envelope().get("recordId").asText() : null);
                rejection.reasons = String.join("\n", c.reasons());
                rejection.persist();
            }
        }
        return receipt;
    }

    private void publish(Receipt receipt, List<Checked> checked) {
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (Checked c : checked) {
            if (c.reasons().isEmpty()) {
                sent.add(publisher.publish(receipt.datasetId, c.envelope().get("recordType").asText(),
                        c.envelope().toString(), receipt.id, c.index()).toCompletableFuture());
            }
        }
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(publishTimeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(receipt, e);
        } catch (ExecutionException | TimeoutException e) {
            throw unavailable(receipt, e);
        }
        if (!receipt.published) {
            QuarkusTransaction.requiringNew().run(() -> Receipt.update("published = true where id = ?1", receipt.id));
        }
    }

    private ServiceUnavailableProblem unavailable(Receipt receipt, Exception cause) {
        LOG.warnf(cause, "Records of receipt %s were not all acknowledged by the broker", receipt.id);
        return new ServiceUnavailableProblem("The broker did not acknowledge every record of receipt " + receipt.id
                + "; send the same batch again with the same Idempotency-Key");
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
