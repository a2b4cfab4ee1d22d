package nl.wijkregie.signal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The DDAS delivery built from signal cases in every state validates against the national schema. */
class DdasDeliveryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final DdasDelivery.Sender SENDER = new DdasDelivery.Sender("WIJKREGIE", "0479", "Gemeente Zaanstad",
            "34366966", "Team Schuldhulp", "14 075", "vroegsignalering@zaanstad.nl", "Functioneel beheerder");

    static SignalReport report(PartnerType type, String organisation, String reference, long cents) {
        return new SignalReport(type, organisation, reference, "J.", null, "van", "Dijk", LocalDate.of(1980, 1, 2),
                "Poelenburg", 12, "A", "1503AB", "Zaandam", null, null, cents, LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 11, 1), false, false, Threat.GEEN);
    }

    static SignalCase openCase(SignalReport... reports) {
        SignalCase signalCase = SignalCase.open(reports[0].addressKey(), UUID.randomUUID(), "WK047901",
                new HouseholdLink(UUID.randomUUID(), UUID.randomUUID(), "WK047901", null, null), List.of(), null, NOW,
                TODAY, Period.ofDays(90));
        for (SignalReport report : reports) {
            signalCase.stack(report, null, new Signal.Receipt("anouk", null, NOW, null, null));
        }
        signalCase.decide(new TriageOutcome(Priority.MIDDEN, DeadlineKind.NORM, "test", "signal-triage", 1),
                TODAY.plusDays(14), "{}", NOW);
        return signalCase;
    }

    static JsonObject deliver(List<SignalCase> cases) {
        JsonObject delivery = DdasDelivery.build(SENDER, TODAY.minusMonths(1), TODAY, NOW, cases);
        assertThat(DdasSchema.problems(delivery.toString())).as(delivery.toString()).isEmpty();
        return delivery;
    }

    @Test
    void theSchemaAcceptsTheNationalExamples() {
        assertThat(DdasSchema.problems(DdasSchema.resource("enkelvoudigVoorbeeld.json"))).isEmpty();
        assertThat(DdasSchema.problems(DdasSchema.resource("meervoudigVoorbeeld.json"))).isEmpty();
        assertThat(DdasSchema.problems("{\"codeGegevensleverancier\": 1}")).isNotEmpty();
    }

    @Test
    void casesInEveryStateMakeAValidDelivery() {
        SignalCase open = openCase(report(PartnerType.HUUR, "Woonzaam", "A-1", 45_049));
        SignalCase helped = openCase(report(PartnerType.ENERGIE, "ZaanStroom", "B-1", 45_050),
                report(PartnerType.WATER, "PWN", "B-2", 10_000));
        helped.recordAttempt(ContactKind.TELEFOON, true, TODAY, PartOfDay.MIDDAG, "fatima", NOW, TODAY);
        helped.close(EndResult.VERVOLGHULP_FINANCIEEL, "fatima", NOW, helped.getVersion());
        SignalCase unreachable = openCase(report(PartnerType.ZORG, "Zilveren Kruis", "C-1", 30_000));
        unreachable.recordAttempt(ContactKind.TELEFOON, false, TODAY, PartOfDay.OCHTEND, "fatima", NOW, TODAY);
        unreachable.recordAttempt(ContactKind.BRIEF, false, TODAY, PartOfDay.OCHTEND, "fatima", NOW, TODAY);
        unreachable.recordAttempt(ContactKind.HUISBEZOEK, false, TODAY, PartOfDay.AVOND, "fatima", NOW, TODAY);
        unreachable.close(EndResult.DEFINITIEF_GEEN_CONTACT, "fatima", NOW, unreachable.getVersion());
        SignalCase notPickedUp = openCase(report(PartnerType.WATER, "PWN", "D-1", 2_000));
        notPickedUp.closeNotPickedUp(NOW);

        JsonObject delivery = deliver(List.of(open, helped, unreachable, notPickedUp));

        JsonObject levering = delivery.getJsonArray("leveringen").getJsonObject(0);
        List<JsonObject> signals = levering.getJsonArray("vroegsignalen").getValuesAs(JsonObject.class);
        assertThat(signals).extracting(s -> s.getString("ID")).doesNotHaveDuplicates()
                .containsExactly("HUUR-A-1", "ENERGIE-B-1", "WATER-B-2", "ZORG-C-1", "WATER-D-1");
        assertThat(signals.get(0).getInt("bedrag")).isEqualTo(450);
        assertThat(signals.get(1).getInt("bedrag")).isEqualTo(451);
        assertThat(signals.get(0).getString("status")).isEqualTo("Nog niet opgepakt");
        assertThat(signals.get(1).containsKey("status")).isFalse();
        assertThat(signals.get(4).getString("status")).isEqualTo("Niet opgepakt: andere reden");
        assertThat(signals.get(0).getJsonObject("client").containsKey("Burgerservicenummer")).isFalse();
        List<JsonObject> cases = levering.getJsonArray("vroegsignaalzaken").getValuesAs(JsonObject.class);
        assertThat(cases.get(0).containsKey("resultaat")).isFalse();
        assertThat(cases.get(1).getString("resultaat")).isEqualTo("Vervolghulp en/of verwijzing financieel");
        assertThat(cases.get(1).getJsonArray("vroegsignalen")).hasSize(2);
        assertThat(cases.get(2).getJsonArray("contactpogingen")).hasSize(3);
        assertThat(cases.get(2).getString("datum_opgepakt")).isEqualTo(TODAY.toString());
    }

    @Test
    void anEmptyPeriodIsAValidDeliveryToo() {
        assertThat(deliver(List.of()).getJsonArray("leveringen").getJsonObject(0).getJsonArray("vroegsignalen"))
                .isEmpty();
    }
}
