package nl.wijkregie.archfixture.household.domain;

import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** An entity (JPA mapping is allowed) that also uses injection and JAX-RS (not allowed in domain). */
@Entity
public class Household {

    @Id
    UUID id;

    @Inject
    Object injected;

    public Response asResponse() {
        return Response.ok(id).build();
    }
}
