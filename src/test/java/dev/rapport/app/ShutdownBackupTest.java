package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logging out or shutting down sends SIGTERM, not a window close: Rapport still backs up and closes. */
class ShutdownBackupTest {
    @TempDir
    Path dataDir;

    @Test
    void sigtermBacksUpAndClosesTheOpenFolder() throws Exception {
        Process child = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Drapport.test=true", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), ShutdownChild.class.getName(), dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("READY");
        }
        child.destroy(); // SIGTERM on Linux and macOS
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        try (AppContext after = AppContext.open(dataDir, Clock.systemUTC())) {
            assertThat(after.accounts().count()).isEqualTo(1);
            assertThat(after.backups().list()).singleElement().satisfies(b -> assertThat(b.accounts()).isEqualTo(1));
        }
    }
}
