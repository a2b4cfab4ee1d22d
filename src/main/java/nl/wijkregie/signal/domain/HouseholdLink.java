package nl.wijkregie.signal.domain;

import java.util.UUID;

/**
 * The known household a signal case belongs to, its open case file and regisseur (if any), and the team that
 * serves it: signals of a household with an open case go to its regisseur.
 */
public record HouseholdLink(UUID householdId, UUID teamId, String wijkCode, UUID caseFileId, String regisseurId) {
}
