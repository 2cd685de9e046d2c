package org.consortium.hub.membership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import org.consortium.hub.security.Roles;

/** What a person does for an organisation; serialised as the hub role name ("org-admin"...). */
public enum PersonRole {
    ORG_ADMIN(Roles.ORG_ADMIN), CONTRIBUTOR(Roles.CONTRIBUTOR), ANALYST(Roles.ANALYST);

    private final String roleName;

    PersonRole(String roleName) {
        this.roleName = roleName;
    }

    @JsonValue
    public String roleName() {
        return roleName;
    }

    /** Accepts "org-admin" as well as "ORG_ADMIN". */
    @JsonCreator
    public static PersonRole of(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(r -> r.roleName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not one of org-admin, contributor, analyst"));
    }
}
