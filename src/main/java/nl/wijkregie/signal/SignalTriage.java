package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import nl.wijkregie.shared.ClockProducer;
import nl.wijkregie.signal.domain.DeadlineKind;
import nl.wijkregie.signal.domain.Priority;
import nl.wijkregie.signal.domain.SignalCase;
import nl.wijkregie.signal.domain.TriageFacts;
import nl.wijkregie.signal.domain.TriageOutcome;
import nl.wijkregie.signal.process.SignalProcess;
import nl.wijkregie.workflow.DecisionResult;
import nl.wijkregie.workflow.Workflow;

/**
 * Triage of a signal case by the DMN table, the policy's decision: the priority, the kind of contact deadline and the
 * reason, stored on the case with the facts it was given and the table's version, so a decision can be explained
 * later even after the table changed. The deadline itself is computed here from the kind, in working days.
 */
@ApplicationScoped
public class SignalTriage {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    SignalPolicy policy;

    @Inject
    Workflow workflow;

    /**
     * Triage over all stacked signals; the decision is stored on the case with its inputs. The deadline counts from
     * {@code today}, the day the signal is received, whatever its signal date.
     */
    public void triage(SignalCase signalCase, Instant now, LocalDate today) {
        TriageFacts facts = signalCase.triageFacts(today, policy.isVulnerable(signalCase.getWijkCode()),
                policy.minimumAmountCents());
        DecisionResult result = workflow.decide(SignalProcess.TRIAGE_DECISION, facts.asVariables());
        TriageOutcome outcome = new TriageOutcome(Priority.valueOf(result.text("priority")),
                DeadlineKind.valueOf(result.text("deadline")), result.text("reason"), result.decisionKey(),
                result.decisionVersion());
        LocalDate deadline = outcome.deadlineKind().deadline(today, SignalPolicy.THREAT_WORKING_DAYS,
                policy.normWorkingDays());
        signalCase.decide(outcome, deadline, JSON.toJson(facts.asVariables()), now);
    }

    /** The moment the contact deadline passes: the start of the day after it, for the process timer. */
    public static Date deadlineMoment(SignalCase signalCase) {
        LocalDate deadline = signalCase.getContactDeadline();
        return deadline == null ? null
                : Date.from(deadline.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant());
    }
}
