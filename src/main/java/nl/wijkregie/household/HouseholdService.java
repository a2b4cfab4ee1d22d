package nl.wijkregie.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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
import nl.wijkregie.household.domain.ContactDetails;
import nl.wijkregie.household.domain.Household;
import nl.wijkregie.household.domain.Member;
import nl.wijkregie.household.domain.MemberRole;
import nl.wijkregie.household.domain.PersonDetails;
import nl.wijkregie.household.persistence.HouseholdRepository;
import nl.wijkregie.household.process.HouseholdIntakeProcess;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.TeamId;
import nl.wijkregie.security.TeamRef;
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.shared.Page;
import nl.wijkregie.shared.PageRequest;
import nl.wijkregie.workflow.Workflow;

/**
 * Use cases on households, one transaction each: the household rows, its intake process, the events other modules
 * react to and the access-log entry commit or roll back together. Team scope is checked here, before any data leaves.
 */
@ApplicationScoped
public class HouseholdService {

    @Inject
    HouseholdRepository households;

    @Inject
    AreaCatalogue areas;

    @Inject
    Workflow workflow;

    @Inject
    AccessLog accessLog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<Object> events;

    @Inject
    Clock clock;

    @Transactional
    public Household register(Optional<UUID> requestedTeam, Address address, List<PersonDetails> members) {
        TeamRef team = currentUser.chooseTeam(requestedTeam);
        areas.requireKnown(address);
        Household household = Household.register(team.id(), address, members, currentUser.userId(), clock.instant(),
                today());
        households.add(household);
        workflow.start(HouseholdIntakeProcess.KEY, household.getId().toString(),
                Map.of(HouseholdIntakeProcess.TEAM_ID, team.id().toString()));
        events.fire(new HouseholdEvents.Registered(household.getId(), team.id(), currentUser.userId(),
                household.getCreatedAt()));
        accessLog.record(AccessAction.CREATE, AccessPurpose.CASEWORK, subjectOf(household));
        return household;
    }

    /**
     * A member's full BSN, shown only on request ("Toon BSN"): a read of its own in the access log, so the overview
     * a resident may ask for shows who looked at the number.
     */
    @Transactional
    public String revealBsn(UUID id, UUID memberId) {
        Household household = findInScope(id);
        String bsn = household.getMembers().stream().filter(m -> m.getId().equals(memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Lid", memberId)).getBsn();
        accessLog.record(AccessAction.READ, AccessPurpose.CASEWORK, subjectOf(household));
        return bsn;
    }

    @Transactional
    public Household get(UUID id) {
        Household household = findInScope(id);
        household.getAddressHistory();
        accessLog.record(AccessAction.READ, AccessPurpose.CASEWORK, subjectOf(household));
        return household;
    }

    @Transactional
    public Page<HouseholdSummary> list(PageRequest request) {
        return logged(households.pageOfTeams(currentUser.teamIds(), request));
    }

    /** Search within the user's teams only: another team's households are not found, not even counted. */
    @Transactional
    public Page<HouseholdSummary> search(HouseholdQuery query, PageRequest request) {
        return logged(households.search(currentUser.teamIds(), query, request));
    }

    /** Corrects the address, or records a move on {@code movedOn} in the address history. */
    @Transactional
    public Household changeAddress(UUID id, long editedVersion, Address address, Optional<LocalDate> movedOn) {
        Household household = findInScope(id);
        areas.requireKnown(address);
        Instant now = clock.instant();
        if (movedOn.isPresent()) {
            household.moveTo(address, movedOn.get(), editedVersion, today(), now);
            events.fire(new HouseholdEvents.Moved(id, address.getWijkCode(), movedOn.get(), currentUser.userId(), now));
        } else {
            household.correctAddress(address, editedVersion, now);
        }
        household.getAddressHistory();
        accessLog.record(AccessAction.UPDATE, AccessPurpose.CASEWORK, subjectOf(household));
        return household;
    }

    @Transactional
    public Household addMember(UUID id, long editedVersion, PersonDetails person, LocalDate joinedOn) {
        Household household = findInScope(id);
        Instant now = clock.instant();
        Member member = household.addMember(person, joinedOn, editedVersion, today(), now);
        households.flush();
        events.fire(new HouseholdEvents.MemberJoined(id, member.getId(), member.getFirstName(),
                member.getRole().name(), joinedOn, currentUser.userId(), now));
        household.getAddressHistory();
        accessLog.record(AccessAction.UPDATE, AccessPurpose.CASEWORK, subjectOf(household));
        return household;
    }

    @Transactional
    public Household memberLeft(UUID id, UUID memberId, long editedVersion, LocalDate leftOn) {
        Household household = findInScope(id);
        Instant now = clock.instant();
        Member member = household.memberLeft(memberId, leftOn, editedVersion, today(), now);
        events.fire(new HouseholdEvents.MemberLeft(id, memberId, member.getFirstName(), leftOn, currentUser.userId(),
                now));
        household.getAddressHistory();
        accessLog.record(AccessAction.UPDATE, AccessPurpose.CASEWORK, subjectOf(household));
        return household;
    }

    @Transactional
    public Household changeMember(UUID id, UUID memberId, long editedVersion, MemberRole role,
                                  ContactDetails contact) {
        Household household = findInScope(id);
        household.changeMember(memberId, role, contact, editedVersion, clock.instant());
        household.getAddressHistory();
        accessLog.record(AccessAction.UPDATE, AccessPurpose.CASEWORK, subjectOf(household));
        return household;
    }

    /**
     * The household for another module's screen, after the team check. Not logged here: the calling module logs
     * the access to its own subject (one entry per request). Loaded read-only (no dirty checking): do not change the
     * household later in the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public HouseholdView viewInScope(HouseholdId householdId) {
        UUID id = householdId.value();
        Household household = households.findForReading(id)
                .orElseThrow(() -> new NotFoundException("Huishouden", id));
        currentUser.requireMemberOf(household.getTeamId(), "Huishouden", id);
        return new HouseholdView(household.getId(), household.getDisplayName(), household.getTeamId(),
                household.getAddress().getStreet(), household.getAddress().getHouseNumber(),
                household.getAddress().getHouseNumberAddition(), household.getAddress().getPostcode(),
                household.getAddress().getTown(), household.getAddress().getWijkCode(),
                household.getAddress().getBuurtCode(),
                household.getMembers().stream().map(m -> new HouseholdView.MemberView(m.getId(), m.getFirstName(),
                        m.getSurnamePrefix(), m.getSurname(), m.getDateOfBirth(), m.getRole().name(),
                        m.getJoinedOn(), m.getLeftOn(), m.getPreferredLanguage(), m.isInterpreterNeeded())).toList());
    }

    /** The intake was planned outside the inbox (the case moved on to INTAKE): its inbox task is done. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void intakePlanned(HouseholdId householdId) {
        workflow.completeOpenTasks(HouseholdIntakeProcess.KEY, householdId.toString());
    }

    /** Team of a household, for modules that keep a household id (no scope check, no personal data). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TeamId> teamOf(HouseholdId householdId) {
        return households.teamOf(householdId.value()).map(TeamId::new);
    }

    /** The household a member belongs or belonged to (privacy requests). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<HouseholdId> householdOfMember(UUID memberId) {
        return households.householdOfMember(memberId).map(HouseholdId::new);
    }

    /** The members with this BSN in any team (privacy requests; the caller logs the access). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> membersWithBsn(String bsn) {
        return households.membersWithBsn(bsn);
    }

    private Page<HouseholdSummary> logged(Page<HouseholdSummary> page) {
        accessLog.recordAll(AccessAction.READ, AccessPurpose.CASEWORK, page.items().stream()
                .map(h -> new AccessedSubject(SubjectType.HOUSEHOLD, h.id(), h.teamId())).toList());
        return page;
    }

    private Household findInScope(UUID id) {
        Household household = households.find(id).orElseThrow(() -> new NotFoundException("Huishouden", id));
        currentUser.requireMemberOf(household.getTeamId(), "Huishouden", id);
        return household;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static AccessedSubject subjectOf(Household household) {
        return new AccessedSubject(SubjectType.HOUSEHOLD, household.getId(), household.getTeamId());
    }
}
