package nl.wijkregie.household.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A person in a household. Part of the {@link Household} aggregate: changed only through it. */
@Entity
@Table(name = "household_member")
public class Member {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id", nullable = false, updatable = false)
    private Household household;

    @Column(nullable = false)
    private int position;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "surname_prefix", length = 30)
    private String surnamePrefix;

    @Column(nullable = false, length = 100)
    private String surname;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(length = 9)
    private String bsn;

    protected Member() {
    }

    Member(UUID id, Household household, int position, PersonDetails details) {
        this.id = id;
        this.household = household;
        this.position = position;
        this.firstName = details.firstName().trim();
        this.surnamePrefix = details.surnamePrefix() == null || details.surnamePrefix().isBlank()
                ? null : details.surnamePrefix().trim();
        this.surname = details.surname().trim();
        this.dateOfBirth = details.dateOfBirth();
        this.bsn = details.bsn() == null || details.bsn().isBlank() ? null : Bsn.normalise(details.bsn().trim());
    }

    /** "van Dijk": prefix and surname as they are written after a first name. */
    public String fullSurname() {
        return surnamePrefix == null ? surname : surnamePrefix + " " + surname;
    }

    public UUID getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getSurnamePrefix() {
        return surnamePrefix;
    }

    public String getSurname() {
        return surname;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getBsn() {
        return bsn;
    }

    int getPosition() {
        return position;
    }
}
