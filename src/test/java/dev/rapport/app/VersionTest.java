package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The version the app shows is the pom's, in a form every installer accepts (decision 0010). */
class VersionTest {
    @Test
    void theVersionComesFromThePomAndIsOneJpackageTakesOnEveryOs() {
        String version = Version.current();

        // "dev" would mean the filtered version.properties is missing from the build
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        // jpackage on macOS rejects a first number of 0 (CFBundleVersion)
        assertThat(version).doesNotStartWith("0.");
    }
}
