package nl.wijkregie.archfixture.shared.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import nl.wijkregie.archfixture.security.Roles;
import nl.wijkregie.archfixture.shared.Devtools;

/**
 * A devtools endpoint in shared, as shared.rest.ClockResource was: its role is security's constant, inlined, so
 * only sharedDeclaresNoEndpoints sees the back-edge shared → security; and it checks the switch outside devtools.
 */
@Path("/v1/devtools/clock")
public class ClockResource {

    Devtools devtools;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public String now() {
        devtools.requireEnabled();
        return "now";
    }
}
