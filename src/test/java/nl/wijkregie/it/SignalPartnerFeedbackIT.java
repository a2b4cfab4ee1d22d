package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Telling a signal partner whether its signal was picked up discloses personal data to a third party: every answer
 * of the status feed is access-logged with the partner as the actor, the signal case as the subject and purpose
 * "terugmelding".
 */
class SignalPartnerFeedbackIT {

    private final Api woonzaam = Api.as("woonzaam");

    @Test
    void everyStatusAnswerToAPartnerIsAccessLoggedAsFeedback() {
        String signal = Signals.plain(Households.uniquePostcode(), 21, "Terugmelding");
        String reference = signal.replaceAll("(?s).*\"partnerReference\":\"([^\"]+)\".*", "$1");
        Api.Response received = woonzaam.post("/api/v1/signals", signal);
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String logged = "select count(*) from wijkregie.access_log a join wijkregie.signal s"
                + " on s.signal_case_id = a.subject_id where s.partner_reference = ? and a.user_id = 'woonzaam'"
                + " and a.user_role = 'signal-partner' and a.subject_type = 'SIGNAL_CASE' and a.action = 'READ'"
                + " and a.purpose = 'PARTNER_FEEDBACK' and a.source like 'GET /api/v1/signals/status%'";
        assertThat(TestDatabase.count(logged, reference)).isZero();

        Api.Response status = woonzaam.get("/api/v1/signals/status?reference=" + reference);

        assertThat(status.status()).as(status.toString()).isEqualTo(200);
        assertThat(status.body()).contains(reference);
        assertThat(TestDatabase.count(logged, reference)).isEqualTo(1);

        woonzaam.get("/api/v1/signals/status");
        assertThat(TestDatabase.count(logged, reference)).isEqualTo(2);
    }

    @Test
    void anAnswerWithoutSignalsLogsNothing() {
        long before = TestDatabase.count("select count(*) from wijkregie.access_log where user_id = 'woonzaam'"
                + " and purpose = 'PARTNER_FEEDBACK'");

        Api.Response status = woonzaam.get("/api/v1/signals/status?reference=NO-SUCH-REFERENCE");

        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body()).isEqualTo("[]");
        assertThat(TestDatabase.count("select count(*) from wijkregie.access_log where user_id = 'woonzaam'"
                + " and purpose = 'PARTNER_FEEDBACK'")).isEqualTo(before);
    }
}
