package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import dev.rapport.testutil.TinyDisk;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/**
 * The log as installed: into logs/rapport.log, and to stderr, message and stack trace whole,
 * whatever the file cannot take (a logs folder that cannot be made, a full disk).
 */
class LogSetupTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream realErr;
    private final LoggerContext context = new LoggerContext();

    @BeforeEach
    void captureStderr() {
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as SLF4J gives the app's
        realErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        context.stop();
        System.setErr(realErr);
    }

    private String stderr() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private static String event(int i) {
        return "event " + i + System.lineSeparator();
    }

    private static IllegalStateException failure() {
        return new IllegalStateException("backup failed", new java.io.IOException("No space left on device"));
    }

    @Test
    void aWritableFolderGetsTheLogAndStderrStaysClean() throws Exception {
        Path logs = tmp.resolve("logs");
        LogSetup.configure(context, logs);
        context.getLogger("dev.rapport.Test").error("command failed", failure());

        assertThat(stderr()).isEmpty();
        assertThat(Files.readString(logs.resolve("rapport.log"))).contains("ERROR [", "command failed",
                "java.lang.IllegalStateException: backup failed", "Caused by: java.io.IOException: No space left on device");
    }

    @Test
    void aLogsFolderThatCannotBeMadeSendsEveryEventToStderrWhole() throws Exception {
        Path logs = tmp.resolve("logs");
        Files.writeString(logs, "a file where the logs folder should be");
        LogSetup.configure(context, logs);
        Logger log = context.getLogger("dev.rapport.Test");

        log.info("opened {}", "folder");
        log.error("command failed", failure());

        assertThat(stderr()).contains("INFO  [", "opened folder", "ERROR [", "command failed",
                "java.lang.IllegalStateException: backup failed", "Caused by: java.io.IOException: No space left on device")
                .containsPattern("\tat dev\\.rapport\\.app\\.LogSetupTest\\.failure");
    }

    @Test
    void onAFullDiskWhatTheFileCannotTakeGoesToStderrAndNothingIsLost() throws Exception {
        try (TinyDisk disk = TinyDisk.mount(tmp, "2M")) {
            Path logs = disk.root().resolve("logs");
            LogSetup.configure(context, logs);
            Logger log = context.getLogger("dev.rapport.Test");
            log.info("before the disk was full");
            disk.fill();

            log.error("command failed", failure());

            assertThat(stderr()).doesNotContain("before the disk was full").contains("ERROR [", "command failed",
                    "java.lang.IllegalStateException: backup failed",
                    "Caused by: java.io.IOException: No space left on device")
                    .containsPattern("\tat dev\\.rapport\\.app\\.LogSetupTest\\.failure");
            String file = Files.readString(logs.resolve("rapport.log"));
            assertThat(file).contains("before the disk was full");

            // room again: the file takes events again (after logback's back-off), and none is lost meanwhile
            disk.free();
            int logged = 0;
            while (logged < 50 && !Files.readString(logs.resolve("rapport.log")).contains(event(logged - 1))) {
                log.info("event {}", logged++);
                Thread.sleep(100);
            }
            String after = Files.readString(logs.resolve("rapport.log"));
            assertThat(after).as("the file recovered").contains(event(logged - 1));
            for (int i = 0; i < logged; i++) {
                assertThat(after.contains(event(i)) || stderr().contains(event(i))).as("event %d kept", i).isTrue();
            }
        }
    }
}
