package nl.wijkregie.casefile.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import nl.wijkregie.casefile.domain.CareDomain;
import nl.wijkregie.casefile.domain.Consent;
import nl.wijkregie.casefile.rest.CaseDtos.ConsentDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

/**
 * A consent's standing is named in English in the code and in Dutch in the API (a known exception in
 * docs/glossary.md): every standing must reach the JSON as one of the values the published schema lists.
 */
class ConsentDtoTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private final CaseMapper mapper = Mappers.getMapper(CaseMapper.class);

    @Test
    void everyStandingIsOneOfThePublishedValues() throws NoSuchFieldException {
        String[] published = ConsentDto.class.getDeclaredField("standing").getAnnotation(Schema.class).enumeration();

        assertThat(Arrays.stream(Consent.Standing.values()).map(mapper::standing))
                .containsExactlyInAnyOrder(published);
    }

    @Test
    void aConsentInForceIsGeldigAndAnObjectionBezwaar() {
        Consent given = consent(Consent.Decision.GIVEN);
        Consent objection = consent(Consent.Decision.OBJECTED);

        assertThat(mapper.toDto(given, TODAY).standing()).isEqualTo("GELDIG");
        assertThat(mapper.toDto(objection, TODAY).standing()).isEqualTo("BEZWAAR");
    }

    private static Consent consent(Consent.Decision decision) {
        return Consent.record(UUID.randomUUID(), UUID.randomUUID(), decision, Consent.RecipientKind.DOMAIN,
                CareDomain.SCHULDEN.name(), null, TODAY.minusDays(1), null, "fatima", Instant.now(), TODAY);
    }
}
