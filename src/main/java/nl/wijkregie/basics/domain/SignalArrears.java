package nl.wijkregie.basics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An early-signal case on a household as the signal module announced it (its Intake and EndResultRecorded events):
 * which creditors reported arrears, while it is open. The debt check counts them; the signal's amounts and names stay
 * in the signal module.
 */
@Entity
@Table(name = "basics_signal")
public class SignalArrears {

    @Id
    @Column(name = "signal_case_id")
    private UUID signalCaseId;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "creditor_types", nullable = false)
    private String creditorTypes;

    private String priority;

    @Column(nullable = false)
    private boolean open;

    protected SignalArrears() {
    }

    public SignalArrears(UUID signalCaseId, UUID householdId, Collection<String> creditorTypes, String priority) {
        this.signalCaseId = signalCaseId;
        this.householdId = householdId;
        this.creditorTypes = String.join(",", new TreeSet<>(creditorTypes));
        this.priority = priority;
        this.open = true;
    }

    /** More signals stacked on the case: their creditors join the known ones. */
    public void stack(Collection<String> moreCreditorTypes, String newPriority) {
        TreeSet<String> all = new TreeSet<>(creditorTypes());
        all.addAll(moreCreditorTypes);
        this.creditorTypes = String.join(",", all);
        this.priority = newPriority;
    }

    public void close() {
        this.open = false;
    }

    public UUID getSignalCaseId() {
        return signalCaseId;
    }

    public UUID getHouseholdId() {
        return householdId;
    }

    public List<String> creditorTypes() {
        return creditorTypes.isEmpty() ? List.of() : Arrays.asList(creditorTypes.split(","));
    }

    public String getPriority() {
        return priority;
    }

    public boolean isOpen() {
        return open;
    }
}
