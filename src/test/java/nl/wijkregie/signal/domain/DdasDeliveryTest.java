package nl.wijkregie.signal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The DDAS delivery to CBS, built from signal cases in every state, validates against the national schema (v0.9) and
 * says what the municipality did with each signal.
 */
class DdasDeliveryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final LocalDate OPENED = LocalDate.of(2026, 11, 2);
    static final Instant NOW = Instant.parse("2026-11-20T10:15:30.123Z");
    static final DdasDelivery.Sender SENDER = new DdasDelivery.Sender("WIJKREGIE", "0479", "Gemeente Zaanstad",
            "34366966", "Team Schuldhulp", "14 075", "vroegsignalering@zaanstad.nl", "Functioneel beheerder");

    // --- the validator itself -----------------------------------------------------------------------------------

    @Test
    void theSchemaAcceptsTheNationalExamples() {
        assertThat(DdasSchema.problems(DdasSchema.resource("enkelvoudigVoorbeeld.json"))).isEmpty();
        assertThat(DdasSchema.problems(DdasSchema.resource("meervoudigVoorbeeld.json"))).isEmpty();
    }

    @Test
    void theSchemaChecksFormatsAndStructureNotOnlyTypes() {
        String example = DdasSchema.resource("enkelvoudigVoorbeeld.json");

        assertThat(DdasSchema.problems(example.replace("\"2025-01-05\"", "\"2025-13-45\""))).isNotEmpty();
        assertThat(DdasSchema.problems(example.replace("2025-02-05T10:30:00Z", "2025-02-05 10:30"))).isNotEmpty();
        assertThat(DdasSchema.problems(example.replace("j.devries@gemeentevoorbeeld.nl", "geen e-mail")))
                .isNotEmpty();
        assertThat(DdasSchema.problems(example.replace("\"bedrag\": 450", "\"bedrag\": 450.5"))).isNotEmpty();
        assertThat(DdasSchema.problems(example.replace("\"Huisnummer\": \"10\"", "\"Huisnummer\": 10")))
                .isNotEmpty();
        assertThat(DdasSchema.problems(example.replace("\"ID\": \"VS-2025-0001\",", "\"ID\": \"VS-2025-0001\","
                + " \"partner\": \"Woonzaam\","))).isNotEmpty();
        assertThat(DdasSchema.problems(example.replace("\"teller\": 1,", ""))).isNotEmpty();
    }

    // --- one case per state -------------------------------------------------------------------------------------

    @Test
    void anOpenCaseWithoutAttemptsIsNotYetPickedUp() {
        SignalCase open = openCase(report(PartnerType.HUUR, "Woonzaam", "A-1", 45_049));

        JsonObject levering = levering(deliver(List.of(open)));

        JsonObject signal = signals(levering).get(0);
        assertThat(signal.getString("ID")).isEqualTo("HUUR-A-1");
        assertThat(signal.getInt("bedrag")).isEqualTo(450);
        assertThat(signal.getString("status")).isEqualTo("Nog niet opgepakt");
        assertThat(signal.getString("ontstaansdatum")).isEqualTo("2026-08-01");
        assertThat(signal.getString("signaaldatum")).isEqualTo("2026-11-01");
        assertThat(signal.getJsonObject("signaalpartner").getString("type")).isEqualTo("Huur");
        assertThat(signal.getJsonObject("client")).containsOnlyKeys("Voorletters", "Voorvoegsel", "Achternaam",
                "Geboortedatum", "Straatnaam", "Postcode", "Huisnummer", "Huisnummertoevoeging", "Plaatsnaam");
        assertThat(signal.getJsonObject("client").getString("Huisnummer")).isEqualTo("12");
        JsonObject signalCase = cases(levering).get(0);
        assertThat(signalCase).doesNotContainKeys("resultaat", "datum_opgepakt");
        assertThat(signalCase.getString("matchingsdatum")).isEqualTo("2026-11-02");
        assertThat(signalCase.getString("startdatum_matchtingperiode")).isEqualTo("2026-11-02");
        assertThat(signalCase.getString("einddatum_matchingperiode")).isEqualTo("2027-01-31");
        assertThat(signalCase.getJsonArray("vroegsignalen").getJsonObject(0).getString("ID")).isEqualTo("HUUR-A-1");
        assertThat(signalCase.getJsonArray("contactpogingen")).isEmpty();
    }

    @Test
    void anOpenCaseWithAnAttemptIsPickedUpWithoutAResultYet() {
        SignalCase open = openCase(report(PartnerType.HUUR, "Woonzaam", "A-2", 10_000));
        open.recordAttempt(ContactKind.KAARTJE, false, OPENED.plusDays(3), PartOfDay.OCHTEND, "fatima", NOW, TODAY);

        JsonObject levering = levering(deliver(List.of(open)));

        assertThat(signals(levering).get(0)).doesNotContainKey("status");
        assertThat(cases(levering).get(0)).doesNotContainKey("resultaat");
        assertThat(cases(levering).get(0).getString("datum_opgepakt")).isEqualTo("2026-11-05");
    }

    @Test
    void aCaseClosedWithHelpAcceptedAfterAReachedAttempt() {
        SignalCase helped = openCase(report(PartnerType.ZORG, "Zilveren Kruis", "B-1", 30_000));
        helped.recordAttempt(ContactKind.TELEFOON, true, OPENED.plusDays(1), PartOfDay.MIDDAG, "fatima", NOW, TODAY);
        helped.close(EndResult.VERVOLGHULP_FINANCIEEL, "fatima", NOW, helped.getVersion());

        JsonObject levering = levering(deliver(List.of(helped)));

        assertThat(signals(levering).get(0)).doesNotContainKey("status");
        JsonObject signalCase = cases(levering).get(0);
        assertThat(signalCase.getString("resultaat")).isEqualTo("Vervolghulp en/of verwijzing financieel");
        assertThat(signalCase.getString("datum_opgepakt")).isEqualTo("2026-11-03");
        JsonObject attempt = signalCase.getJsonArray("contactpogingen").getJsonObject(0);
        assertThat(attempt.getString("soort")).isEqualTo("Telefoon");
        assertThat(attempt.getBoolean("bereikt")).isTrue();
        assertThat(attempt.getString("datum")).isEqualTo("2026-11-03");
        assertThat(attempt.getString("dagdeel")).isEqualTo("Middag");
    }

    @Test
    void aCaseClosedWithoutContactAfterThreeAttemptsOfTwoKinds() {
        SignalCase unreachable = openCase(report(PartnerType.ENERGIE, "ZaanStroom", "C-1", 12_345));
        unreachable.recordAttempt(ContactKind.BRIEF, false, OPENED.plusDays(1), PartOfDay.OCHTEND, "fatima", NOW,
                TODAY);
        unreachable.recordAttempt(ContactKind.TELEFOON, false, OPENED.plusDays(4), PartOfDay.AVOND, "fatima", NOW,
                TODAY);
        unreachable.recordAttempt(ContactKind.TELEFOON, false, OPENED.plusDays(8), PartOfDay.MIDDAG, "fatima", NOW,
                TODAY);
        unreachable.close(EndResult.DEFINITIEF_GEEN_CONTACT, "fatima", NOW, unreachable.getVersion());

        JsonObject levering = levering(deliver(List.of(unreachable)));

        assertThat(signals(levering).get(0)).doesNotContainKey("status");
        assertThat(signals(levering).get(0).getInt("bedrag")).isEqualTo(123);
        JsonObject signalCase = cases(levering).get(0);
        assertThat(signalCase.getString("resultaat")).isEqualTo("Definitief geen contact kunnen krijgen");
        assertThat(signalCase.getString("datum_opgepakt")).isEqualTo("2026-11-03");
        assertThat(signalCase.getJsonArray("contactpogingen").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("soort"), a -> a.getBoolean("bereikt"), a -> a.getString("dagdeel"))
                .containsExactly(tuple("Brief", false, "Ochtend"),
                        tuple("Telefoon", false, "Avond"),
                        tuple("Telefoon", false, "Middag"));
    }

    @Test
    void aCaseNotPickedUpCarriesItsReasonAsStatusAndResult() {
        SignalCase notPickedUp = openCase(report(PartnerType.WATER, "PWN", "D-1", 2_000));
        notPickedUp.closeNotPickedUp(NOW);

        JsonObject levering = levering(deliver(List.of(notPickedUp)));

        assertThat(signals(levering).get(0).getString("status")).isEqualTo("Niet opgepakt: andere reden");
        assertThat(cases(levering).get(0).getString("resultaat")).isEqualTo("Niet opgepakt: andere reden");
        assertThat(cases(levering).get(0)).doesNotContainKey("datum_opgepakt");
        assertThat(cases(levering).get(0).getJsonArray("contactpogingen")).isEmpty();
    }

    @Test
    void twoStackedSignalsOfTwoPartnersAreTwoSignalsOfOneCase() {
        SignalCase stacked = openCase(report(PartnerType.ENERGIE, "ZaanStroom", "E-1", 45_050),
                report(PartnerType.WATER, "PWN", "E-2", 9_999));

        JsonObject levering = levering(deliver(List.of(stacked)));

        assertThat(signals(levering)).extracting(s -> s.getString("ID"), s -> s.getInt("bedrag"),
                        s -> s.getJsonObject("signaalpartner").getString("type"), s -> s.getString("status"))
                .containsExactly(tuple("ENERGIE-E-1", 451, "Energie",
                                "Nog niet opgepakt"),
                        tuple("WATER-E-2", 100, "Water", "Nog niet opgepakt"));
        assertThat(cases(levering)).hasSize(1);
        assertThat(cases(levering).get(0).getJsonArray("vroegsignalen").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("ID")).containsExactly("ENERGIE-E-1", "WATER-E-2");
    }

    @Test
    void aSignalWithoutOptionalFieldsLeavesThemOut() {
        SignalCase bare = openCase(bare(PartnerType.DIENST_TOESLAGEN, "F-1", "jan pieter"),
                bare(PartnerType.OVERIGE, "F-2", null));

        JsonObject levering = levering(deliver(List.of(bare)));

        JsonObject derived = signals(levering).get(0);
        assertThat(derived.getBoolean("crisissignaal")).isTrue();
        assertThat(derived.getBoolean("warmeOverdracht")).isTrue();
        assertThat(derived.getJsonObject("signaalpartner").getString("type")).isEqualTo("Dienst Toeslagen");
        assertThat(derived.getJsonObject("client").getString("Voorletters")).isEqualTo("J.P.");
        assertThat(derived.getJsonObject("client")).doesNotContainKeys("Voorvoegsel", "Huisnummertoevoeging",
                "Burgerservicenummer");
        JsonObject nameless = signals(levering).get(1);
        assertThat(nameless.getJsonObject("client")).containsOnlyKeys("Achternaam", "Geboortedatum", "Straatnaam",
                "Postcode", "Huisnummer", "Plaatsnaam");
    }

    // --- the delivery as a whole ---------------------------------------------------------------------------------

    @Test
    void casesInEveryStateMakeOneValidDeliveryWithUniqueIds() {
        SignalCase open = openCase(report(PartnerType.HUUR, "Woonzaam", "G-1", 45_049));
        SignalCase helped = openCase(report(PartnerType.ENERGIE, "ZaanStroom", "G-2", 45_050),
                report(PartnerType.WATER, "PWN", "G-3", 10_000));
        helped.recordAttempt(ContactKind.HUISBEZOEK, true, TODAY, PartOfDay.MIDDAG, "fatima", NOW, TODAY);
        helped.close(EndResult.BUDGETADVIES_QUICK_FIX, "fatima", NOW, helped.getVersion());
        SignalCase notPickedUp = openCase(bare(PartnerType.CAK_ZORGVERZEKERINGEN, "G-4", null));
        notPickedUp.closeNotPickedUp(NOW);

        JsonObject delivery = deliver(List.of(open, helped, notPickedUp));

        assertThat(delivery.getString("codeGegevensleverancier")).isEqualTo("WIJKREGIE");
        assertThat(delivery.getString("startdatumLevering")).isEqualTo("2026-10-20");
        assertThat(delivery.getString("einddatumLevering")).isEqualTo("2026-11-20");
        assertThat(delivery.getString("aanleverdatumEnTijd")).isEqualTo("2026-11-20T10:15:30Z");
        assertThat(delivery.getJsonArray("leveringen")).hasSize(1);
        JsonObject levering = levering(delivery);
        assertThat(levering.getInt("teller")).isEqualTo(1);
        assertThat(levering.getString("gemeentecode")).isEqualTo("0479");
        JsonObject organisation = levering.getJsonObject("aanleverende_organisatie");
        assertThat(organisation.getString("kvk-nummer")).isEqualTo("34366966");
        assertThat(organisation.getJsonArray("contactpersoonen").getJsonObject(0).getString("email"))
                .isEqualTo("vroegsignalering@zaanstad.nl");
        assertThat(signals(levering)).extracting(s -> s.getString("ID")).doesNotHaveDuplicates()
                .containsExactly("HUUR-G-1", "ENERGIE-G-2", "WATER-G-3", "CAK_ZORGVERZEKERINGEN-G-4");
        assertThat(cases(levering)).extracting(c -> c.getString("resultaat", null))
                .containsExactly(null, "(Budget)advies en/of quick fix", "Niet opgepakt: andere reden");
    }

    @Test
    void twoOrganisationsOfOneTypeWithTheSameReferenceStillGetDistinctIds() {
        SignalCase woonzaam = openCase(report(PartnerType.HUUR, "Woonzaam", "2026-001", 50_000));
        SignalCase parteon = openCase(report(PartnerType.HUUR, "Parteon", "2026-001", 60_000));
        SignalCase other = openCase(report(PartnerType.HUUR, "Parteon", "2026-002", 70_000));

        JsonObject levering = levering(deliver(List.of(woonzaam, parteon, other)));

        List<String> ids = signals(levering).stream().map(s -> s.getString("ID")).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(3);
        assertThat(ids.get(0)).isEqualTo("HUUR-2026-001-" + woonzaam.getSignals().get(0).getId());
        assertThat(ids.get(2)).isEqualTo("HUUR-2026-002");
        for (int i = 0; i < 3; i++) {
            assertThat(cases(levering).get(i).getJsonArray("vroegsignalen").getJsonObject(0).getString("ID"))
                    .isEqualTo(ids.get(i));
        }
    }

    @Test
    void aDeliveryWithoutCasesIsValidToo() {
        JsonObject levering = levering(deliver(List.of()));

        assertThat(levering.getJsonArray("vroegsignalen")).isEmpty();
        assertThat(levering.getJsonArray("vroegsignaalzaken")).isEmpty();
    }

    @Test
    void amountsAreWholeEurosRoundedHalfUp() {
        assertThat(DdasDelivery.euros(0)).isZero();
        assertThat(DdasDelivery.euros(49)).isZero();
        assertThat(DdasDelivery.euros(50)).isEqualTo(1);
        assertThat(DdasDelivery.euros(45_049)).isEqualTo(450);
        assertThat(DdasDelivery.euros(45_050)).isEqualTo(451);
        assertThat(DdasDelivery.euros(123_456_789_01L)).isEqualTo(123_456_789);
    }

    @Test
    void theSenderNeedsTheFourDigitMunicipalityCode() {
        assertThatThrownBy(() -> new DdasDelivery.Sender("WIJKREGIE", "479", "Gemeente Zaanstad", null,
                "Team Schuldhulp", null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DdasDelivery.Sender(" ", "0479", "Gemeente Zaanstad", null, "Team Schuldhulp",
                null, null, null)).isInstanceOf(IllegalArgumentException.class);
        DdasDelivery.Sender minimal = new DdasDelivery.Sender("WIJKREGIE", "0479", "Gemeente Zaanstad", null,
                "Team Schuldhulp", null, null, null);
        JsonObject delivery = DdasDelivery.build(minimal, TODAY, TODAY, NOW, List.of());
        assertThat(DdasSchema.problems(delivery.toString())).isEmpty();
        assertThat(levering(delivery).getJsonObject("aanleverende_organisatie")).doesNotContainKey("kvk-nummer");
    }

    // --- builders and helpers ------------------------------------------------------------------------------------

    static SignalReport report(PartnerType type, String organisation, String reference, long cents) {
        return new SignalReport(type, organisation, reference, "J.", "Jan", "van", "Dijk", LocalDate.of(1980, 1, 2),
                "Poelenburg", 12, "A", "1503AB", "Zaandam", "0612345678", "jan@example.nl", cents,
                LocalDate.of(2026, 8, 1), LocalDate.of(2026, 11, 1), false, false, Threat.GEEN);
    }

    /** A signal with none of the optional fields: no initials, prefix, addition, phone or e-mail. */
    static SignalReport bare(PartnerType type, String reference, String firstName) {
        return new SignalReport(type, "Partner " + type.ddas(), reference, null, firstName, null, "Bakker",
                LocalDate.of(1975, 5, 6), "Kogerveldwijk", 3, null, "1503CD", "Zaandam", null, null, 100_00,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 30), true, true, Threat.GEEN);
    }

    /** A case matched to a known household on {@link #OPENED}, triaged for contact, with the reports stacked. */
    static SignalCase openCase(SignalReport... reports) {
        SignalCase signalCase = SignalCase.open(reports[0].addressKey(), UUID.randomUUID(), "WK047901",
                new HouseholdLink(UUID.randomUUID(), UUID.randomUUID(), "WK047901", null, null), List.of(), null,
                OPENED.atStartOfDay().toInstant(ZoneOffset.UTC), OPENED, Period.ofDays(90));
        for (SignalReport report : reports) {
            signalCase.stack(report, null, new Signal.Receipt("anouk", null, NOW, null, null));
        }
        signalCase.decide(new TriageOutcome(Priority.MIDDEN, DeadlineKind.NORM, "test", "signal-triage", 1),
                OPENED.plusDays(14), "{}", NOW);
        return signalCase;
    }

    /** Builds the delivery for the last month and asserts it conforms to the schema and holds no JSON null. */
    static JsonObject deliver(List<SignalCase> cases) {
        JsonObject delivery = DdasDelivery.build(SENDER, TODAY.minusMonths(1), TODAY, NOW, cases);
        String json = delivery.toString();
        assertThat(DdasSchema.problems(json)).as("DDAS schema problems of %s", json).isEmpty();
        assertNoNull(delivery, "$");
        return delivery;
    }

    static void assertNoNull(JsonValue value, String path) {
        assertThat(value.getValueType()).as("JSON null at %s", path).isNotEqualTo(JsonValue.ValueType.NULL);
        if (value instanceof JsonObject object) {
            object.forEach((name, child) -> assertNoNull(child, path + "." + name));
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                assertNoNull(array.get(i), path + "[" + i + "]");
            }
        }
    }

    static JsonObject levering(JsonObject delivery) {
        return delivery.getJsonArray("leveringen").getJsonObject(0);
    }

    static List<JsonObject> signals(JsonObject levering) {
        return levering.getJsonArray("vroegsignalen").getValuesAs(JsonObject.class);
    }

    static List<JsonObject> cases(JsonObject levering) {
        return levering.getJsonArray("vroegsignaalzaken").getValuesAs(JsonObject.class);
    }
}
