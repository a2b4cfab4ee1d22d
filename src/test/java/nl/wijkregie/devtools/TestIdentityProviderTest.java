package nl.wijkregie.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JDK the tests' Keycloak runs on: read from the JDK's own release file. */
class TestIdentityProviderTest {

    @TempDir
    Path jdk;

    @Test
    void readsTheFeatureVersionOfAJdk() throws Exception {
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");

        assertThat(TestIdentityProvider.featureVersion(jdk)).isEqualTo(25);
    }

    @Test
    void anOldOrMissingReleaseFileIsNoCandidate() throws Exception {
        assertThat(TestIdentityProvider.featureVersion(jdk)).isZero();
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"1.8.0_402\"\n");
        assertThat(TestIdentityProvider.featureVersion(jdk)).isEqualTo(8);
    }
}
