package nl.wijkregie.archfixture.signal.rest;

import nl.wijkregie.archfixture.shared.Devtools;

/** A feature resource that checks the devtools switch itself (as the import-crash switch once did): reported. */
public class SignalAdminResource {

    Devtools devtools;

    public void armCrash() {
        devtools.requireEnabled();
    }
}
