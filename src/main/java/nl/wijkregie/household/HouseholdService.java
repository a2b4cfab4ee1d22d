package nl.wijkregie.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.household.domain.Address;
import nl.wijkregie.household.domain.Household;
import nl.wijkregie.household.domain.PersonDetails;
import nl.wijkregie.household.persistence.HouseholdRepository;
import nl.wijkregie.household.process.HouseholdIntakeProcess;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.TeamRef;
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.shared.Page;
import nl.wijkregie.shared.PageRequest;
import nl.wijkregie.workflow.Workflow;

/**
 * Use cases on households, one transaction each: the household row, its intake process and the access-log entry
 * commit or roll back together. Team scope is checked here, before any data leaves.
 */
@ApplicationScoped
public class HouseholdService {

    @Inject
    HouseholdRepository households;

    @Inject
    Workflow workflow;

    @Inject
    AccessLog accessLog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Transactional
    public Household register(Optional<UUID> requestedTeam, Address address, List<PersonDetails> members) {
        TeamRef team = currentUser.chooseTeam(requestedTeam);
        Household household = Household.register(team.id(), address, members, currentUser.userId(), clock.instant(),
                LocalDate.now(clock));
        households.add(household);
        workflow.start(HouseholdIntakeProcess.KEY, household.getId().toString(),
                Map.of(HouseholdIntakeProcess.TEAM_ID, team.id().toString()));
        accessLog.record(AccessAction.CREATE, AccessPurpose.CASEWORK, subjectOf(household));
        return household;
    }

    @Transactional
    public Household get(UUID id) {
        Household household = findInScope(id);
        accessLog.record(AccessAction.READ, AccessPurpose.CASEWORK, subjectOf(household));
        return household;
    }

    @Transactional
    public Page<HouseholdSummary> list(PageRequest request) {
        Page<HouseholdSummary> page = households.pageOfTeams(currentUser.teamIds(), request);
        accessLog.recordAll(AccessAction.READ, AccessPurpose.CASEWORK, page.items().stream()
                .map(h -> new AccessedSubject(SubjectType.HOUSEHOLD, h.id(), h.teamId())).toList());
        return page;
    }

    @Transactional
    public Household changeAddress(UUID id, long editedVersion, Address address) {
        Household household = findInScope(id);
        household.changeAddress(address, editedVersion, clock.instant());
        accessLog.record(AccessAction.UPDATE, AccessPurpose.CASEWORK, subjectOf(household));
        return household;
    }

    private Household findInScope(UUID id) {
        Household household = households.find(id).orElseThrow(() -> new NotFoundException("Huishouden", id));
        currentUser.requireMemberOf(household.getTeamId(), "Huishouden", id);
        return household;
    }

    private static AccessedSubject subjectOf(Household household) {
        return new AccessedSubject(SubjectType.HOUSEHOLD, household.getId(), household.getTeamId());
    }
}
