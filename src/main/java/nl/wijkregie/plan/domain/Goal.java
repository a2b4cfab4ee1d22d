package nl.wijkregie.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A goal in the household's own words, optionally on an assessment domain: then with the member whose score is the
 * baseline (taken from the assessment when the goal was written), a target score and a target date. The key stays
 * the same across versions, so a changed goal is recognised as the same goal.
 */
@Embeddable
public class Goal {

    public static final int MAX_TEXT = 1000;

    @Column(name = "goal_key", nullable = false)
    private UUID key;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(length = 30)
    private String domain;

    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "baseline_score")
    private Integer baselineScore;

    @Column(name = "baseline_on")
    private LocalDate baselineOn;

    @Column(name = "target_score")
    private Integer targetScore;

    @Column(name = "target_date")
    private LocalDate targetDate;

    protected Goal() {
    }

    Goal(UUID key, String text, String domain, UUID memberId, Integer baselineScore, LocalDate baselineOn,
         Integer targetScore, LocalDate targetDate) {
        this.key = key;
        this.text = text;
        this.domain = domain;
        this.memberId = memberId;
        this.baselineScore = baselineScore;
        this.baselineOn = baselineOn;
        this.targetScore = targetScore;
        this.targetDate = targetDate;
    }

    boolean sameContent(Goal other) {
        return text.equals(other.text) && Objects.equals(domain, other.domain)
                && Objects.equals(memberId, other.memberId) && Objects.equals(targetScore, other.targetScore)
                && Objects.equals(targetDate, other.targetDate);
    }

    public UUID getKey() {
        return key;
    }

    public String getText() {
        return text;
    }

    public String getDomain() {
        return domain;
    }

    public UUID getMemberId() {
        return memberId;
    }

    public Integer getBaselineScore() {
        return baselineScore;
    }

    public LocalDate getBaselineOn() {
        return baselineOn;
    }

    public Integer getTargetScore() {
        return targetScore;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }
}
