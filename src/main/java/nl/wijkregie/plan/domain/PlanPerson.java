package nl.wijkregie.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.shared.InvalidFieldException;

/**
 * A person the plan names: a household member (by id), a professional of the team (by login name, shown by display
 * name), a network person (name and relation, typed in — the network has no account) or a provider (its name).
 */
@Embeddable
public class PlanPerson {

    public static final int MAX_NAME = 200;
    public static final int MAX_RELATION = 100;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_kind", nullable = false, length = 12)
    private PersonKind kind;

    @Column(name = "person_member_id")
    private UUID memberId;

    @Column(name = "person_user_id", length = 100)
    private String userId;

    @Column(name = "person_name", length = MAX_NAME)
    private String name;

    @Column(name = "person_relation", length = MAX_RELATION)
    private String relation;

    protected PlanPerson() {
    }

    private PlanPerson(PersonKind kind, UUID memberId, String userId, String name, String relation) {
        this.kind = kind;
        this.memberId = memberId;
        this.userId = userId;
        this.name = name;
        this.relation = relation;
    }

    /**
     * Checks the person against the household and the team; {@code field} names the JSON field at fault. Only the
     * parts that belong to the kind are kept.
     */
    public static PlanPerson of(PersonKind kind, UUID memberId, String userId, String name, String relation,
                                Set<UUID> members, Set<String> teamMembers, String field) {
        if (kind == null) {
            throw new InvalidFieldException(field + ".kind", "Kies wie het is");
        }
        return switch (kind) {
            case MEMBER -> {
                if (memberId == null || !members.contains(memberId)) {
                    throw new InvalidFieldException(field + ".memberId", "Dit lid hoort niet bij het huishouden");
                }
                yield new PlanPerson(kind, memberId, null, null, null);
            }
            case PROFESSIONAL -> {
                if (userId == null || !teamMembers.contains(userId)) {
                    throw new InvalidFieldException(field + ".userId", "Kies een professional van het team");
                }
                yield new PlanPerson(kind, null, userId, null, null);
            }
            case NETWORK -> new PlanPerson(kind, null, null, required(name, MAX_NAME, field + ".name", "de naam"),
                    required(relation, MAX_RELATION, field + ".relation", "de relatie"));
            case PROVIDER -> new PlanPerson(kind, null, null,
                    required(name, MAX_NAME, field + ".name", "de naam van de aanbieder"), null);
        };
    }

    private static String required(String value, int max, String field, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "Vul " + what + " in");
        }
        if (value.strip().length() > max) {
            throw new InvalidFieldException(field, "Hooguit " + max + " tekens");
        }
        return value.strip();
    }

    /** The same person, for the differences between versions. */
    public boolean sameAs(PlanPerson other) {
        return other != null && kind == other.kind && Objects.equals(memberId, other.memberId)
                && Objects.equals(userId, other.userId) && Objects.equals(name, other.name)
                && Objects.equals(relation, other.relation);
    }

    public PersonKind getKind() {
        return kind;
    }

    public UUID getMemberId() {
        return memberId;
    }

    public String getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getRelation() {
        return relation;
    }
}
