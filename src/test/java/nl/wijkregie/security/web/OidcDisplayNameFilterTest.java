package nl.wijkregie.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OidcDisplayNameFilterTest {

    @Test
    void withoutLibertysOidcClientThereIsNoClaimAndNothingFails() {
        assertThat(OidcDisplayNameFilter.idTokenClaim("name")).isNull();
    }
}
