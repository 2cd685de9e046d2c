package org.consortium.hub.membership;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.consortium.hub.security.LocalAccount;
import org.consortium.hub.web.problem.ConflictProblem;
import org.consortium.hub.web.problem.NotFoundProblem;
import org.consortium.hub.web.problem.ValidationProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who acts for an organisation, and as what. The table is the hub's record of people and
 * roles; in the embedded mode it also drives the local accounts (roles and organisation), in
 * production the identity provider carries them in tokens. A person acts for one organisation.
 */
@ApplicationScoped
public class PeopleService {

    @Inject
    OrganisationService organisations;

    /** Local accounts exist only where HTTP Basic is on (the embedded mode). */
    @ConfigProperty(name = "quarkus.http.auth.basic", defaultValue = "false")
    boolean localAccounts;

    @Transactional
    public List<PersonView> list(String organisationId) {
        organisations.require(organisationId);
        Map<String, List<OrganisationPerson>> bySubject = OrganisationPerson.<OrganisationPerson>list(
                        "organisationId", organisationId).stream()
                .collect(Collectors.groupingBy(p -> p.subject, TreeMap::new, Collectors.toList()));
        return bySubject.entrySet().stream().map(e -> view(organisationId, e.getKey(), e.getValue())).toList();
    }

    @Transactional
    public PersonView get(String organisationId, String subject) {
        organisations.require(organisationId);
        List<OrganisationPerson> rows = rows(organisationId, subject);
        if (rows.isEmpty()) {
            throw new NotFoundProblem("Person of organisation " + organisationId, subject);
        }
        return view(organisationId, subject, rows);
    }

    /** Sets the person's roles (replacing the previous ones); creates or updates the local account when asked. */
    @Transactional
    public PersonView put(String organisationId, String subject, PersonRequest request) {
        organisations.require(organisationId);
        List<OrganisationPerson> elsewhere = OrganisationPerson.list("subject = ?1 and organisationId <> ?2",
                subject, organisationId);
        LocalAccount account = LocalAccount.findById(subject);
        if (!elsewhere.isEmpty() || (account != null && !organisationId.equals(account.organisationId))) {
            throw new ConflictProblem("'" + subject + "' already acts for another organisation or holds a hub-wide account;"
                    + " a person acts for one organisation only");
        }
        if (request.password() != null && !localAccounts) {
            throw ValidationProblem.ofField("password", "local accounts are off in this mode; the identity provider manages sign-in");
        }
        if (request.password() != null && subject.length() > 64) {
            throw ValidationProblem.ofField("subject", "a local account name has at most 64 characters");
        }
        if (!request.roles().contains(PersonRole.ORG_ADMIN)) {
            keepAnOrgAdmin(organisationId, subject);
        }
        OrganisationPerson.delete("organisationId = ?1 and subject = ?2", organisationId, subject);
        for (PersonRole role : request.roles()) {
            OrganisationPerson row = new OrganisationPerson();
            row.organisationId = organisationId;
            row.subject = subject;
            row.role = role.roleName();
            row.persist();
        }
        String roles = request.roles().stream().map(PersonRole::roleName).sorted().collect(Collectors.joining(","));
        if (account == null && request.password() != null) {
            LocalAccount.create(subject, request.password(), roles, organisationId, request.displayName()).persist();
        } else if (account != null) {
            account.roles = roles;
            if (request.password() != null) {
                account.passwordHash = BcryptUtil.bcryptHash(request.password());
            }
            if (request.displayName() != null) {
                account.displayName = request.displayName();
            }
        }
        return get(organisationId, subject);
    }

    /** Removes every role of the person for the organisation, and their local account for it if any. */
    @Transactional
    public void remove(String organisationId, String subject) {
        organisations.require(organisationId);
        keepAnOrgAdmin(organisationId, subject);
        long removed = OrganisationPerson.delete("organisationId = ?1 and subject = ?2", organisationId, subject);
        LocalAccount account = LocalAccount.findById(subject);
        boolean ownAccount = account != null && organisationId.equals(account.organisationId);
        if (removed == 0 && !ownAccount) {
            throw new NotFoundProblem("Person of organisation " + organisationId, subject);
        }
        if (ownAccount) {
            account.delete();
        }
    }

    /**
     * Refuses to take the org-admin role from an organisation's last org-admin: nobody but a
     * hub-admin could then manage its people, name its contributors or read its access log.
     */
    private static void keepAnOrgAdmin(String organisationId, String subject) {
        boolean isOrgAdmin = OrganisationPerson.count("organisationId = ?1 and subject = ?2 and role = ?3",
                organisationId, subject, PersonRole.ORG_ADMIN.roleName()) > 0;
        if (isOrgAdmin && OrganisationPerson.count("organisationId = ?1 and subject <> ?2 and role = ?3",
                organisationId, subject, PersonRole.ORG_ADMIN.roleName()) == 0) {
            throw new ConflictProblem("'" + subject + "' is the last org-admin of '" + organisationId
                    + "': give another person the org-admin role first");
        }
    }

    /** Records roles without touching accounts; for the demo seed, whose accounts already exist. */
    public void record(String organisationId, String subject, Set<PersonRole> roles) {
        for (PersonRole role : roles) {
            OrganisationPerson row = new OrganisationPerson();
            row.organisationId = organisationId;
            row.subject = subject;
            row.role = role.roleName();
            row.persist();
        }
    }

    private static List<OrganisationPerson> rows(String organisationId, String subject) {
        return OrganisationPerson.list("organisationId = ?1 and subject = ?2", organisationId, subject);
    }

    private static PersonView view(String organisationId, String subject, List<OrganisationPerson> rows) {
        List<PersonRole> roles = rows.stream().map(r -> PersonRole.of(r.role))
                .sorted(Comparator.naturalOrder()).toList();
        return new PersonView(organisationId, subject, roles, LocalAccount.findById(subject) != null);
    }
}
