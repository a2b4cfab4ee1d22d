package nl.wijkregie.casefile.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.shared.RuleViolationException;

/**
 * A note in a case's journal. Written once and never edited (a correction is a new note), so it carries no version.
 * A confidential note may be read by its author and by the case's current regisseur only — not by other
 * professionals, and not by the team lead either.
 */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    public static final int MAX_TEXT = 10_000;

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "author_id", nullable = false, updatable = false, length = 100)
    private String authorId;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(nullable = false, updatable = false, length = MAX_TEXT)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(length = 12, updatable = false)
    private CareDomain domain;

    @Column(nullable = false, updatable = false)
    private boolean confidential;

    @ElementCollection
    @CollectionTable(name = "journal_entry_member", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "member_id")
    private Set<UUID> memberIds = new LinkedHashSet<>();

    protected JournalEntry() {
    }

    public static JournalEntry write(CaseFile caseFile, String authorId, String text, CareDomain domain,
                                     Set<UUID> memberIds, Set<UUID> householdMembers, boolean confidential,
                                     Instant now) {
        if (!caseFile.getStatus().isOpen()) {
            throw new RuleViolationException("case-closed", "De zaak is afgesloten: er komen geen notities meer bij");
        }
        if (!householdMembers.containsAll(memberIds)) {
            throw new RuleViolationException("member-not-in-household", "Deze notitie noemt iemand buiten het huishouden");
        }
        JournalEntry entry = new JournalEntry();
        entry.id = Ids.newId();
        entry.caseId = caseFile.getId();
        entry.authorId = authorId;
        entry.writtenAt = now.truncatedTo(ChronoUnit.MICROS);
        entry.text = text.strip();
        entry.domain = domain;
        entry.confidential = confidential;
        entry.memberIds.addAll(memberIds);
        return entry;
    }

    /** Whether the user may read this note, given who is regisseur of its case now. */
    public boolean isReadableBy(String userId, String currentRegisseur) {
        return !confidential || authorId.equals(userId) || userId.equals(currentRegisseur);
    }

    public UUID getId() {
        return id;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public String getAuthorId() {
        return authorId;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }

    public CareDomain getDomain() {
        return domain;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public Set<UUID> getMemberIds() {
        return Set.copyOf(memberIds);
    }
}
