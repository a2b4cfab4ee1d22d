package nl.wijkregie.waitinglist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.wijkregie.casefile.CaseFileEvents;
import nl.wijkregie.waitinglist.domain.WaitingCase;
import nl.wijkregie.waitinglist.persistence.WaitingListRepository;

/**
 * Keeps the module's view of cases from the case file's events, in the transaction of the change (ADR 0019): the
 * wijkteam's own waiting list (aanmelding → first conversation), caseload per regisseur and inflow.
 */
@ApplicationScoped
public class WaitingListObservers {

    @Inject
    WaitingListRepository repository;

    @Transactional(Transactional.TxType.MANDATORY)
    void caseOpened(@Observes CaseFileEvents.CaseOpened event) {
        repository.waitingCase(event.caseId()).ifPresentOrElse(
                known -> known.reopen(event.teamId(), event.regisseurId(), event.openedAt()),
                () -> repository.add(new WaitingCase(event.caseId(), event.householdId(), event.teamId(),
                        event.regisseurId(), event.openedAt())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void statusChanged(@Observes CaseFileEvents.StatusChanged event) {
        repository.waitingCase(event.caseId()).ifPresent(known -> known.statusChanged(event.from(), event.to(),
                event.teamId(), event.at()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void regisseurAssigned(@Observes CaseFileEvents.RegisseurAssigned event) {
        repository.waitingCase(event.caseId()).ifPresent(known -> known.assign(event.regisseurId()));
    }
}
