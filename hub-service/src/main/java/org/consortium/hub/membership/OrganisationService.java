package org.consortium.hub.membership;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.inject.Inject;
import org.consortium.hub.governance.Motion;
import org.consortium.hub.governance.MotionService;
import org.consortium.hub.web.Page;
import org.consortium.hub.web.problem.ConflictProblem;
import org.consortium.hub.web.problem.ValidationProblem;
import org.consortium.hub.web.problem.Violation;
import org.consortium.hub.web.problem.NotFoundProblem;

/** Reads and changes member organisations; other slices go through this service. */
@ApplicationScoped
public class OrganisationService {

    @Inject
    MotionService motions;

    public Page<OrganisationView> list(OrganisationKind kind, OrganisationStatus status, String region,
                                       int page, int size) {
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        if (kind != null) {
            clauses.add("kind = :kind");
            params.and("kind", kind);
        }
        if (status != null) {
            clauses.add("status = :status");
            params.and("status", status);
        }
        if (region != null) {
            clauses.add("regionCode = :region");
            params.and("region", region);
        }
        String query = String.join(" and ", clauses);
        var found = query.isEmpty()
                ? Organisation.<Organisation>findAll(Sort.by("id"))
                : Organisation.<Organisation>find(query, Sort.by("id"), params);
        long total = found.count();
        List<OrganisationView> items = found.page(page, size).list().stream().map(OrganisationView::of).toList();
        return new Page<>(items, page, size, total);
    }

    /**
     * Records an application; the organisation starts as an applicant and, in the same
     * transaction, an admission motion opens in the configured body.
     */
    @Transactional
    public ApplicationReceipt apply(ApplicationRequest request, String by) {
        String id = slugOf(request.legalName());
        if (id.isEmpty()) {
            throw new ValidationProblem("legalName: must contain letters or digits",
                    List.of(new Violation("legalName", "must contain letters or digits")));
        }
        if (Organisation.findById(id) != null) {
            throw new ConflictProblem("An organisation with id '" + id + "' already exists");
        }
        Organisation o = new Organisation();
        o.id = id;
        o.legalName = request.legalName().trim();
        o.kind = request.kind();
        o.college = request.college();
        o.regionCode = request.regionCode();
        o.departmentCode = request.departmentCode();
        o.siret = request.siret();
        o.contactEmail = request.contactEmail();
        o.status = OrganisationStatus.APPLICANT;
        o.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        o.persist();
        Optional<Motion> motion = motions.openAdmission(o.id, o.legalName, by);
        return ApplicationReceipt.of(OrganisationView.of(o), motion.map(m -> m.id).orElse(null));
    }

    /** Changes a status; only decisions (and the emergency suspension) call this. */
    void changeStatus(Organisation o, OrganisationStatus status) {
        o.status = status;
    }

    /** A readable id from a legal name: "Théâtre du Nord" → "theatre-du-nord". */
    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 64 ? slug.substring(0, 64).replaceAll("-$", "") : slug;
    }

    @Transactional
    public OrganisationView get(String id) {
        return OrganisationView.of(require(id));
    }

    public Organisation require(String id) {
        return find(id).orElseThrow(() -> new NotFoundProblem("Organisation", id));
    }

    public Optional<Organisation> find(String id) {
        return Organisation.findByIdOptional(id);
    }

    /** The organisations with these ids that exist, in one query. */
    public List<Organisation> findAll(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : Organisation.list("id in ?1", ids);
    }
}
