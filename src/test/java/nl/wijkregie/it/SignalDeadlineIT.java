package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import nl.wijkregie.shared.WorkingDays;
import org.junit.jupiter.api.Test;

/**
 * The contact deadline counts from the day the municipality received the signal, not from the partner's signal date
 * (docs/processes/vroegsignalering.md, "Deadlines"). The signals are dated the last Friday before today and received
 * today: on a Monday that is exactly the example there (due Thursday, not Wednesday). The signal date must lie in the
 * past, so the devtools clock (forward only) cannot make every day a Monday; DeadlineKindTest pins the dates.
 */
class SignalDeadlineIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Api fatima = Api.as("fatima");

    @Test
    void theDeadlineCountsFromTheDayOfReceiptNotFromTheSignalDate() {
        LocalDate friday = LocalDate.now(AMSTERDAM).with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));

        JsonObject threat = Signals.receive(fatima, datedOn(friday, Signals.json("Woonzaam", "HUUR",
                Households.uniquePostcode(), 5, "Vera", null, "Vrijdag", "1979-03-03", 90_000, false,
                "HUISUITZETTING")));
        JsonObject norm = Signals.receive(fatima, datedOn(friday, Signals.json("Eneco", "ENERGIE",
                Households.uniquePostcode(), 6, "Mo", null, "Maandag", "1988-08-08", 30_000, false, "GEEN")));

        LocalDate received = Instant.parse(threat.getJsonArray("signals").getJsonObject(0).getString("receivedAt"))
                .atZone(AMSTERDAM).toLocalDate();
        assertThat(threat.getJsonArray("signals").getJsonObject(0).getString("signalDate"))
                .isEqualTo(friday.toString());
        assertThat(threat.getString("deadlineKind")).isEqualTo("DREIGING");
        assertThat(LocalDate.parse(threat.getString("contactDeadline")))
                .isEqualTo(WorkingDays.plusWorkingDays(received, 3));
        if (WorkingDays.isWorkingDay(received)) {
            assertThat(LocalDate.parse(threat.getString("contactDeadline")))
                    .isNotEqualTo(WorkingDays.plusWorkingDays(friday, 3));
        }
        assertThat(norm.getString("deadlineKind")).isEqualTo("NORM");
        assertThat(LocalDate.parse(norm.getString("contactDeadline")))
                .isEqualTo(WorkingDays.plusWorkingDays(received, 10));
    }

    private static String datedOn(LocalDate signalDate, String json) {
        return json.replace("\"signalDate\":\"2026-11-01\"", "\"signalDate\":\"" + signalDate + "\"");
    }
}
