package nl.wijkregie.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The public REST API; every resource lives under /api/v1. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Wijkregie API", version = "1",
                description = "Case management for sociaal wijkteams. Errors are RFC 9457 application/problem+json.",
                license = @License(name = "EUPL-1.2")),
        servers = @Server(url = "/"),
        security = {@SecurityRequirement(name = "session"), @SecurityRequirement(name = "basic")})
@SecurityScheme(securitySchemeName = "session", type = SecuritySchemeType.APIKEY,
        apiKeyName = "LtpaToken2", in = org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn.COOKIE)
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class WijkregieApi extends Application {
}
