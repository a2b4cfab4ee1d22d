package nl.wijkregie.assessment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.shared.InvalidFieldException;

/**
 * One member's self-reliance on one date: scores on the domains the professional chose to score (never all 13 by
 * force — the privacy regulator found that too much in 2018), at a moment of the help. Written once and never edited,
 * like a journal note: a new view is a new assessment, so the rows in date order are the trend.
 *
 * <p>A score is valid for {@value #VALID_DAYS} days: older, it is shown as outdated and is no baseline for a plan.
 */
@Entity
@Table(name = "self_reliance_assessment")
public class Assessment {

    /** How many days an assessment stays current (a plan's baseline must be at most this old). */
    public static final int VALID_DAYS = 30;
    public static final int MAX_NOTE = 2000;

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private UUID memberId;

    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private AssessmentMoment moment;

    @Column(updatable = false, length = MAX_NOTE)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "self_reliance_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderBy("domain")
    private List<DomainScore> scores = new ArrayList<>();

    protected Assessment() {
    }

    /**
     * Records an assessment of a member of the case's household. The checks name the field at fault: the member must
     * belong to the household, the date may not lie after today, at least one domain is scored and none twice.
     */
    public static Assessment record(UUID caseId, UUID householdId, UUID teamId, UUID memberId,
                                    Set<UUID> householdMembers, LocalDate assessedOn, AssessmentMoment moment,
                                    List<DomainScore> scores, String note, String recordedBy, Instant now,
                                    LocalDate today) {
        if (memberId == null || !householdMembers.contains(memberId)) {
            throw new InvalidFieldException("memberId", "Dit lid hoort niet bij het huishouden");
        }
        if (assessedOn == null) {
            throw new InvalidFieldException("assessedOn", "Vul de datum in");
        }
        if (assessedOn.isAfter(today)) {
            throw new InvalidFieldException("assessedOn", "De datum ligt in de toekomst");
        }
        if (moment == null) {
            throw new InvalidFieldException("moment", "Kies het moment");
        }
        if (scores == null || scores.isEmpty()) {
            throw new InvalidFieldException("scores", "Geef op minstens één leefgebied een score");
        }
        Set<AssessmentDomain> seen = EnumSet.noneOf(AssessmentDomain.class);
        for (DomainScore score : scores) {
            if (!seen.add(score.getDomain())) {
                throw new InvalidFieldException("scores", "Elk leefgebied krijgt hooguit één score");
            }
        }
        Assessment assessment = new Assessment();
        assessment.id = Ids.newId();
        assessment.caseId = caseId;
        assessment.householdId = householdId;
        assessment.teamId = teamId;
        assessment.memberId = memberId;
        assessment.assessedOn = assessedOn;
        assessment.moment = moment;
        assessment.scores.addAll(scores);
        assessment.note = note == null || note.isBlank() ? null : note.strip();
        assessment.recordedBy = recordedBy;
        assessment.recordedAt = now.truncatedTo(ChronoUnit.MICROS);
        return assessment;
    }

    /** Older than {@value #VALID_DAYS} days on that date: shown as "verouderd", never a baseline. */
    public boolean isOutdatedOn(LocalDate date) {
        return assessedOn.isBefore(date.minusDays(VALID_DAYS));
    }

    /** Whether this assessment may serve as a baseline on that date: made by then and not outdated. */
    public boolean isCurrentOn(LocalDate date) {
        return !assessedOn.isAfter(date) && !isOutdatedOn(date);
    }

    public Optional<DomainScore> scoreOn(AssessmentDomain domain) {
        return scores.stream().filter(s -> s.getDomain() == domain).findFirst();
    }

    public UUID getId() {
        return id;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getHouseholdId() {
        return householdId;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public UUID getMemberId() {
        return memberId;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public AssessmentMoment getMoment() {
        return moment;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<DomainScore> getScores() {
        return List.copyOf(scores);
    }
}
