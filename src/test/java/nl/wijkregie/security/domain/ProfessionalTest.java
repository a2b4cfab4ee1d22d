package nl.wijkregie.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.wijkregie.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class ProfessionalTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void aDisplayNameIsTrimmedAndItsInnerSpacesCollapsed() {
        Professional professional = new Professional("pieter", "  Pieter   de  Vries ", NOW);

        assertThat(professional.displayName()).isEqualTo("Pieter de Vries");
        assertThat(professional.rename("Pieter de Vries", NOW)).as("unchanged").isFalse();
        assertThat(professional.rename("Piet de Vries", NOW)).isTrue();
    }

    @Test
    void refusesAnEmptyOrOverlongName() {
        assertThatThrownBy(() -> new Professional("pieter", " ", NOW)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Professional("pieter", "x".repeat(101), NOW))
                .isInstanceOf(RuleViolationException.class);
    }
}
