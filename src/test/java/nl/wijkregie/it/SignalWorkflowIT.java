package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Every path of bpmn/vroegsignalering.bpmn on the real server: reached with help, reached without, not reached after
 * attempts, not picked up, a repeat signal stacking (and one after closing), and escalation by the timer when the
 * clock passes the deadline.
 */
class SignalWorkflowIT {

    private final Api fatima = Api.as("fatima");
    private final String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

    private JsonObject knownHouseholdWithSignal(String surname) {
        String postcode = Households.uniquePostcode();
        Api.Response household = fatima.post("/api/v1/households",
                Households.jsonAt(postcode, 7, "Jan", "van", surname, null));
        assertThat(household.status()).as(household.toString()).isEqualTo(201);
        return Signals.receive(fatima, Signals.json("Woonzaam", "HUUR", postcode, 7, "J.", "van", surname,
                "1985-02-03", 45_000, false, "GEEN"));
    }

    @Test
    void reachedAndHelpAcceptedOpensDebtHelpOnTheCaseFile() {
        JsonObject signalCase = knownHouseholdWithSignal("Dijk");
        assertThat(signalCase.getString("matchStatus")).isEqualTo("MATCHED");
        assertThat(signalCase.getString("priority")).isEqualTo("MIDDEN");
        assertThat(signalCase.getString("deadlineKind")).isEqualTo("NORM");
        assertThat(signalCase.getString("regisseurId")).isEqualTo("fatima");
        assertThat(signalCase.getJsonArray("decisions")).hasSize(1);
        JsonObject decision = signalCase.getJsonArray("decisions").getJsonObject(0);
        assertThat(decision.getString("decisionKey")).isEqualTo("signal-triage");
        assertThat(decision.getJsonObject("inputs").getInt("creditorCount")).isEqualTo(1);
        assertThat(decision.getJsonObject("inputs").getBoolean("knownHousehold")).isTrue();
        assertThat(decision.getString("reason")).isNotBlank();
        assertThat(Signals.processPath(signalCase.getString("id")).getJsonArray("active").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).contains("makeContact");

        assertThat(Signals.attempt(fatima, signalCase.getString("id"), "TELEFOON", true, today).status()).isEqualTo(200);
        signalCase = Signals.signalCase(fatima, signalCase.getString("id"));
        Api.Response closed = Signals.close(fatima, signalCase, "VERVOLGHULP_FINANCIEEL");

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(closed.json().getBoolean("helpAccepted")).isTrue();
        assertThat(finished(signalCase)).contains("makeContact", "startDebtHelp", "helpStarted")
                .as("start events and gateways leave no activity history (AuditHistoryWithoutInstantSteps)")
                .doesNotContain("signalCaseOpened", "pickedUpGateway", "helpAcceptedGateway");
        JsonObject caseFile = fatima.get("/api/v1/cases/" + closed.json().getString("caseFileId")).json();
        assertThat(caseFile.getJsonArray("domains").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("domain")).contains("SCHULDEN");
        String timeline = fatima.get("/api/v1/cases/" + caseFile.getString("id") + "/timeline").body();
        assertThat(timeline).contains("Vroegsignaal ontvangen: Huur").contains("Schuldhulp gestart");
    }

    @Test
    void reachedWithoutNeedForHelpClosesWithoutTouchingTheCaseFile() {
        JsonObject signalCase = knownHouseholdWithSignal("Bakker");
        Signals.attempt(fatima, signalCase.getString("id"), "HUISBEZOEK", true, today);
        signalCase = Signals.signalCase(fatima, signalCase.getString("id"));

        Api.Response closed = Signals.close(fatima, signalCase, "GEEN_HULP_NODIG");

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getBoolean("helpAccepted")).isFalse();
        assertThat(finished(signalCase)).contains("closed").doesNotContain("startDebtHelp");
    }

    @Test
    void notReachedAfterThreeAttemptsInTwoWaysMayBeClosedAsNoContact() {
        JsonObject signalCase = knownHouseholdWithSignal("Visser");
        String id = signalCase.getString("id");
        Signals.attempt(fatima, id, "TELEFOON", false, today);
        Signals.attempt(fatima, id, "TELEFOON", false, today);
        Api.Response tooEarly = Signals.close(fatima, Signals.signalCase(fatima, id), "DEFINITIEF_GEEN_CONTACT");
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.json().getString("detail")).contains("minstens 3 contactpogingen");
        Api.Response helpWithoutContact = Signals.close(fatima, Signals.signalCase(fatima, id), "VERVOLGHULP_FINANCIEEL");
        assertThat(helpWithoutContact.status()).isEqualTo(422);

        Signals.attempt(fatima, id, "BRIEF", false, today);
        Api.Response closed = Signals.close(fatima, Signals.signalCase(fatima, id), "DEFINITIEF_GEEN_CONTACT");

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getJsonArray("attempts")).hasSize(3);
        assertThat(closed.json().getString("pickedUpOn")).isEqualTo(today);
        assertThat(finished(signalCase)).contains("closed");
    }

    @Test
    void aSignalBelowTheMinimumIsNotPickedUp() {
        String postcode = Households.uniquePostcode();
        JsonObject signalCase = Signals.receive(fatima, Signals.json("Vitens", "WATER", postcode, 3, "Piet", null,
                "Smit", "1970-01-01", 2_500, false, "GEEN"));

        assertThat(signalCase.getString("status")).isEqualTo("CLOSED");
        assertThat(signalCase.getString("priority")).isEqualTo("GEEN");
        assertThat(signalCase.getString("endResult")).isEqualTo("NIET_OPGEPAKT_ANDERE_REDEN");
        assertThat(finished(signalCase)).contains("closeNotPickedUp", "notPickedUp");
    }

    @Test
    void aRepeatSignalStacksOnTheOpenCaseAndAThreatBringsTheDeadlineForward() {
        JsonObject first = knownHouseholdWithSignal("Mulder");
        String postcode = first.getJsonArray("signals").getJsonObject(0).getString("postcode");
        LocalDate normDeadline = LocalDate.parse(first.getString("contactDeadline"));

        JsonObject stacked = Signals.receive(fatima, Signals.json("ZaanStroom Energie", "ENERGIE", postcode, 7, "Jan",
                "van", "Mulder", "1985-02-03", 80_000, false, "AFSLUITING"));

        assertThat(stacked.getString("id")).isEqualTo(first.getString("id"));
        assertThat(stacked.getJsonArray("signals")).hasSize(2);
        assertThat(stacked.getJsonArray("creditors")).hasSize(2);
        assertThat(stacked.getJsonArray("decisions")).hasSize(2);
        assertThat(stacked.getString("priority")).isEqualTo("HOOG");
        assertThat(stacked.getString("deadlineKind")).isEqualTo("DREIGING");
        assertThat(LocalDate.parse(stacked.getString("contactDeadline"))).isBefore(normDeadline);
        String deadlinePassed = LocalDate.parse(stacked.getString("contactDeadline")).plusDays(1)
                .atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant().toString();
        JsonObject due = Signals.processPath(stacked.getString("id")).getJsonObject("due");
        assertThat(due.getString("makeContact")).isEqualTo(deadlinePassed);
        assertThat(due.getString("deadlinePassed")).isEqualTo(deadlinePassed);

        Signals.attempt(fatima, stacked.getString("id"), "TELEFOON", true, today);
        Signals.close(fatima, Signals.signalCase(fatima, stacked.getString("id")), "ZELF_BETAALD");
        JsonObject repeat = Signals.receive(fatima, Signals.json("Woonzaam", "HUUR", postcode, 7, "Jan", "van",
                "Mulder", "1985-02-03", 60_000, false, "GEEN"));

        assertThat(repeat.getString("id")).isNotEqualTo(first.getString("id"));
        assertThat(repeat.getString("previousCaseId")).isEqualTo(first.getString("id"));
        assertThat(repeat.getString("status")).isEqualTo("OPEN");
    }

    @Test
    void theTimerEscalatesToTheTeamLeadWhenTheDeadlinePasses() {
        String postcode = Households.uniquePostcode();
        JsonObject signalCase = Signals.receive(fatima, Signals.json("Woonzaam", "HUUR", postcode, 9, "Els", null,
                "Jong", "1990-05-05", 120_000, false, "HUISUITZETTING"));
        assertThat(signalCase.getString("deadlineKind")).isEqualTo("DREIGING");
        assertThat(signalCase.getInt("workingDaysLeft")).isEqualTo(3);
        Api anouk = Api.as("anouk");
        try {
            assertThat(anouk.put("/api/v1/devtools/clock?offsetSeconds=" + Duration.ofDays(8).toSeconds(), "").status())
                    .isEqualTo(200);
            Signals.await("the escalation timer", Duration.ofSeconds(90),
                    () -> Signals.signalCase(fatima, signalCase.getString("id")).containsKey("escalatedAt"));
        } finally {
            anouk.put("/api/v1/devtools/clock?offsetSeconds=0", "");
        }
        JsonObject escalated = Signals.signalCase(fatima, signalCase.getString("id"));
        assertThat(escalated.getString("status")).isEqualTo("OPEN");
        assertThat(finished(signalCase)).contains("escalateToTeamLead", "escalated");
        assertThat(Signals.processPath(signalCase.getString("id")).getJsonArray("active")
                .getValuesAs(JsonString.class)).extracting(JsonString::getString).contains("makeContact");
        assertThat(inAttentionView(Api.as("sanne"), signalCase.getString("id"))).isTrue();
    }

    /** Whether the team lead's attention view lists the case on any of its pages (other tests escalate many). */
    private static boolean inAttentionView(Api lead, String signalCaseId) {
        for (int page = 0; page < 50; page++) {
            JsonObject answer = lead.get("/api/v1/signal-cases?view=attention&size=100&page=" + page).json();
            if (answer.toString().contains(signalCaseId)) {
                return true;
            }
            if (answer.getJsonArray("items").size() < 100) {
                return false;
            }
        }
        return false;
    }

    private static java.util.List<String> finished(JsonObject signalCase) {
        return Signals.processPath(signalCase.getString("id")).getJsonArray("finished").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList();
    }
}
