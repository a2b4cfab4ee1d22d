package nl.wijkregie.archfixture.devtools.rest;

import nl.wijkregie.archfixture.shared.Devtools;

/** Where a devtools endpoint belongs: not reported. */
public class JvmResource {

    Devtools devtools;

    public void get() {
        devtools.requireEnabled();
    }
}
