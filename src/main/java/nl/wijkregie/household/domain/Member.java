package nl.wijkregie.household.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import nl.wijkregie.shared.PersonName;

/**
 * A person in a household, from the day they joined until the day they left. Part of the {@link Household}
 * aggregate: changed only through it. A member who left stays on record (the case history refers to them).
 */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MemberRole role;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(length = 20)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(name = "preferred_language", length = 35)
    private String preferredLanguage;

    @Column(name = "interpreter_needed", nullable = false)
    private boolean interpreterNeeded;

    protected Member() {
    }

    Member(UUID id, Household household, int position, PersonDetails details, LocalDate joinedOn) {
        this.id = id;
        this.household = household;
        this.position = position;
        PersonName name = new PersonName(details.firstName(), details.surnamePrefix(), details.surname());
        this.firstName = name.firstName();
        this.surnamePrefix = name.surnamePrefix();
        this.surname = name.surname();
        this.dateOfBirth = details.dateOfBirth();
        this.bsn = details.bsn() == null || details.bsn().isBlank() ? null : Bsn.normalise(details.bsn().trim());
        this.role = details.role();
        this.joinedOn = joinedOn;
        changeContact(details.contact());
    }

    void changeContact(ContactDetails contact) {
        this.phone = contact.phone();
        this.email = contact.email();
        this.preferredLanguage = contact.preferredLanguage();
        this.interpreterNeeded = contact.interpreterNeeded();
    }

    void changeRole(MemberRole newRole) {
        this.role = newRole;
    }

    void leave(LocalDate on) {
        this.leftOn = on;
    }

    public PersonName name() {
        return new PersonName(firstName, surnamePrefix, surname);
    }

    /** "van Dijk": prefix and surname as they are written after a first name. */
    public String fullSurname() {
        return name().fullSurname();
    }

    public String fullName() {
        return name().display();
    }

    /** Still part of the household on that day. */
    public boolean isCurrentOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }

    public boolean hasLeft() {
        return leftOn != null;
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

    /** The BSN as screens show it: its last four digits only. */
    public String getBsnMasked() {
        return Bsn.masked(getBsn());
    }

    public String getBsn() {
        return bsn;
    }

    public MemberRole getRole() {
        return role;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isInterpreterNeeded() {
        return interpreterNeeded;
    }

    int getPosition() {
        return position;
    }
}
