package nl.wijkregie.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One row of a caseload list: enough to pick the case, with no member details. */
public record CaseSummary(UUID id, UUID householdId, String householdName, String wijkCode, UUID teamId,
                          String status, String regisseurId, LocalDate dueOn, boolean overdue, Instant openedAt,
                          List<String> domains, String caseNumber, String regisseurName) {
}
