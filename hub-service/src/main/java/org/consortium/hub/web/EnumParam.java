package org.consortium.hub.web;

import java.util.Arrays;
import java.util.Locale;
import org.consortium.hub.web.problem.ValidationProblem;

/**
 * Reads an enum from a query or path parameter, case-insensitively ("venue", "public-body").
 * An unknown value is a 400 naming the parameter and the accepted values; JAX-RS's own
 * conversion would answer 404, which misleads callers.
 */
public final class EnumParam {

    private EnumParam() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw ValidationProblem.ofField(parameter,
                "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
    }
}
