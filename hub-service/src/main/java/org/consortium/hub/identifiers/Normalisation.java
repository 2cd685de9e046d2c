package org.consortium.hub.identifiers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How titles, authors and seasons are compared before an id is minted. Pure functions.
 *
 * <ul>
 *   <li>Titles: accents removed, lower case, œ/æ/ß spelled out, every run of punctuation or
 *       spaces is one space, and the articles le, la, les, l', un, une, the, a, an dropped
 *       wherever they stand ("L'Avare" = "avare", "Le Jeu de l'amour" = "jeu de amour").
 *       A title made only of articles keeps them.</li>
 *   <li>Authors: each name normalised the same way (articles kept: "La Fontaine") with its
 *       words sorted, so "Shakespeare, William" = "William Shakespeare"; the set of names is
 *       sorted, so the order of credits does not matter.</li>
 *   <li>Seasons run from September to August and are named by their first year.</li>
 * </ul>
 */
public final class Normalisation {

    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l", "un", "une", "the", "a", "an");

    private Normalisation() {
    }

    public static String title(String title) {
        List<String> words = words(title);
        List<String> kept = new ArrayList<>(words.size());
        for (String w : words) {
            if (!ARTICLES.contains(w)) {
                kept.add(w);
            }
        }
        return String.join(" ", kept.isEmpty() ? words : kept);
    }

    /** One author's name: its words, sorted. */
    public static String author(String name) {
        List<String> words = words(name);
        words.sort(null);
        return String.join(" ", words);
    }

    /** The set of authors, sorted, joined by "; " (empty when there is none). */
    public static String authors(Collection<String> names) {
        TreeSet<String> set = new TreeSet<>();
        for (String name : names) {
            String n = author(name);
            if (!n.isEmpty()) {
                set.add(n);
            }
        }
        return String.join("; ", set);
    }

    /** The season (September to August) a day falls in, named by its first year. */
    public static int season(LocalDate day) {
        return day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    }

    /** "2025-26" for the season starting in September 2025. */
    public static String seasonLabel(int season) {
        return season + "-" + String.format(Locale.ROOT, "%02d", Math.floorMod(season + 1, 100));
    }

    /** Levenshtein distance, giving up (returning limit + 1) once it exceeds {@code limit}. */
    public static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], limit + 1);
    }

    /** SHA-256 in hex: match keys of any length fit a fixed-size indexed column. */
    public static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> words(String text) {
        if (text == null) {
            return new ArrayList<>();
        }
        String s = text.toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return s.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(s.split(" ")));
    }
}
