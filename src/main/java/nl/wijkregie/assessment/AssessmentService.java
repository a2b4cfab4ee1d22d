package nl.wijkregie.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.assessment.domain.Assessment;
import nl.wijkregie.assessment.domain.AssessmentDomain;
import nl.wijkregie.assessment.domain.AssessmentMoment;
import nl.wijkregie.assessment.domain.Baselines;
import nl.wijkregie.assessment.domain.DomainScore;
import nl.wijkregie.assessment.persistence.AssessmentRepository;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.casefile.CaseFileService;
import nl.wijkregie.casefile.CaseId;
import nl.wijkregie.casefile.CaseRef;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.household.HouseholdService;
import nl.wijkregie.household.HouseholdView;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.shared.InvalidFieldException;
import nl.wijkregie.shared.RuleViolationException;

/**
 * Use cases on self-reliance assessments, one transaction each. The case decides the scope: its team may read and
 * write the assessments of its household's members, anyone else is told the case does not exist. Every read and
 * write is logged against the case and against each member whose scores were touched, so a resident's access
 * overview lists it.
 */
@ApplicationScoped
public class AssessmentService {

    @Inject
    CaseFileService cases;

    @Inject
    HouseholdService households;

    @Inject
    AssessmentRepository repository;

    @Inject
    AccessLog accessLog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<Object> events;

    @Inject
    Clock clock;

    /** Records an assessment of a member of the case's household; the case must be open. */
    @Transactional
    public Assessment record(CaseId caseId, UUID memberId, LocalDate assessedOn, AssessmentMoment moment,
                             List<DomainScore> scores, String note) {
        CaseRef caseRef = cases.caseInScope(caseId);
        if (!caseRef.open()) {
            throw new RuleViolationException("case-closed",
                    "De zaak is afgesloten: er komen geen metingen van zelfredzaamheid meer bij");
        }
        Instant now = clock.instant();
        Assessment assessment = Assessment.record(caseRef.caseId(), caseRef.householdId(), caseRef.teamId(),
                memberId, membersOf(caseRef), assessedOn, moment, scores, note, currentUser.userId(), now,
                LocalDate.now(clock));
        repository.add(assessment);
        events.fire(new AssessmentEvents.AssessmentRecorded(assessment.getId(), caseRef.caseId(),
                caseRef.householdId(), caseRef.teamId(), memberId, assessedOn, moment.name(),
                assessment.getScores().stream().map(s -> new AssessmentEvents.Score(s.getDomain().name(),
                        s.getScore(), s.getCarrier() == null ? null : s.getCarrier().name())).toList(),
                assessment.getNote() != null, now, currentUser.userId()));
        accessLog.recordAll(AccessAction.CREATE, AccessPurpose.CASEWORK, subjects(caseRef, Set.of(memberId)));
        return assessment;
    }

    /**
     * The assessments of the case's household (all its cases: the trend runs across a reopening), or of one member,
     * oldest first.
     */
    @Transactional
    public AssessmentHistory history(CaseId caseId, UUID memberId) {
        CaseRef caseRef = cases.caseInScope(caseId);
        if (memberId != null && !membersOf(caseRef).contains(memberId)) {
            throw new InvalidFieldException("memberId", "Dit lid hoort niet bij het huishouden");
        }
        List<Assessment> found = repository.ofHousehold(caseRef.householdId(), memberId);
        Set<UUID> members = found.stream().map(Assessment::getMemberId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (memberId != null) {
            members.add(memberId);
        }
        accessLog.recordAll(AccessAction.READ, AccessPurpose.CASEWORK, subjects(caseRef, members));
        return new AssessmentHistory(found, LocalDate.now(clock));
    }

    /**
     * A member's baseline on a domain at a date, for the plan: the latest score on or before that date if it is not
     * outdated (older than {@value Assessment#VALID_DAYS} days), else empty. Checks the case's scope; logs nothing —
     * the calling module logs its own access, as with {@code HouseholdService.viewInScope}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Baseline> baseline(CaseId caseId, UUID memberId, String domain, LocalDate on) {
        CaseRef caseRef = cases.caseInScope(caseId);
        if (!membersOf(caseRef).contains(memberId)) {
            return Optional.empty();
        }
        return Baselines.of(repository.ofMember(memberId), AssessmentDomain.valueOf(domain), on)
                .map(b -> new Baseline(b.assessment().getId(), b.assessment().getAssessedOn(),
                        b.score().getDomain().name(), b.score().getScore(),
                        b.score().getCarrier() == null ? null : b.score().getCarrier().name()));
    }

    /** The application's today, on which a freshly recorded assessment is judged. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Set<UUID> membersOf(CaseRef caseRef) {
        HouseholdView household = households.viewInScope(new HouseholdId(caseRef.householdId()));
        return household.members().stream().map(HouseholdView.MemberView::id).collect(Collectors.toSet());
    }

    private static List<AccessedSubject> subjects(CaseRef caseRef, Set<UUID> members) {
        List<AccessedSubject> subjects = new ArrayList<>();
        subjects.add(new AccessedSubject(SubjectType.CASE, caseRef.caseId(), caseRef.teamId()));
        members.forEach(m -> subjects.add(new AccessedSubject(SubjectType.MEMBER, m, caseRef.teamId())));
        return subjects;
    }
}
