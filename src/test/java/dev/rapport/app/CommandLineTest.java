package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.ExitCodes;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapport} as a rep types it: in this JVM where that is honest, in a child JVM where not. */
class CommandLineTest {
    @TempDir
    Path dataDir;

    @Test
    void demoFillsTheDataFolderWithoutAWindow() {
        int code = Main.run(new String[] {"--data-dir", dataDir.toString(), "demo", "--accounts", "12", "--contacts", "30"},
                Map.of());
        assertThat(code).isEqualTo(ExitCodes.OK);
        try (Database db = Database.open(dataDir)) {
            assertThat(new AccountRepository(db, Clock.systemUTC()).countActive()).isEqualTo(12);
        }
    }

    @Test
    void theDataFolderComesFromTheEnvironmentWhenNoOptionIsGiven() {
        int code = Main.run(new String[] {"demo", "--accounts", "3", "--contacts", "3"},
                Map.of("RAPPORT_DATA_DIR", dataDir.toString()));
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(dataDir.resolve("rapport.mv.db")).exists();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        int code = Main.run(new String[] {"--data-dir", dataDir.toString(), "demo", "--acounts", "3"}, Map.of());
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(dataDir.resolve("rapport.mv.db")).doesNotExist();
    }

    @Test
    void helpListsTheCommandsAndNeverStartsTheToolkitEvenWithoutADisplay() throws Exception {
        Child child = runChild(List.of("--help"));
        assertThat(child.code).isZero();
        assertThat(child.out).contains("demo").contains("--data-dir");
        assertThat(child.err).doesNotContain("javafx").doesNotContain("Exception");
    }

    @Test
    void versionPrintsTheVersion() throws Exception {
        Child child = runChild(List.of("--version"));
        assertThat(child.code).isZero();
        assertThat(child.out.strip()).isEqualTo("Rapport " + Version.current());
    }

    @Test
    void aSecondRapportOnTheSameFolderSaysSoAndExitsCleanly() throws Exception {
        try (Database held = Database.open(dataDir)) {
            Child english = runChild(List.of("--data-dir", dataDir.toString(), "demo"));
            assertThat(english.code).isEqualTo(ExitCodes.ALREADY_OPEN);
            assertThat(english.err).contains("Rapport is already open with this data folder");
            assertThat(english.err).doesNotContain("Exception");

            Files.writeString(dataDir.resolve("preferences.properties"), "language=zh-CN\n");
            Child chinese = runChild(List.of("--data-dir", dataDir.toString(), "demo"));
            assertThat(chinese.code).isEqualTo(ExitCodes.ALREADY_OPEN);
            assertThat(chinese.err).contains(AppContext.messagesFor(dataDir).get("error.alreadyOpen"));
            assertThat(chinese.err).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void aDeletedLockFileUnderARunningRapportIsReportedAsAlreadyOpenNeverAsDamage() throws Exception {
        Path gun = Files.createTempDirectory(dataDir.getParent(), "gun").resolve("go");
        Files.writeString(gun, "go");
        Process holder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Drapport.test=true", "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                dev.rapport.store.LockChild.class.getName(), dataDir.toString(), gun.toString(), "60000")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            java.io.BufferedReader said = new java.io.BufferedReader(
                    new java.io.InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("READY");
            assertThat(said.readLine()).isEqualTo("OPEN");
            Files.delete(dataDir.resolve(dev.rapport.store.DataFolderLock.FILE_NAME));

            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            picocli.CommandLine cli = Main.commandLine(new RapportCommand(Map.of()));
            cli.setOut(new java.io.PrintWriter(out, true));
            cli.setErr(new java.io.PrintWriter(err, true));
            int code = cli.execute("--data-dir", dataDir.toString(), "today");

            assertThat(code).isEqualTo(ExitCodes.ALREADY_OPEN);
            assertThat(err.toString()).isEqualTo("Rapport is already open with this data folder." + System.lineSeparator());
            assertThat(out.toString()).isEmpty();
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void asInstalledTheCommandLogsToTheDataFolderAndPrintsOnlyItsAnswer() throws Exception {
        Child child = runChild(List.of("--data-dir", dataDir.toString(), "demo", "--accounts", "3", "--contacts", "5"), false);
        assertThat(child.code).isZero();
        assertThat(child.out.strip().lines()).hasSize(1);
        assertThat(child.err).isEmpty();
        Path log = dataDir.resolve("logs").resolve("rapport.log");
        assertThat(log).exists();
        String logged = Files.readString(log);
        assertThat(logged).doesNotContain("Using H2 2.4.240 which is newer");
        // what the log may hold is ids, never the customers' names (issue 7: nothing readable leaks)
        try (AppContext ctx = AppContext.open(dataDir, Clock.systemUTC())) {
            assertThat(ctx.accounts().list()).isNotEmpty().allSatisfy(item ->
                    assertThat(logged).doesNotContain(item.account().name()));
            assertThat(ctx.contacts().list()).isNotEmpty().allSatisfy(item ->
                    assertThat(logged).doesNotContain(item.contact().name()));
        }
    }

    @Test
    void onlyAPlainStartOrADataFolderGoesStraightToTheWindow() {
        Map<String, String> env = Map.of("RAPPORT_DATA_DIR", dataDir.toString());
        assertThat(Main.windowOnly(new String[0], env)).contains(dataDir);
        assertThat(Main.windowOnly(new String[] {"--data-dir", "/tmp/客户"}, env)).contains(Path.of("/tmp/客户"));
        assertThat(Main.windowOnly(new String[] {"--data-dir=/tmp/x"}, env)).contains(Path.of("/tmp/x"));
        assertThat(Main.windowOnly(new String[] {"--data-dir"}, env)).isEmpty();
        assertThat(Main.windowOnly(new String[] {"--data-dir", "--help"}, env)).isEmpty();
        assertThat(Main.windowOnly(new String[] {"demo"}, env)).isEmpty();
        assertThat(Main.windowOnly(new String[] {"--version"}, env)).isEmpty();
        assertThat(Main.windowOnly(new String[] {"--data-dir", "/tmp/x", "backup"}, env)).isEmpty();
    }

    private record Child(int code, String out, String err) {
    }

    /** Starts {@code rapport} in a fresh JVM with no display and no headless toolkit configured. */
    private static Child runChild(List<String> args) throws IOException, InterruptedException {
        return runChild(args, true);
    }

    /** ...as a test (console logging from logback-test.xml) or as installed (the app's own logging). */
    private static Child runChild(List<String> args, boolean asTest) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(asTest ? "-Drapport.test=true" : "-Drapport.asInstalled=true", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().remove("RAPPORT_DATA_DIR");
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = new Thread(() -> {
            try {
                p.getErrorStream().transferTo(err);
            } catch (IOException ignored) {
                // the child is gone; what it wrote so far is all there is
            }
        });
        errReader.start();
        p.getInputStream().transferTo(out);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("rapport " + args + " did not finish");
        }
        errReader.join();
        return new Child(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
