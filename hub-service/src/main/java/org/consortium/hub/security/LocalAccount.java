package org.consortium.hub.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A local account of the embedded mode, checked over HTTP Basic in place of Keycloak.
 * Passwords are stored as bcrypt hashes. The production build turns HTTP Basic off, so
 * accounts in this table cannot sign in there.
 */
@Entity
@Table(name = "local_account")
@UserDefinition
public class LocalAccount extends PanacheEntityBase {

    @Id
    @Username
    public String username;

    @Password
    @Column(name = "password_hash")
    public String passwordHash;

    /** Comma-separated role names, see {@link org.consortium.hub.security.Roles}. */
    @Roles
    public String roles;

    /** The organisation this person acts for; null for hub-wide roles. */
    @Column(name = "organisation_id")
    public String organisationId;

    @Column(name = "display_name")
    public String displayName;

    public static LocalAccount create(String username, String password, String roles,
                                      String organisationId, String displayName) {
        LocalAccount account = new LocalAccount();
        account.username = username;
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.roles = roles;
        account.organisationId = organisationId;
        account.displayName = displayName;
        return account;
    }
}
