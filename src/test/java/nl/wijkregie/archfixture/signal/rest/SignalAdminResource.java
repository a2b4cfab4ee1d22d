package nl.wijkregie.archfixture.signal.rest;

import nl.wijkregie.archfixture.shared.Devtools;

/** The named exception (import-crash): checks the switch outside devtools and must not be reported. */
public class SignalAdminResource {

    Devtools devtools;

    public void armCrash() {
        devtools.requireEnabled();
    }
}
