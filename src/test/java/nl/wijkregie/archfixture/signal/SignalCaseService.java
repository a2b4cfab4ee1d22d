package nl.wijkregie.archfixture.signal;

import nl.wijkregie.archfixture.casefile.CaseFileService;

/** signal → casefile, as the real signal module starts debt help on the case file. */
public class SignalCaseService {

    CaseFileService caseFiles;

    public void startDebtHelp() {
        caseFiles.startDebtHelp();
    }
}
