package org.consortium.hub.datasets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.consortium.hub.governance.GovernanceConfig;
import org.consortium.hub.governance.Motion;
import org.consortium.hub.governance.MotionKind;
import org.consortium.hub.governance.MotionService;
import org.consortium.hub.membership.Organisation;
import org.consortium.hub.membership.OrganisationService;
import org.consortium.hub.membership.OrganisationStatus;
import org.consortium.hub.policies.sharing.SharingPolicy;
import org.consortium.hub.security.AccessRules;
import org.consortium.hub.security.Caller;
import org.consortium.hub.web.problem.ConflictProblem;
import org.consortium.hub.web.problem.ForbiddenProblem;
import org.consortium.hub.web.problem.ValidationProblem;

/**
 * Requests that change a dataset: a proposal, a new policy version, a suspension or a
 * retirement. None changes anything by itself: each opens a motion in the configured body
 * (hub.governance.dataset-body), and {@link DatasetDecisions} applies the outcome. A dataset
 * is under at most one such motion at a time; a request meanwhile is a 409.
 *
 * <p>Checks run in this order, so that the answer names the first thing the caller can fix:
 * who may ask (403), the dataset's state (409), then the policy document (400/422).
 */
@ApplicationScoped
public class DatasetProposals {

    @Inject
    DatasetService datasets;

    @Inject
    OrganisationService organisations;

    @Inject
    MotionService motions;

    @Inject
    GovernanceConfig config;

    @Inject
    AccessRules access;

    @Inject
    PolicyDocuments documents;

    /** A new dataset, proposed with policy version 1; its approval motion opens in the same transaction. */
    @Transactional
    public DatasetMotionReceipt propose(DatasetProposal r, Caller caller) {
        String owner = r.ownerOrganisationId() != null ? r.ownerOrganisationId() : caller.organisationId();
        if (owner == null) {
            throw ValidationProblem.ofField("ownerOrganisationId", "is required: you act for no organisation");
        }
        access.requireDatasetOwnerAdmin(caller, owner);
        Organisation org = organisations.find(owner).orElseThrow(() ->
                ValidationProblem.ofField("ownerOrganisationId", "organisation '" + owner + "' does not exist"));
        if (org.status != OrganisationStatus.MEMBER) {
            throw new ForbiddenProblem("Only members in good standing propose datasets; '" + owner + "' is " + org.status);
        }
        SharingPolicy submitted = documents.read(r.policy(), "policy");
        String id = r.id() != null ? r.id() : slug(owner + "-" + r.title());
        if (datasets.find(id).isPresent()) {
            throw new ConflictProblem("A dataset with id '" + id + "' already exists");
        }
        OffsetDateTime now = now();
        Dataset d = new Dataset();
        d.id = id;
        d.ownerOrganisationId = owner;
        d.kind = r.kind();
        d.title = r.title().trim();
        d.description = r.description();
        d.schemaVersion = r.schemaVersion() != null ? r.schemaVersion() : "1.0";
        d.licence = r.licence() != null && !r.licence().isBlank() ? r.licence().trim() : submitted.licence().name();
        d.status = DatasetStatus.PROPOSED;
        d.createdAt = now;
        d.persist();
        SharingPolicy policy = PolicyDocuments.bind(submitted, id, 1, null);
        DatasetPolicyVersion v = pending(id, 1, null, policy, caller.subject(), now);
        Optional<Motion> motion = motions.openIfBodyReady(new MotionService.Opening(config.datasetBody(),
                MotionKind.APPROVE_DATASET, id, motionTitle("Approve dataset ", d),
                describe(d, org, policy, r.description()), null, false), caller.subject());
        motion.ifPresent(m -> v.motionId = m.id);
        return new DatasetMotionReceipt(id, d.status, MotionKind.APPROVE_DATASET, v.motionId, 1);
    }

    /** A new policy version for an approved (or suspended) dataset, put to a CHANGE_SHARING_POLICY vote. */
    @Transactional
    public DatasetMotionReceipt changePolicy(String datasetId, PolicyChangeRequest r, Caller caller) {
        Dataset d = datasets.require(datasetId);
        access.requireDatasetOwnerAdmin(caller, d.ownerOrganisationId);
        requireStatus(d, "change its policy", DatasetStatus.APPROVED, DatasetStatus.SUSPENDED);
        requireNoOpenMotion(d);
        SharingPolicy submitted = documents.read(r.policy(), "policy");
        DatasetPolicyVersion current = DatasetPolicyVersion.withStatus(d.id, PolicyVersionStatus.CURRENT)
                .orElseThrow(() -> new ConflictProblem("Dataset '" + d.id + "' has no policy in force to change"));
        int version = DatasetPolicyVersion.nextVersion(d.id);
        SharingPolicy policy = PolicyDocuments.bind(submitted, d.id, version, current.version);
        DatasetPolicyVersion v = pending(d.id, version, current.version, policy, caller.subject(), now());
        String description = (r.reason() == null ? "" : r.reason() + "\n\n") + "Proposed policy version " + version
                + " (replacing version " + current.version + "): " + PolicySummary.of(policy);
        Motion m = motions.openIn(new MotionService.Opening(config.datasetBody(), MotionKind.CHANGE_SHARING_POLICY,
                d.id, motionTitle("Change the sharing policy of ", d), description, null, false), caller.subject());
        v.motionId = m.id;
        return new DatasetMotionReceipt(d.id, d.status, MotionKind.CHANGE_SHARING_POLICY, m.id, version);
    }

    /** Asks the committee to suspend an approved dataset (contributions and indicators stop meanwhile). */
    @Transactional
    public DatasetMotionReceipt requestSuspension(String datasetId, DatasetMotionRequest r, Caller caller) {
        Dataset d = datasets.require(datasetId);
        access.requireDatasetStewardOrHubAdmin(caller, d.ownerOrganisationId);
        requireStatus(d, "suspend it", DatasetStatus.APPROVED);
        return simpleMotion(d, MotionKind.SUSPEND_DATASET, motionTitle("Suspend dataset ", d), r, caller);
    }

    /** Asks the committee to retire a dataset for good. */
    @Transactional
    public DatasetMotionReceipt requestRetirement(String datasetId, DatasetMotionRequest r, Caller caller) {
        Dataset d = datasets.require(datasetId);
        access.requireDatasetStewardOrHubAdmin(caller, d.ownerOrganisationId);
        requireStatus(d, "retire it", DatasetStatus.APPROVED, DatasetStatus.SUSPENDED);
        return simpleMotion(d, MotionKind.RETIRE_DATASET, motionTitle("Retire dataset ", d), r, caller);
    }

    private DatasetMotionReceipt simpleMotion(Dataset d, MotionKind kind, String title, DatasetMotionRequest r,
                                              Caller caller) {
        requireNoOpenMotion(d);
        String reason = r == null || r.reason() == null ? "Requested by " + caller.subject() + "." : r.reason();
        Motion m = motions.openIn(new MotionService.Opening(config.datasetBody(), kind, d.id, title, reason, null,
                false), caller.subject());
        return new DatasetMotionReceipt(d.id, d.status, kind, m.id, null);
    }

    /** 409 while another motion decides about the dataset: its outcome could contradict this request. */
    void requireNoOpenMotion(Dataset d) {
        Optional<UUID> open = motions.openMotionAbout(d.id, DatasetService.DATASET_MOTIONS);
        if (open.isPresent()) {
            throw new ConflictProblem("Dataset '" + d.id + "' is under an open motion (" + open.get()
                    + "); wait for its decision before asking for another change");
        }
    }

    static void requireStatus(Dataset d, String action, DatasetStatus... allowed) {
        for (DatasetStatus s : allowed) {
            if (d.status == s) {
                return;
            }
        }
        throw new ConflictProblem("Cannot " + action + ": dataset '" + d.id + "' is " + d.status);
    }

    static DatasetPolicyVersion pending(String datasetId, int version, Integer replaces, SharingPolicy policy,
                                        String by, OffsetDateTime now) {
        DatasetPolicyVersion v = new DatasetPolicyVersion();
        v.datasetId = datasetId;
        v.version = version;
        v.replacesVersion = replaces;
        v.document = PolicyDocuments.store(policy);
        v.status = PolicyVersionStatus.PENDING;
        v.proposedBy = by;
        v.proposedAt = now;
        v.persist();
        return v;
    }

    /** What the committee reads on the approval motion. */
    static String describe(Dataset d, Organisation owner, SharingPolicy policy, String description) {
        return owner.legalName + " proposes the " + d.kind.name().toLowerCase(Locale.ROOT) + " dataset '" + d.id + "'"
                + (description == null || description.isBlank() ? "" : ": " + description.trim()) + "\n\n"
                + "Sharing policy (version 1): " + PolicySummary.of(policy);
    }

    /** Motion titles hold 200 characters; a dataset title may take them all. */
    static String motionTitle(String prefix, Dataset d) {
        String title = prefix + d.title;
        return title.length() <= 200 ? title : title.substring(0, 199) + "…";
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** A readable id: "theatre-du-nord" + "Billetterie 2026" → "theatre-du-nord-billetterie-2026". */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 64 ? slug.substring(0, 64).replaceAll("-$", "") : slug;
    }
}
