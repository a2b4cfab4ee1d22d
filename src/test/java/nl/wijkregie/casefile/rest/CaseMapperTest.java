package nl.wijkregie.casefile.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.casefile.CaseSummary;
import nl.wijkregie.casefile.domain.CareDomain;
import nl.wijkregie.casefile.domain.CaseFile;
import nl.wijkregie.casefile.domain.Consent;
import nl.wijkregie.casefile.domain.DomainInvolvement;
import nl.wijkregie.casefile.rest.CaseDtos.CaseSummaryDto;
import nl.wijkregie.casefile.rest.CaseDtos.DomainDto;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

/**
 * The case mappings that carry more than a copy: team names looked up in the caller's teams, a consent's standing on
 * the given day (Consent's rule), and request values turned into the domain inputs the service takes.
 */
class CaseMapperTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final CaseMapper mapper = Mappers.getMapper(CaseMapper.class);

    @Test
    void theTeamNameComesFromTheCallersTeams() {
        UUID team = UUID.randomUUID();
        CaseSummary summary = new CaseSummary(UUID.randomUUID(), UUID.randomUUID(), "Dijk", "WK047901", team,
                "INTAKE", "fatima", TODAY, true, NOW, List.of("SCHULDEN"), "2026-000001", "Fatima el Amrani");

        assertThat(mapper.toDto(summary, Map.of(team, "Team Oost")).teamName()).isEqualTo("Team Oost");
        assertThat(mapper.toDto(summary, Map.of()).teamName()).isNull();
    }

    @Test
    void aReassignedCaseIsSummarisedWithoutHouseholdDetails() {
        UUID team = UUID.randomUUID();
        CaseFile caseFile = CaseFile.open(UUID.randomUUID(), team, "fatima", "fatima", NOW, TODAY.plusDays(14),
                "2026-000001");

        CaseSummaryDto dto = mapper.toSummaryDto(caseFile, Map.of(team, "Team Oost"));

        assertThat(dto.id()).isEqualTo(caseFile.getId().toString());
        assertThat(dto.teamName()).isEqualTo("Team Oost");
        assertThat(dto.status()).isEqualTo(caseFile.getStatus().name());
        assertThat(dto.householdName()).isNull();
        assertThat(dto.overdue()).isFalse();
    }

    @Test
    void aConsentStandsAsOnTheGivenDay() {
        Consent consent = Consent.record(UUID.randomUUID(), UUID.randomUUID(), Consent.Decision.GIVEN,
                Consent.RecipientKind.DOMAIN, CareDomain.SCHULDEN.name(), null, TODAY.minusDays(10), TODAY,
                "fatima", NOW, TODAY.minusDays(10));

        assertThat(mapper.toDto(consent, TODAY.minusDays(1)).standing()).isEqualTo("GELDIG");
        assertThat(mapper.toDto(consent, TODAY.plusDays(1)).standing()).isEqualTo("VERLOPEN");
    }

    @Test
    void requestValuesBecomeDomainInputs() {
        UUID member = UUID.randomUUID();

        assertThat(mapper.toInvolvements(List.of(new DomainDto("WMO", member.toString()), new DomainDto("JEUGD", null))))
                .containsExactly(new DomainInvolvement(CareDomain.WMO, member),
                        new DomainInvolvement(CareDomain.JEUGD, null));
        assertThat(mapper.toMemberIds(null)).isEmpty();
        assertThat(mapper.toMemberIds(List.of(member.toString()))).containsExactly(member);
        assertThat(mapper.toUserIds(null)).isEmpty();
        assertThat(mapper.isTrue(null)).isFalse();
        assertThat(mapper.toClosingReason(null)).isNull();
        assertThat(mapper.toCareDomain(null)).isNull();
    }
}
