package nl.wijkregie.archfixture.casefile;

import nl.wijkregie.archfixture.household.HouseholdService;

/** casefile → household, and back (see HouseholdService): a cycle the rule must report. */
public class CaseFileService {

    HouseholdService households;

    public void startDebtHelp() {
        households.touch();
    }
}
