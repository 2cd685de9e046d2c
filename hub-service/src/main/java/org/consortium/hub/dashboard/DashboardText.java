package org.consortium.hub.dashboard;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The dashboard's words in one language, from {@code dashboard/messages*.properties}
 * (English by default, French). Keys without a dot are the page's fixed texts, handed to the
 * templates as a map; dotted keys name things (genres, tariffs, dimensions...) and fall back
 * to the given default (the catalogue's English, or the code itself).
 */
final class DashboardText {

    static final List<String> LANGUAGES = List.of("en", "fr");

    private final Locale locale;
    private final ResourceBundle bundle;

    private DashboardText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("dashboard.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static DashboardText of(String language) {
        return new DashboardText(Locale.forLanguageTag(language));
    }

    /** {@code ?lang=} when it names a language of the dashboard, else the first one the browser accepts. */
    static String language(String lang, HttpHeaders headers) {
        if (lang != null && LANGUAGES.contains(lang.trim().toLowerCase(Locale.ROOT))) {
            return lang.trim().toLowerCase(Locale.ROOT);
        }
        if (headers != null) {
            for (Locale accepted : headers.getAcceptableLanguages()) { // most wanted first
                if (LANGUAGES.contains(accepted.getLanguage())) {
                    return accepted.getLanguage();
                }
            }
        }
        return "en";
    }

    Locale locale() {
        return locale;
    }

    String language() {
        return locale.getLanguage();
    }

    String get(String key) {
        return get(key, key);
    }

    String get(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** A text with {0}, {1}... replaced (no MessageFormat, so that apostrophes stay as written). */
    String format(String key, Object... args) {
        String s = get(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /** The fixed texts, for templates: {@code {t.pageTitle}}. */
    Map<String, String> fixedTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : bundle.keySet()) {
            if (key.indexOf('.') < 0) {
                texts.put(key, bundle.getString(key));
            }
        }
        return texts;
    }
}
