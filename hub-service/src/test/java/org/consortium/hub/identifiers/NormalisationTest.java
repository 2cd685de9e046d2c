package org.consortium.hub.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalisationTest {

    @Test
    void titlesIgnoreCaseAccentsPunctuationAndArticles() {
        String reference = Normalisation.title("Le Misanthrope");
        assertThat(Normalisation.title("MISANTHROPE (le)")).isEqualTo(reference);
        assertThat(Normalisation.title("le misanthrope")).isEqualTo(reference);
        assertThat(Normalisation.title("L'Avare")).isEqualTo(Normalisation.title("Avare"));
        assertThat(Normalisation.title("L’Avare")).isEqualTo("avare");
        assertThat(Normalisation.title("Les Fourberies de Scapin")).isEqualTo("fourberies de scapin");
        assertThat(Normalisation.title("Roméo et Juliette")).isEqualTo(Normalisation.title("ROMEO ET JULIETTE!"));
        assertThat(Normalisation.title("Le Cœur à l'ouvrage")).isEqualTo("coeur ouvrage");
        assertThat(Normalisation.title("The Tempest")).isEqualTo("tempest");
        assertThat(Normalisation.title("A Midsummer Night's Dream")).isEqualTo("midsummer night s dream");
        assertThat(Normalisation.title("Les")).isEqualTo("les");
    }

    @Test
    void authorsAreASortedSetOfNamesWithSortedWords() {
        assertThat(Normalisation.authors(List.of("William Shakespeare")))
                .isEqualTo(Normalisation.authors(List.of("Shakespeare, William")));
        assertThat(Normalisation.authors(List.of("Molière", "Lully")))
                .isEqualTo(Normalisation.authors(List.of("LULLY", "moliere", "Molière")));
        assertThat(Normalisation.authors(List.of("Jean de La Fontaine"))).isEqualTo("de fontaine jean la");
        assertThat(Normalisation.authors(List.of())).isEmpty();
    }

    @Test
    void seasonsRunFromSeptemberToAugust() {
        assertThat(Normalisation.season(LocalDate.of(2025, 9, 1))).isEqualTo(2025);
        assertThat(Normalisation.season(LocalDate.of(2026, 8, 31))).isEqualTo(2025);
        assertThat(Normalisation.season(LocalDate.of(2026, 3, 14))).isEqualTo(2025);
        assertThat(Normalisation.seasonLabel(2025)).isEqualTo("2025-26");
        assertThat(Normalisation.seasonLabel(1999)).isEqualTo("1999-00");
    }

    @Test
    void editDistanceStopsEarly() {
        assertThat(Normalisation.editDistance("misanthrope", "misantrope", 2)).isEqualTo(1);
        assertThat(Normalisation.editDistance("misanthrope", "misanthrope", 2)).isZero();
        assertThat(Normalisation.editDistance("avare", "avaricieux", 2)).isEqualTo(3);
        assertThat(Normalisation.editDistance("tartuffe", "tartufe ou imposteur", 2)).isEqualTo(3);
        assertThat(Normalisation.editDistance("kitten", "sitting", 5)).isEqualTo(3);
    }
}
