package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.audit.Actor;
import nl.wijkregie.household.ResidentDirectory;
import nl.wijkregie.shared.PageRequest;
import nl.wijkregie.shared.warmup.WarmUpStep;
import nl.wijkregie.signal.domain.PartnerType;
import nl.wijkregie.signal.domain.SignalReport;
import nl.wijkregie.signal.domain.Threat;
import nl.wijkregie.signal.persistence.SignalQueries;

/**
 * The import pipeline of a signal list on synthetic rows (matching, routing, triage by the DMN table, the processes'
 * start, the access log), so the first real list after a start runs at warm speed. The rows can match no one: house
 * number 9999 in a real postcode area (so they are routed like real rows) and a birth date in 1801, so matching finds
 * no real resident. The warm-up's transaction is rolled back.
 */
@ApplicationScoped
public class SignalIntakeWarmUp implements WarmUpStep {

    static final int ROWS = 40;
    static final Actor ACTOR = Actor.system("warm-up");

    @Inject
    SignalIntake intake;

    @Inject
    ResidentDirectory residents;

    @Inject
    SignalQueries queries;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "signal-intake";
    }

    @Override
    public void run(int round) {
        String area = residents.anyPostcodeArea().orElse("1000");
        LocalDate today = LocalDate.now(clock);
        PartnerType[] partners = PartnerType.values();
        List<SignalIntake.Incoming> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            String postcode = area + (char) ('A' + i % 26) + (char) ('A' + i / 26 % 26);
            SignalReport report = new SignalReport(partners[i % partners.length], "Opwarmen " + i % 3,
                    "WU-" + round + "-" + i, "W.", "Warm", null, "Opwarmen", LocalDate.of(1801, 1, 1),
                    "Opwarmstraat", 9999, "WU", postcode, "Opwarmen", null, null, 12_500L + i * 1_000L,
                    today.minusDays(30 + i), today.minusDays(i % 5), i % 17 == 0, false,
                    i % 11 == 0 ? Threat.AFSLUITING : Threat.GEEN);
            rows.add(new SignalIntake.Incoming(report, null, null, null));
        }
        intake.receive(rows, ACTOR);
        // the inbox query of a team that does not exist: its SQL and mapping path, without reading anyone's cases
        queries.inbox(List.of(UUID.randomUUID()), new SignalInboxQuery(Optional.empty(), null, null, null,
                SignalInboxQuery.Deadline.values()[round % SignalInboxQuery.Deadline.values().length], null,
                new PageRequest(0, 25)), today);
    }
}
