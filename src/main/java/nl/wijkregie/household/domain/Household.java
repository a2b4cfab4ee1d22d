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
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.shared.StaleVersionException;

/**
 * A household: the people who live together at one address and get one integrated approach. The aggregate root of
 * its members; owned by one wijkteam, which scopes who may see it. Keeps its own invariants: at least one member, no
 * BSN twice, no member born in the future.
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
            if (person.dateOfBirth().isAfter(today)) {
                throw new RuleViolationException("born-in-future", "Een geboortedatum ligt niet in de toekomst");
            }
            if (person.bsn() != null && !person.bsn().isBlank() && !bsns.add(Bsn.normalise(person.bsn().trim()))) {
                throw new RuleViolationException("bsn-unique", "Hetzelfde BSN staat twee keer in dit huishouden");
            }
        }
        Household household = new Household();
        household.id = UUID.randomUUID();
        household.teamId = teamId;
        household.address = address;
        for (PersonDetails person : people) {
            household.members.add(new Member(UUID.randomUUID(), household, household.members.size(), person));
        }
        household.displayName = "Huishouden " + capitalise(household.members.get(0).fullSurname());
        household.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        household.createdBy = createdBy;
        household.updatedAt = now;
        return household;
    }

    /** The household moved, or its address was corrected; refuses an edit of an older version. */
    public void changeAddress(Address newAddress, long editedVersion, Instant now) {
        requireVersion(editedVersion);
        this.address = newAddress;
        this.updatedAt = now;
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

    public Instant getCreatedAt() {
        return createdAt;
    }
}
