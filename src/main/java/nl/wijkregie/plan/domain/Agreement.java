package nl.wijkregie.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One member's answer on one version: agrees or not, when, how, and optionally a statement in their own words (the
 * resident's text, kept as written: docs/privacy.md).
 */
@Embeddable
public class Agreement {

    public static final int MAX_STATEMENT = 2000;

    @Column(name = "member_id", nullable = false)
    private UUID memberId;

    @Column(nullable = false)
    private boolean agrees;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AgreementChannel channel;

    @Column(length = MAX_STATEMENT)
    private String statement;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Agreement() {
    }

    Agreement(UUID memberId, boolean agrees, LocalDate answeredOn, AgreementChannel channel, String statement,
              String recordedBy, Instant recordedAt) {
        this.memberId = memberId;
        this.agrees = agrees;
        this.answeredOn = answeredOn;
        this.channel = channel;
        this.statement = statement;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID getMemberId() {
        return memberId;
    }

    public boolean isAgrees() {
        return agrees;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public AgreementChannel getChannel() {
        return channel;
    }

    public String getStatement() {
        return statement;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
