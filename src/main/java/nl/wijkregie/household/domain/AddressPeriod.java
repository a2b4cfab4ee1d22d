package nl.wijkregie.household.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import nl.wijkregie.shared.Ids;

/** Where the household lived from one day until another (open-ended for the current address). Part of {@link Household}. */
@Entity
@Table(name = "household_address")
public class AddressPeriod {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id", nullable = false, updatable = false)
    private Household household;

    @Embedded
    private Address address;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected AddressPeriod() {
    }

    AddressPeriod(Household household, Address address, LocalDate validFrom) {
        this.id = Ids.newId();
        this.household = household;
        this.address = address;
        this.validFrom = validFrom;
    }

    void endOn(LocalDate day) {
        this.validTo = day;
    }

    void correct(Address corrected) {
        this.address = corrected;
    }

    boolean isCurrent() {
        return validTo == null;
    }

    public Address getAddress() {
        return address;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
