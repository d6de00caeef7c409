package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.ExitCodes;
import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.TinyDisk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A full disk and a read-only folder under the commands, on a real (tiny, loop-mounted) file
 * system: each says what failed, that nothing saved before is lost and what to free or fix,
 * naming the folder (and the space left), exits 1, and everything saved before is still there.
 * Needs root and mount; skipped elsewhere.
 */
class StorageFaultCommandsTest {
    private static final String NL = System.lineSeparator();
    private static final List<String> SEEDED = List.of("华为技术", "Siemens AG");

    @TempDir
    Path tmp;

    private TinyDisk disk;

    @BeforeEach
    void mount() {
        disk = TinyDisk.mount(tmp, "16M");
    }

    @AfterEach
    void unmount() {
        if (disk != null) {
            disk.close();
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(new RapportCommand(Map.of()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private static void seed(Path data) {
        try (AppContext app = AppContext.open(data, Clock.systemDefaultZone())) {
            SEEDED.forEach(name -> app.accounts().save(Account.named(name)));
            long huawei = app.accounts().list().stream().map(AccountListItem::account)
                    .filter(a -> a.name().equals("华为技术")).findFirst().orElseThrow().id();
            app.contacts().save(dev.rapport.domain.Contact.named("王建国", huawei));
        }
    }

    private static List<String> accounts(Path data) {
        try (AppContext app = AppContext.open(data, Clock.systemDefaultZone())) {
            return app.accounts().list().stream().map(AccountListItem::account).map(Account::name).toList();
        }
    }

    private static final Messages ENGLISH = new Messages(java.util.Locale.ENGLISH);

    /** What a command says on a full disk, exactly, but for the space left (which it reads when it fails). */
    private static Pattern full(String command, Path folder) {
        String text = ENGLISH.get("safety.cli.notFinished", command) + NL
                + ENGLISH.get("safety.fault.full", folder.toString(), "\u0000") + NL;
        return Pattern.compile(Pattern.quote(text).replace("\u0000", "\\E\\d+ KB\\Q"));
    }

    private static String readOnly(String command, Path folder) {
        return ENGLISH.get("safety.cli.notFinished", command) + NL + ENGLISH.get("safety.fault.readOnly", folder.toString())
                + NL;
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theMessageSaysWhatFailedWhichDiskIsFullHowMuchIsLeftAndThatNothingIsLost() throws Exception {
        Path data = disk.root().resolve("data");
        seed(data);
        disk.fill();

        Result demo = run("--data-dir", data.toString(), "demo", "--accounts", "40", "--contacts", "120");

        assertThat(demo.code).isEqualTo(ExitCodes.FAILED);
        assertThat(demo.out).isEmpty();
        assertThat(demo.err).matches(Pattern.quote("rapport demo did not finish." + NL + "The disk that holds " + data
                + " is full (") + "\\d+ KB" + Pattern.quote(" free). Nothing saved before is lost. Free some space on"
                + " that disk (empty the trash, move or delete large files you no longer need), then try again." + NL));
        disk.free();
        assertThat(accounts(data)).containsAll(SEEDED);
    }

    @Test
    void importOnAFullDiskSaysSoAndSavesNothing() throws Exception {
        Path data = disk.root().resolve("data");
        seed(data);
        Path csv = tmp.resolve("people.csv");
        StringBuilder rows = new StringBuilder("Company,First Name,Last Name\n");
        for (int i = 0; i < 200; i++) {
            rows.append("Anna Müller GmbH ").append(i).append(",Anna,Müller\n");
        }
        Files.writeString(csv, rows);
        disk.fill();

        Result imported = run("--data-dir", data.toString(), "import", csv.toString());

        assertThat(imported.code).isEqualTo(ExitCodes.FAILED);
        assertThat(imported.err).matches(full("rapport import", data));
        disk.free();
        assertThat(accounts(data)).containsExactlyInAnyOrderElementsOf(SEEDED);
    }

    @Test
    void aBackupOnAFullDiskSaysTheDiskIsFullNotThatTheBackupIsDamaged() throws Exception {
        Path data = tmp.resolve("data");
        seed(data);
        assertThat(run("--data-dir", data.toString(), "demo", "--accounts", "60", "--contacts", "180").code)
                .isEqualTo(ExitCodes.OK);
        Path probe = tmp.resolve("probe.zip");
        assertThat(run("--data-dir", data.toString(), "backup", "--out", probe.toString()).code).isEqualTo(ExitCodes.OK);
        long zip = Files.size(probe);
        // room for H2's copy of the database, not for the zip that adds the backup's record to it
        disk.fillLeaving(zip + zip / 4);
        Path target = disk.root().resolve("backup.zip");

        Result backup = run("--data-dir", data.toString(), "backup", "--out", target.toString());

        assertThat(backup.code).isEqualTo(ExitCodes.FAILED);
        assertThat(backup.err).doesNotContain("damaged").matches(full("rapport backup", disk.root()));
        assertThat(names(disk.root())).as("no half-made backup is left").containsExactlyInAnyOrder("filler",
                "lost+found");
        assertThat(accounts(data)).containsAll(SEEDED).hasSize(62);
    }

    @Test
    void aBackupIntoTheDataFoldersFullDiskNamesTheBackupFolderAndLeavesNoHalfCopy() throws Exception {
        Path data = disk.root().resolve("data");
        seed(data);
        assertThat(run("--data-dir", data.toString(), "demo", "--accounts", "60", "--contacts", "180").code)
                .isEqualTo(ExitCodes.OK);
        // room to open the database, not for H2's copy of it
        Path probe = tmp.resolve("probe.zip");
        assertThat(run("--data-dir", data.toString(), "backup", "--out", probe.toString()).code).isEqualTo(ExitCodes.OK);
        disk.fillLeaving(Files.size(probe) * 3 / 4);

        Result backup = run("--data-dir", data.toString(), "backup");

        assertThat(backup.code).isEqualTo(ExitCodes.FAILED);
        assertThat(backup.err).matches(full("rapport backup", data.resolve("backups")));
        assertThat(names(data.resolve("backups"))).isEmpty();
        disk.free();
        assertThat(accounts(data)).containsAll(SEEDED).hasSize(62);
    }

    @Test
    void aBackupWhoseCheckedCopyDoesNotFitNamesTheDataFolderNotAStagingFolderInIt() throws Exception {
        Path data = disk.root().resolve("data");
        seed(data);
        assertThat(run("--data-dir", data.toString(), "demo", "--accounts", "60", "--contacts", "180").code)
                .isEqualTo(ExitCodes.OK);
        Path probe = tmp.resolve("probe.zip");
        assertThat(run("--data-dir", data.toString(), "backup", "--out", probe.toString()).code).isEqualTo(ExitCodes.OK);
        // room for H2's copy in a zip, not for the database unpacked from it to be checked
        disk.fillLeaving(Files.size(probe) + Files.size(probe) / 2);

        Result backup = run("--data-dir", data.toString(), "backup");

        assertThat(backup.code).isEqualTo(ExitCodes.FAILED);
        assertThat(backup.err).doesNotContain(".staging").matches(full("rapport backup", data));
        disk.free();
        assertThat(accounts(data)).containsAll(SEEDED).hasSize(62);
    }

    @Test
    void exportsToAFullDiskSaySoAndLeaveNoHalfFile() throws Exception {
        Path data = tmp.resolve("data");
        seed(data);
        disk.fill();
        Path out = disk.root();

        Result csv = run("--data-dir", data.toString(), "export", "csv", "accounts", "--out",
                out.resolve("accounts.csv").toString());
        assertThat(csv.code).isEqualTo(ExitCodes.FAILED);
        assertThat(csv.err).matches(full("rapport export csv", out));

        Result pdf = run("--data-dir", data.toString(), "export", "pdf", "--account", "华为技术", "--out",
                out.resolve("huawei.pdf").toString());
        assertThat(pdf.code).isEqualTo(ExitCodes.FAILED);
        assertThat(pdf.err).matches(full("rapport export pdf", out));

        Result all = run("--data-dir", data.toString(), "export", "pdf", "--all", "--out", out.resolve("pdfs").toString());
        assertThat(all.code).isEqualTo(ExitCodes.FAILED);
        assertThat(all.err).matches(full("rapport export pdf", out.resolve("pdfs")));

        Result script = run("--data-dir", data.toString(), "export-db", out.resolve("rapport.zip").toString());
        assertThat(script.code).isEqualTo(ExitCodes.FAILED);
        assertThat(script.err).matches(full("rapport export-db", out));

        for (List<String> command : List.of(List.of("export", "vcf", "--out", out.resolve("people.vcf").toString()),
                List.of("export", "ics", "--out", out.resolve("dates.ics").toString()),
                List.of("plan", "export", "--year", "2026", "--out", out.resolve("plans.csv").toString()))) {
            List<String> args = new ArrayList<>(List.of("--data-dir", data.toString()));
            args.addAll(command);
            Result r = run(args.toArray(String[]::new));
            String name = "rapport " + command.get(0) + " " + command.get(1);
            assertThat(r.code).as(name).isEqualTo(ExitCodes.FAILED);
            assertThat(r.err).as(name).matches(full(name, out));
        }

        assertThat(names(out)).containsExactlyInAnyOrder("filler", "lost+found");
        assertThat(accounts(data)).containsExactlyInAnyOrderElementsOf(SEEDED);
    }

    @Test
    void aRestoreIntoAFullFolderSaysSoAndLeavesTheDatabaseAsItWas() throws Exception {
        Path data = disk.root().resolve("data");
        seed(data);
        Path zip = tmp.resolve("backup.zip");
        assertThat(run("--data-dir", data.toString(), "backup", "--out", zip.toString()).code).isEqualTo(ExitCodes.OK);
        try (AppContext app = AppContext.open(data, Clock.systemDefaultZone())) {
            app.accounts().save(Account.named("Anna Müller GmbH")); // saved after the backup: a restore would drop it
        }
        byte[] before = Files.readAllBytes(data.resolve("rapport.mv.db"));
        disk.fill();

        Result restore = run("--data-dir", data.toString(), "restore", zip.toString());

        assertThat(restore.code).isEqualTo(ExitCodes.FAILED);
        assertThat(restore.err).matches(full("rapport restore", data)); // the checked copy is unpacked in the data folder first
        assertThat(Files.readAllBytes(data.resolve("rapport.mv.db"))).isEqualTo(before);
        disk.free();
        assertThat(accounts(data)).containsExactlyInAnyOrder("华为技术", "Siemens AG", "Anna Müller GmbH");
    }

    @Test
    void importDbIntoAFolderOnAFullDiskSaysSoAndLeavesNoDatabase() throws Exception {
        Path source = tmp.resolve("source");
        seed(source);
        Path script = tmp.resolve("rapport-export.zip");
        assertThat(run("--data-dir", source.toString(), "export-db", script.toString()).code).isEqualTo(ExitCodes.OK);
        Path data = disk.root().resolve("data");
        Files.createDirectories(data);
        disk.fill();

        Result imported = run("--data-dir", data.toString(), "import-db", script.toString());

        assertThat(imported.code).isEqualTo(ExitCodes.FAILED);
        assertThat(imported.err).matches(full("rapport import-db", data));
        assertThat(data.resolve("rapport.mv.db")).as("no half-built database").doesNotExist();
        disk.free();
        assertThat(run("--data-dir", data.toString(), "import-db", script.toString()).code).isEqualTo(ExitCodes.OK);
        assertThat(accounts(data)).containsExactlyInAnyOrderElementsOf(SEEDED);
    }

    @Test
    void aReadOnlyDataFolderIsNamedByEveryCommandAndKeepsItsData() throws Exception {
        Path data = disk.root().resolve("data");
        seed(data);
        Path zip = tmp.resolve("backup.zip");
        assertThat(run("--data-dir", data.toString(), "backup", "--out", zip.toString()).code).isEqualTo(ExitCodes.OK);
        byte[] before = Files.readAllBytes(data.resolve("rapport.mv.db"));
        disk.readOnly();

        for (List<String> command : List.of(List.of("demo"), List.of("today"), List.of("backup"),
                List.of("restore", zip.toString()), List.of("export", "csv", "accounts", "--out",
                        tmp.resolve("accounts.csv").toString()))) {
            List<String> args = new ArrayList<>(List.of("--data-dir", data.toString()));
            args.addAll(command);
            Result r = run(args.toArray(String[]::new));
            String name = "rapport " + (command.get(0).equals("export") ? "export csv" : command.get(0));
            assertThat(r.code).as(name).isEqualTo(ExitCodes.FAILED);
            assertThat(r.err).as(name).isEqualTo(readOnly(name, data));
        }
        assertThat(Files.readAllBytes(data.resolve("rapport.mv.db"))).isEqualTo(before);
        disk.writable();
        assertThat(accounts(data)).containsExactlyInAnyOrderElementsOf(SEEDED);
    }

    @Test
    void anExportIntoAReadOnlyFolderNamesThatFolder() throws Exception {
        Path data = tmp.resolve("data");
        seed(data);
        Files.createDirectories(disk.root().resolve("exports"));
        disk.readOnly();
        Path out = disk.root().resolve("exports");

        Result vcf = run("--data-dir", data.toString(), "export", "vcf", "--out", out.resolve("people.vcf").toString());

        assertThat(vcf.code).isEqualTo(ExitCodes.FAILED);
        assertThat(vcf.err).isEqualTo(readOnly("rapport export vcf", out));
    }

    @Test
    void asInstalledOnAFullDiskTheLogThatCannotBeWrittenGoesToStderrWhole() throws Exception {
        Path data = disk.root().resolve("data");
        seed(data);
        disk.fill();

        Child child = runInstalled("--data-dir", data.toString(), "demo");

        assertThat(child.code).isEqualTo(ExitCodes.FAILED);
        assertThat(child.out).isEmpty();
        // the stack trace the log could not take, then what the user reads
        assertThat(child.err).contains("ERROR [main] dev.rapport.app.Main - command failed" + NL
                + "dev.rapport.store.StorageFullException: disk full: " + data);
        assertThat(child.err).contains("Caused by: ").containsPattern("\tat dev\\.rapport\\.store\\.Database\\.");
        assertThat(child.err).containsPattern(full("rapport demo", data).pattern() + "\\z");
        disk.free();
        assertThat(accounts(data)).containsAll(SEEDED);
    }

    @Test
    void asInstalledInAReadOnlyFolderTheLogGoesToStderrWhole() throws Exception {
        Path data = disk.root().resolve("data");
        seed(data);
        disk.readOnly();

        Child child = runInstalled("--data-dir", data.toString(), "today");

        assertThat(child.code).isEqualTo(ExitCodes.FAILED);
        assertThat(child.err).contains("ERROR [main] dev.rapport.app.Main - command failed" + NL
                + "dev.rapport.store.StorageFullException: read-only: " + data);
        assertThat(child.err).containsPattern("\tat dev\\.rapport\\.store\\.DataFolderLock\\.acquire");
        assertThat(child.err).endsWith(readOnly("rapport today", data));
    }

    private record Child(int code, String out, String err) {
    }

    /** {@code rapport} in a fresh JVM that logs as installed (to the data folder, not the console). */
    private static Child runInstalled(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Drapport.asInstalled=true", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("RAPPORT_DATA_DIR");
        pb.environment().remove("RAPPORT_PASSWORD_FILE");
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
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("rapport " + List.of(args) + " did not finish");
        }
        errReader.join();
        return new Child(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
