package nl.wijkregie.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** What someone does for a goal, who carries it, by when, and how far it is. The key stays across versions. */
@Embeddable
public class Action {

    public static final int MAX_TEXT = 1000;

    @Column(name = "action_key", nullable = false)
    private UUID key;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Embedded
    private PlanPerson carrier;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ActionStatus status;

    protected Action() {
    }

    Action(UUID key, String text, PlanPerson carrier, LocalDate dueOn, ActionStatus status) {
        this.key = key;
        this.text = text;
        this.carrier = carrier;
        this.dueOn = dueOn;
        this.status = status;
    }

    void moveTo(ActionStatus status) {
        this.status = status;
    }

    boolean sameContent(Action other) {
        return text.equals(other.text) && carrier.sameAs(other.carrier) && Objects.equals(dueOn, other.dueOn)
                && status == other.status;
    }

    public UUID getKey() {
        return key;
    }

    public String getText() {
        return text;
    }

    public PlanPerson getCarrier() {
        return carrier;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }
}
