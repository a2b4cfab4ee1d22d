package nl.wijkregie.household.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.shared.StaleVersionException;

/**
 * A household: the people who live together at one address and get one integrated approach. The aggregate root of
 * its members (who join and leave with dates) and its address history; owned by one wijkteam, which scopes who may
 * see it. Keeps its own invariants: always at least one current member, no BSN twice among current members, no member
 * born in the future, address periods that follow each other without overlap. Every change bumps the version, so a
 * second writer working from an old copy gets a conflict.
 */
@Entity
@Table(name = "household")
public class Household {

    public static final int MAX_MEMBERS = 20;

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Embedded
    private Address address;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Member> members = new ArrayList<>();

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom desc")
    private List<AddressPeriod> addressHistory = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Household() {
    }

    public static Household register(UUID teamId, Address address, List<PersonDetails> people, String createdBy,
                                     Instant now, LocalDate today) {
        if (people.isEmpty()) {
            throw new RuleViolationException("household-needs-member", "Een huishouden heeft minstens één lid");
        }
        if (people.size() > MAX_MEMBERS) {
            throw new RuleViolationException("household-size", "Een huishouden heeft hooguit " + MAX_MEMBERS + " leden");
        }
        Set<String> bsns = new HashSet<>();
        for (PersonDetails person : people) {
            requireBornBy(person, today);
            if (person.bsn() != null && !person.bsn().isBlank() && !bsns.add(Bsn.normalise(person.bsn().trim()))) {
                throw bsnTwice();
            }
        }
        Household household = new Household();
        household.id = Ids.newId();
        household.teamId = teamId;
        household.address = address;
        for (PersonDetails person : people) {
            household.members.add(new Member(Ids.newId(), household, household.members.size(), person, today));
        }
        household.addressHistory.add(new AddressPeriod(household, address, today));
        household.displayName = "Huishouden " + capitalise(household.members.get(0).fullSurname());
        household.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        household.createdBy = createdBy;
        household.updatedAt = now;
        return household;
    }

    /** The address was wrong: corrects it in place, without a move in the history. */
    public void correctAddress(Address corrected, long editedVersion, Instant now) {
        requireVersion(editedVersion);
        currentAddressPeriod().correct(corrected);
        this.address = corrected;
        this.updatedAt = now;
    }

    /** The household moved on that day: the current address period ends and a new one starts. */
    public void moveTo(Address newAddress, LocalDate movedOn, long editedVersion, LocalDate today, Instant now) {
        requireVersion(editedVersion);
        AddressPeriod current = currentAddressPeriod();
        if (movedOn.isAfter(today)) {
            throw new RuleViolationException("move-in-future", "Een verhuizing ligt niet in de toekomst");
        }
        if (!movedOn.isAfter(current.getValidFrom())) {
            throw new RuleViolationException("move-before-current",
                    "De verhuisdatum ligt na de ingangsdatum van het huidige adres (" + current.getValidFrom() + ")");
        }
        current.endOn(movedOn);
        addressHistory.add(0, new AddressPeriod(this, newAddress, movedOn));
        this.address = newAddress;
        this.updatedAt = now;
    }

    /** Someone joined the household (born, moved in); returns the new member. */
    public Member addMember(PersonDetails person, LocalDate joinedOn, long editedVersion, LocalDate today,
                            Instant now) {
        requireVersion(editedVersion);
        requireBornBy(person, today);
        if (joinedOn.isAfter(today) || joinedOn.isBefore(person.dateOfBirth())) {
            throw new RuleViolationException("joined-on", "De datum van toetreden ligt tussen geboorte en vandaag");
        }
        if (currentMembers(today).size() >= MAX_MEMBERS) {
            throw new RuleViolationException("household-size", "Een huishouden heeft hooguit " + MAX_MEMBERS + " leden");
        }
        String bsn = person.bsn() == null || person.bsn().isBlank() ? null : Bsn.normalise(person.bsn().trim());
        if (bsn != null && currentMembers(today).stream().anyMatch(m -> bsn.equals(m.getBsn()))) {
            throw bsnTwice();
        }
        Member member = new Member(Ids.newId(), this, members.size(), person, joinedOn);
        members.add(member);
        this.updatedAt = now;
        return member;
    }

    /** A member left the household (moved out, died); they stay on record with the date they left. */
    public Member memberLeft(UUID memberId, LocalDate leftOn, long editedVersion, LocalDate today, Instant now) {
        requireVersion(editedVersion);
        Member member = member(memberId);
        if (member.hasLeft()) {
            throw new RuleViolationException("member-already-left", "Dit lid heeft het huishouden al verlaten");
        }
        if (leftOn.isAfter(today) || leftOn.isBefore(member.getJoinedOn())) {
            throw new RuleViolationException("left-on", "De vertrekdatum ligt tussen toetreden en vandaag");
        }
        if (currentMembers(today).stream().noneMatch(m -> !m.getId().equals(memberId))) {
            throw new RuleViolationException("household-needs-member",
                    "Het laatste lid kan niet vertrekken: sluit in plaats daarvan de zaak af");
        }
        member.leave(leftOn);
        this.updatedAt = now;
        return member;
    }

    /** New phone, e-mail, language or role. */
    public Member changeMember(UUID memberId, MemberRole role, ContactDetails contact, long editedVersion,
                               Instant now) {
        requireVersion(editedVersion);
        Member member = member(memberId);
        member.changeRole(role);
        member.changeContact(contact);
        this.updatedAt = now;
        return member;
    }

    public Member member(UUID memberId) {
        return members.stream().filter(m -> m.getId().equals(memberId)).findFirst()
                .orElseThrow(() -> new nl.wijkregie.shared.NotFoundException("Lid", memberId));
    }

    public List<Member> currentMembers(LocalDate today) {
        return members.stream().filter(m -> m.isCurrentOn(today)).toList();
    }

    private AddressPeriod currentAddressPeriod() {
        return addressHistory.stream().filter(AddressPeriod::isCurrent).findFirst()
                .orElseThrow(() -> new IllegalStateException("household " + id + " has no current address"));
    }

    private static void requireBornBy(PersonDetails person, LocalDate today) {
        if (person.dateOfBirth().isAfter(today)) {
            throw new RuleViolationException("born-in-future", "Een geboortedatum ligt niet in de toekomst");
        }
    }

    private static RuleViolationException bsnTwice() {
        return new RuleViolationException("bsn-unique", "Hetzelfde BSN staat twee keer in dit huishouden");
    }

    private void requireVersion(long editedVersion) {
        if (editedVersion != version) {
            throw new StaleVersionException("Huishouden", id, editedVersion, version);
        }
    }

    private static String capitalise(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public Address getAddress() {
        return address;
    }

    public String getDisplayName() {
        return displayName;
    }

    public List<Member> getMembers() {
        return List.copyOf(members);
    }

    public List<AddressPeriod> getAddressHistory() {
        return List.copyOf(addressHistory);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
