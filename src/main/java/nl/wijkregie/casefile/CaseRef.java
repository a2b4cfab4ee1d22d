package nl.wijkregie.casefile;

import java.util.UUID;

/**
 * A case as modules that keep their own data on it (the assessment) need it: whose household, which team, whether it
 * is still open. No content, so handing one out is not logged; the module that uses it logs its own access.
 */
public record CaseRef(UUID caseId, UUID householdId, UUID teamId, boolean open) {
}
