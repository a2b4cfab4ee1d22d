package nl.wijkregie.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.casefile.domain.CaseStatus;
import nl.wijkregie.casefile.domain.TimelineEvent;
import nl.wijkregie.casefile.persistence.CaseFileRepository;
import nl.wijkregie.casefile.persistence.TimelineRepository;
import nl.wijkregie.household.HouseholdEvents;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.Roles;

/**
 * Keeps the case file in step with what happens elsewhere, inside the same transaction: a registered household gets
 * its case (AANGEMELD), household changes and other modules' {@link TimelineEntry} events become timeline lines, and
 * a planned intake moves a new case on to INTAKE.
 */
@ApplicationScoped
public class CaseFileTimeline {

    @Inject
    CaseFileRepository cases;

    @Inject
    TimelineRepository timeline;

    @Inject
    CaseFileService caseFiles;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<TimelineEntry> entries;

    void record(@Observes TimelineEntry entry) {
        UUID caseId = cases.openCaseOf(entry.householdId()).map(c -> c.getId()).orElse(null);
        timeline.add(new TimelineEvent(entry.householdId(), caseId, entry.occurredAt(), entry.kind(), entry.summary(),
                entry.actorId(), entry.sourceModule(), entry.sourceId(), entry.confidential()));
    }

    /** The same for many lines, with one lookup of the open cases of all their households. */
    void recordAll(@Observes TimelineEntry.Batch batch) {
        Map<UUID, OpenCaseRef> open = cases.openCasesOf(batch.entries().stream().map(TimelineEntry::householdId)
                .collect(Collectors.toSet()));
        for (TimelineEntry entry : batch.entries()) {
            OpenCaseRef caseFile = open.get(entry.householdId());
            timeline.add(new TimelineEvent(entry.householdId(), caseFile == null ? null : caseFile.caseId(),
                    entry.occurredAt(), entry.kind(), entry.summary(), entry.actorId(), entry.sourceModule(),
                    entry.sourceId(), entry.confidential()));
        }
    }

    /** The lines derived from records that their module erased go with them. */
    void erase(@Observes TimelineEntry.SourcesErased erased) {
        timeline.deleteDerivedFrom(erased.sourceModule(), erased.sourceIds());
    }

    /** An aanmelding: the professional who registers the household becomes its regisseur; a team lead assigns one. */
    void onRegistered(@Observes HouseholdEvents.Registered registered) {
        String regisseur = Roles.PROFESSIONAL.equals(currentUser.actingRole()) ? registered.actorId() : null;
        caseFiles.openCase(registered.householdId(), registered.teamId(), registered.actorId(), regisseur);
    }

    void onMemberJoined(@Observes HouseholdEvents.MemberJoined joined) {
        entries.fire(TimelineEntry.of(joined.householdId(), joined.at(), "MEMBER_JOINED",
                joined.memberName() + " hoort sinds " + joined.joinedOn() + " bij het huishouden", joined.actorId(),
                "household", joined.memberId()));
    }

    void onMemberLeft(@Observes HouseholdEvents.MemberLeft left) {
        entries.fire(TimelineEntry.of(left.householdId(), left.at(), "MEMBER_LEFT",
                left.memberName() + " heeft het huishouden verlaten op " + left.leftOn(), left.actorId(), "household",
                left.memberId()));
    }

    void onMoved(@Observes HouseholdEvents.Moved moved) {
        entries.fire(TimelineEntry.of(moved.householdId(), moved.at(), "MOVED",
                "Verhuisd op " + moved.movedOn() + " (wijk " + moved.wijkCode() + ")", moved.actorId(), "household",
                null));
    }

    /** The intake task was done in the inbox: the new case moves on to INTAKE as the team agreed. */
    void onIntakePlanned(@Observes HouseholdEvents.IntakePlanned planned) {
        cases.openCaseOf(planned.householdId()).filter(c -> c.getStatus() == CaseStatus.AANGEMELD)
                .ifPresent(c -> caseFiles.transition(c.getId(), c.getVersion(), CaseStatus.INTAKE, null, null));
    }
}
