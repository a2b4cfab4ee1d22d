package nl.wijkregie.archfixture.workflow.rest;

import nl.wijkregie.archfixture.shared.Devtools;

/** A devtools endpoint in its feature module, as workflow.rest.WorkflowDevtoolsResource was. */
public class WorkflowDevtoolsResource {

    Devtools devtools;

    public void cleanUpHistory() {
        devtools.requireEnabled();
    }
}
