package org.consortium.hub.policies.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;

/** Shorthand for unit contributions in tests: {@code u("v1", 10, "v2", 5)}. */
final class Units {
    private Units() {
    }

    static Map<String, Long> u(Object... unitThenAmount) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < unitThenAmount.length; i += 2) {
            m.put((String) unitThenAmount[i], ((Number) unitThenAmount[i + 1]).longValue());
        }
        return m;
    }
}
