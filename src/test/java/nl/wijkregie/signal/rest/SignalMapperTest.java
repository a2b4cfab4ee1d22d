package nl.wijkregie.signal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.signal.SignalCaseDetails;
import nl.wijkregie.signal.domain.DeadlineKind;
import nl.wijkregie.signal.domain.EndResult;
import nl.wijkregie.signal.domain.HouseholdLink;
import nl.wijkregie.signal.domain.MatchCandidate;
import nl.wijkregie.signal.domain.MatchStatus;
import nl.wijkregie.signal.domain.PartnerType;
import nl.wijkregie.signal.domain.Priority;
import nl.wijkregie.signal.domain.Signal;
import nl.wijkregie.signal.domain.SignalCase;
import nl.wijkregie.signal.domain.SignalReport;
import nl.wijkregie.signal.domain.Threat;
import nl.wijkregie.signal.domain.TriageOutcome;
import nl.wijkregie.signal.rest.SignalDtos.EndResultOptionDto;
import nl.wijkregie.signal.rest.SignalDtos.SignalCaseDto;
import nl.wijkregie.signal.rest.SignalDtos.SignalRequest;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

/**
 * The mappings of early signalling that carry more than a copy: the overdue flag comes from the read model (not from a
 * rule in the mapper), triage inputs are read back from their stored JSON, and a request becomes the report intake
 * takes (trimmed, blanks absent, postcode compact, no threat meaning none).
 */
class SignalMapperTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final SignalMapper mapper = Mappers.getMapper(SignalMapper.class);

    @Test
    void overdueIsWhatTheReadModelSaysNotAMapperRule() {
        SignalCase signalCase = decidedCase("{}");

        SignalCaseDto overdue = mapper.toDto(details(signalCase, 2, true));
        SignalCaseDto inTime = mapper.toDto(details(signalCase, -1, false));

        assertThat(overdue.overdue()).isTrue();
        assertThat(inTime.overdue()).isFalse();
    }

    @Test
    void aSignalCaseCarriesLabelsCreditorsCandidatesAndTriageInputs() {
        SignalCase signalCase = decidedCase("{\"amountCents\":55000,\"crisis\":true,\"threat\":\"AFSLUITING\","
                + "\"vulnerableWijk\":null}");
        UUID candidate = UUID.randomUUID();
        SignalCaseDetails details = new SignalCaseDetails(signalCase, "Dijk", List.of(
                new MatchCandidate(candidate, null, "adres")), Map.of(candidate, "J. Dijk"),
                MatchStatus.UNCERTAIN, 3, false);

        SignalCaseDto dto = mapper.toDto(details);

        assertThat(dto.creditors()).containsExactly("Woonzaam");
        assertThat(dto.endResultLabel()).isNull();
        assertThat(dto.signals()).singleElement()
                .satisfies(s -> assertThat(s.partnerTypeLabel()).isEqualTo(PartnerType.HUUR.ddas()))
                .satisfies(s -> assertThat(s.partnerType()).isEqualTo("HUUR"));
        assertThat(dto.candidates()).singleElement()
                .satisfies(c -> assertThat(c.householdId()).isEqualTo(candidate.toString()))
                .satisfies(c -> assertThat(c.label()).isEqualTo("J. Dijk"));
        Map<String, Object> inputs = dto.decisions().get(0).inputs();
        assertThat(inputs).containsEntry("amountCents", new BigDecimal("55000")).containsEntry("crisis", true)
                .containsEntry("threat", "AFSLUITING").containsEntry("vulnerableWijk", null);
    }

    @Test
    void endResultOptionsCarryCodeLabelAndWhetherHelpWasAccepted() {
        List<EndResultOptionDto> options = mapper.toOptions(List.of(EndResult.values()));

        assertThat(options).hasSize(EndResult.values().length);
        EndResult first = EndResult.values()[0];
        assertThat(options.get(0)).isEqualTo(new EndResultOptionDto(first.name(), first.ddas(), first.helpAccepted()));
    }

    @Test
    void aRequestBecomesTheReportIntakeTakes() {
        SignalRequest request = new SignalRequest("ENERGIE", "  ", " ref-1 ", "", " Jan ", null, " Dijk ",
                LocalDate.of(1980, 1, 2), " Weg ", 1, " ", "1503 ab", " Zaandam ", "", " j@example.nl ", 12_345L,
                TODAY.minusDays(40), TODAY, true, false, null);

        SignalReport report = mapper.toReport(request);

        assertThat(report).isEqualTo(new SignalReport(PartnerType.ENERGIE, null, "ref-1", null, "Jan", null, "Dijk",
                LocalDate.of(1980, 1, 2), "Weg", 1, null, "1503AB", "Zaandam", null, "j@example.nl", 12_345L,
                TODAY.minusDays(40), TODAY, true, false, Threat.GEEN));
        assertThat(mapper.toReport(new SignalRequest(null, "Woonzaam", "r", null, null, null, "D", null, "W", 2,
                null, "1503AB", "Z", null, null, 1L, null, TODAY, false, false, "HUISUITZETTING")).threat())
                .isEqualTo(Threat.HUISUITZETTING);
    }

    private static SignalCaseDetails details(SignalCase signalCase, Integer daysLeft, boolean overdue) {
        return new SignalCaseDetails(signalCase, null, List.of(), Map.of(), MatchStatus.MATCHED, daysLeft, overdue);
    }

    private static SignalCase decidedCase(String inputsJson) {
        SignalCase signalCase = SignalCase.open("1503AB-1", UUID.randomUUID(), "WK047901",
                new HouseholdLink(UUID.randomUUID(), UUID.randomUUID(), "WK047901", UUID.randomUUID(), "fatima"),
                List.of(), null, NOW, TODAY, Period.ofDays(90));
        signalCase.stack(new SignalReport(PartnerType.HUUR, "Woonzaam", "ref", "J.", null, null, "Dijk",
                LocalDate.of(1980, 1, 2), "Weg", 1, null, "1503AB", "Zaandam", null, null, 40_000,
                TODAY.minusDays(40), TODAY.minusDays(5), false, false, Threat.GEEN), null,
                new Signal.Receipt("anouk", null, NOW, null, null));
        signalCase.decide(new TriageOutcome(Priority.HOOG, DeadlineKind.NORM, "reden", "signal-triage", 1),
                TODAY.plusDays(3), inputsJson, NOW);
        return signalCase;
    }
}
