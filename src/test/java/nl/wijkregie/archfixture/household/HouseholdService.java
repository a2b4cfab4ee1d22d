package nl.wijkregie.archfixture.household;

import nl.wijkregie.archfixture.casefile.CaseFileService;

/** household → casefile: closes a cycle with CaseFileService. */
public class HouseholdService {

    CaseFileService caseFiles;

    public void touch() {
        caseFiles.hashCode();
    }
}
