package nl.wijkregie.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What happens to a case file, as typed facts fired as CDI events inside the transaction of the change (synchronous
 * observers: they commit or roll back with it). The timeline is one observer that renders a Dutch sentence; the
 * outcome monitoring and the access overview are others. Events carry ids, codes (enum names of the case file's
 * domain: status, closing reason, care domains) and user ids, never free text or person records: an observer that
 * needs more reads it in the same transaction. {@code actorId} is the user who made the change ({@code null} when
 * the system did).
 */
public final class CaseFileEvents {

    private CaseFileEvents() {
    }

    /** A case was opened (an aanmelding, a reopening or help after an early signal); it starts AANGEMELD. */
    public record CaseOpened(UUID caseId, UUID householdId, UUID teamId, List<String> domains, String regisseurId,
                             Instant openedAt, String actorId) {
    }

    /**
     * The case moved to another phase or was closed; {@code closingReason} is set only when {@code to} is
     * AFGESLOTEN (then a {@link CaseClosed} follows in the same transaction). The deadline before and after
     * ({@code null}: none) tells whether it moved; a reason written for the change stays in the case file
     * ({@code CaseFile.getStatusReason}).
     */
    public record StatusChanged(UUID caseId, UUID householdId, UUID teamId, String from, String to,
                                String closingReason, Instant at, String actorId, LocalDate previousDueOn,
                                LocalDate dueOn) {
    }

    /**
     * A case was closed: what the outcome monitoring counts. Whether an outcome summary was written is a fact; its
     * text stays in the case file.
     */
    public record CaseClosed(UUID caseId, UUID householdId, UUID teamId, String closingReason, List<String> domains,
                             boolean outcomeSummaryPresent, Instant openedAt, Instant closedAt, String actorId) {
    }

    /** The care domains the case involves now (codes in the domain's order, no duplicates; empty: none). */
    public record DomainsChanged(UUID caseId, UUID householdId, UUID teamId, List<String> domains, Instant at,
                                 String actorId) {
    }

    /** The regisseur of the case changed (either may be {@code null}: none). */
    public record RegisseurAssigned(UUID caseId, UUID householdId, UUID teamId, String previousRegisseurId,
                                    String regisseurId, Instant at, String actorId) {
    }

    /** A journal note was written; its text never leaves the journal. {@code domain} may be {@code null}. */
    public record JournalEntryAdded(UUID caseId, UUID householdId, UUID entryId, String domain, boolean confidential,
                                    Instant at, String actorId) {
    }

    /** A member gave consent to share (decision GIVEN) or objected (OBJECTED); recipient kind DOMAIN/ORGANISATION. */
    public record ConsentRecorded(UUID caseId, UUID householdId, UUID consentId, UUID memberId, String decision,
                                  String recipientKind, Instant at, String actorId) {
    }

    public record ConsentWithdrawn(UUID caseId, UUID householdId, UUID consentId, UUID memberId,
                                   String recipientKind, Instant at, String actorId) {
    }

    /**
     * Debt help started after an early signal: the case got the SCHULDEN domain. The source names the module and
     * record it came from (the signal case), so what is derived from it can be traced and erased with it.
     */
    public record DebtHelpStarted(UUID caseId, UUID householdId, UUID teamId, String sourceModule, UUID sourceId,
                                  Instant at, String actorId) {
    }
}
