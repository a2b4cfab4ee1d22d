package nl.wijkregie.basics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.basics.domain.CheckResult;
import nl.wijkregie.basics.domain.CheckedCase;
import nl.wijkregie.basics.domain.SignalArrears;
import nl.wijkregie.basics.persistence.BasicsRepository;
import nl.wijkregie.casefile.CaseFileEvents;
import nl.wijkregie.household.HouseholdEvents;
import nl.wijkregie.signal.SignalCaseEvents;

/**
 * Keeps the module's view of cases and early signals from the other modules' events, and checks a case's basics when
 * something they depend on changed: the case opened, signals stacked on the household, a member joined or left. The
 * observers run in the transaction of the change (ADR 0019): a failing check rolls it back, so no change goes
 * unchecked.
 */
@ApplicationScoped
public class BasicsObservers {

    @Inject
    BasicsRepository repository;

    @Inject
    BasicsChecks checks;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void caseOpened(@Observes CaseFileEvents.CaseOpened event) {
        CheckedCase checkedCase = repository.checkedCase(event.caseId()).orElse(null);
        if (checkedCase == null) {
            checkedCase = new CheckedCase(event.caseId(), event.householdId(), event.teamId());
            repository.add(checkedCase);
        } else {
            checkedCase.reopen();
        }
        check(List.of(checkedCase), CheckResult.Trigger.CASE_OPENED, event.actorId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void statusChanged(@Observes CaseFileEvents.StatusChanged event) {
        repository.checkedCase(event.caseId()).ifPresent(checkedCase -> {
            if ("AFGESLOTEN".equals(event.to())) {
                checkedCase.close();
            }
            checkedCase.moveTo(event.teamId());
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void signalsReceived(@Observes SignalCaseEvents.Intake event) {
        Set<UUID> households = new HashSet<>();
        for (SignalCaseEvents.SignalCaseOpened opened : event.opened()) {
            if (opened.householdId() != null) {
                repository.add(new SignalArrears(opened.signalCaseId(), opened.householdId(), opened.creditorTypes(),
                        opened.priority()));
                households.add(opened.householdId());
            }
        }
        for (SignalCaseEvents.SignalsStacked stacked : event.stacked()) {
            if (stacked.householdId() != null) {
                SignalArrears known = repository.signal(stacked.signalCaseId()).orElse(null);
                if (known == null) {
                    repository.add(new SignalArrears(stacked.signalCaseId(), stacked.householdId(),
                            stacked.creditorTypes(), stacked.priority()));
                } else {
                    known.stack(stacked.creditorTypes(), stacked.priority());
                }
                households.add(stacked.householdId());
            }
        }
        recheckHouseholds(households, CheckResult.Trigger.SIGNAL, event.actorId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void signalMatched(@Observes SignalCaseEvents.SignalMatchedToHousehold event) {
        // the signal's creditors are not in this event; they arrive with the next stack, the household is re-checked
        recheckHouseholds(Set.of(event.householdId()), CheckResult.Trigger.SIGNAL, event.actorId());
    }

    /** Closed in one go (an intake's cases not picked up): one write and one check for all their households. */
    @Transactional(Transactional.TxType.MANDATORY)
    void signalsClosed(@Observes SignalCaseEvents.EndResultsRecorded event) {
        Set<UUID> households = new HashSet<>();
        String actorId = null;
        for (SignalCaseEvents.EndResultRecorded closed : event.results()) {
            SignalArrears signal = repository.signal(closed.signalCaseId()).orElse(null);
            if (signal != null) {
                signal.close();
                households.add(signal.getHouseholdId());
                actorId = closed.actorId();
            }
        }
        recheckHouseholds(households, CheckResult.Trigger.SIGNAL, actorId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void signalClosed(@Observes SignalCaseEvents.EndResultRecorded event) {
        repository.signal(event.signalCaseId()).ifPresent(signal -> {
            signal.close();
            repository.flush();
            recheckHouseholds(Set.of(signal.getHouseholdId()), CheckResult.Trigger.SIGNAL, event.actorId());
        });
    }

    /** The signal module erased signal cases at the end of their retention: what was kept of them goes too. */
    @Transactional(Transactional.TxType.MANDATORY)
    void signalsErased(@Observes SignalCaseEvents.SignalCasesErased event) {
        repository.deleteSignals(event.signalCaseIds());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void memberJoined(@Observes HouseholdEvents.MemberJoined event) {
        recheckHouseholds(Set.of(event.householdId()), CheckResult.Trigger.COMPOSITION, event.actorId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void memberLeft(@Observes HouseholdEvents.MemberLeft event) {
        recheckHouseholds(Set.of(event.householdId()), CheckResult.Trigger.COMPOSITION, event.actorId());
    }

    private void recheckHouseholds(Set<UUID> households, CheckResult.Trigger trigger, String actorId) {
        if (households.isEmpty()) {
            return;
        }
        repository.flush();
        check(new ArrayList<>(repository.openCasesOf(households)), trigger, actorId);
    }

    private void check(List<CheckedCase> cases, CheckResult.Trigger trigger, String actorId) {
        checks.check(cases, trigger, clock.instant(), LocalDate.now(clock), actorId == null ? "systeem" : actorId);
    }
}
