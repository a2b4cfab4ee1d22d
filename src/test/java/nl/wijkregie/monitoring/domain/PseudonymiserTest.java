package nl.wijkregie.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pseudonyms link a household's events without the secret being guessable from them; ages only as bands. */
class PseudonymiserTest {

    static final byte[] SECRET = "een geheim van minstens 32 tekens lang!".getBytes(StandardCharsets.UTF_8);
    static final UUID HOUSEHOLD = UUID.fromString("018f3c9a-0000-7000-8000-000000000001");

    @Test
    void theSameHouseholdGetsTheSamePseudonymAndAnotherSecretAnother() {
        Pseudonymiser first = new Pseudonymiser(SECRET, 1);
        Pseudonymiser rotated = new Pseudonymiser("een ander geheim, ook 32 tekens of meer".getBytes(
                StandardCharsets.UTF_8), 2);

        String pseudonym = first.pseudonymOf(HOUSEHOLD);
        assertThat(pseudonym).hasSize(32).matches("[0-9a-f]{32}").isEqualTo(first.pseudonymOf(HOUSEHOLD));
        assertThat(pseudonym).doesNotContain(HOUSEHOLD.toString().replace("-", "").substring(0, 8));
        assertThat(first.pseudonymOf(UUID.fromString("018f3c9a-0000-7000-8000-000000000002"))).isNotEqualTo(pseudonym);
        assertThat(rotated.pseudonymOf(HOUSEHOLD)).isNotEqualTo(pseudonym);
        assertThat(rotated.version()).isEqualTo(2);
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> new Pseudonymiser("kort".getBytes(StandardCharsets.UTF_8), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"2009-01-01, UNDER_18", "2008-12-01, FROM_18_TO_26", "1999-12-01, FROM_27_TO_44",
            "1981-12-02, FROM_27_TO_44", "1981-12-01, FROM_45_TO_66", "1959-12-01, FROM_67"})
    void placesAnAgeInItsBandOnTheDayAskedAbout(LocalDate born, AgeBand band) {
        assertThat(AgeBand.of(born, LocalDate.of(2026, 12, 1))).isEqualTo(band);
    }
}
