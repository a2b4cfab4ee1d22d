package nl.wijkregie.casefile;

import nl.wijkregie.casefile.domain.CaseFile;
import nl.wijkregie.household.HouseholdView;

/** A case with the household it is about, as the case page shows it. */
public record CaseFileDetails(CaseFile caseFile, HouseholdView household, boolean overdue) {
}
