package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.ExitCodes;
import dev.rapport.domain.Account;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rapport backup / restore / export-db / import-db and the password file, as a script runs them. */
class SafetyCommandsTest {
    @TempDir
    Path dir;

    private int run(Map<String, String> env, String... args) {
        return Main.run(args, env);
    }

    private String runCapturing(Map<String, String> env, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            int code = Main.run(args, env);
            return code + ":" + buffer.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private void addAccount(Path data, String name) {
        try (AppContext app = AppContext.open(data, Clock.systemDefaultZone())) {
            app.accounts().save(Account.named(name));
        }
    }

    private int countAccounts(Path data) {
        try (AppContext app = AppContext.open(data, Clock.systemDefaultZone())) {
            return app.accounts().count();
        }
    }

    @Test
    void backupThenRestoreBringsTheDataBack() throws Exception {
        Path data = dir.resolve("data");
        addAccount(data, "华为技术");
        Path zip = dir.resolve("out/backup.zip");
        assertThat(run(Map.of(), "--data-dir", data.toString(), "backup", "--out", zip.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(zip).exists();
        assertThat(run(Map.of(), "--data-dir", data.toString(), "backup")).isEqualTo(ExitCodes.OK);
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            assertThat(files.map(f -> f.getFileName().toString())).singleElement().asString().startsWith("rapport-");
        }
        addAccount(data, "Siemens AG");

        assertThat(run(Map.of(), "--data-dir", data.toString(), "restore", zip.toString())).isEqualTo(ExitCodes.OK);
        assertThat(countAccounts(data)).isEqualTo(1);
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("before-restore-"));
        }
        assertThat(run(Map.of(), "--data-dir", data.toString(), "restore", dir.resolve("missing.zip").toString()))
                .isEqualTo(ExitCodes.USAGE);
        try (AppContext open = AppContext.open(data, Clock.systemDefaultZone())) {
            assertThat(run(Map.of(), "--data-dir", data.toString(), "restore", zip.toString()))
                    .as("not while the window has the folder open").isEqualTo(ExitCodes.ALREADY_OPEN);
        }
    }

    @Test
    void exportDbAndImportDbMoveTheWholeDatabaseToANewFolder() {
        Path data = dir.resolve("data");
        addAccount(data, "华为技术");
        addAccount(data, "Anna Müller GmbH");
        Path script = dir.resolve("rapport-export.zip");
        assertThat(run(Map.of(), "--data-dir", data.toString(), "export-db", script.toString())).isEqualTo(ExitCodes.OK);

        Path fresh = dir.resolve("fresh");
        assertThat(run(Map.of(), "--data-dir", fresh.toString(), "import-db", script.toString())).isEqualTo(ExitCodes.OK);
        assertThat(countAccounts(fresh)).isEqualTo(2);
        // never over an existing database
        assertThat(run(Map.of(), "--data-dir", fresh.toString(), "import-db", script.toString()))
                .isEqualTo(ExitCodes.FAILED);
        assertThat(countAccounts(fresh)).isEqualTo(2);
    }

    @Test
    void anEncryptedFolderNeedsThePasswordFileAndAWrongOneChangesNothing() throws Exception {
        Path script = dir.resolve("export.zip");
        Path plain = dir.resolve("plain");
        addAccount(plain, "华为技术");
        run(Map.of(), "--data-dir", plain.toString(), "export-db", script.toString());
        Path secret = dir.resolve("pw.txt");
        Files.writeString(secret, "richtiges 密码\n");
        Path data = dir.resolve("enc");
        assertThat(run(Map.of(), "--data-dir", data.toString(), "--password-file", secret.toString(), "import-db",
                script.toString())).isEqualTo(ExitCodes.OK);
        byte[] before = Files.readAllBytes(data.resolve("rapport.mv.db"));
        assertThat(new String(before, 0, 9, StandardCharsets.ISO_8859_1)).isEqualTo("H2encrypt");

        assertThat(runCapturing(Map.of(), "--data-dir", data.toString(), "backup"))
                .startsWith(ExitCodes.WRONG_PASSWORD + ":").contains("--password-file");
        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "falsch");
        assertThat(runCapturing(Map.of(RapportCommand.PASSWORD_FILE_ENV, wrong.toString()), "--data-dir",
                data.toString(), "backup")).startsWith(ExitCodes.WRONG_PASSWORD + ":");
        assertThat(Files.readAllBytes(data.resolve("rapport.mv.db"))).isEqualTo(before);

        Path zip = dir.resolve("enc-backup.zip");
        assertThat(run(Map.of(RapportCommand.PASSWORD_FILE_ENV, secret.toString()), "--data-dir", data.toString(),
                "backup", "--out", zip.toString())).isEqualTo(ExitCodes.OK);

        // the encrypted backup restores into another folder with the same password, and stays encrypted
        Path elsewhere = dir.resolve("elsewhere");
        assertThat(run(Map.of(), "--data-dir", elsewhere.toString(), "--password-file", secret.toString(), "restore",
                zip.toString())).isEqualTo(ExitCodes.OK);
        assertThat(new String(Files.readAllBytes(elsewhere.resolve("rapport.mv.db")), 0, 9,
                StandardCharsets.ISO_8859_1)).isEqualTo("H2encrypt");
        try (AppContext app = AppContext.open(elsewhere,
                dev.rapport.store.DatabaseKey.fromPassword(elsewhere, "richtiges 密码".toCharArray()),
                Clock.systemDefaultZone())) {
            assertThat(app.accounts().count()).isEqualTo(1);
        }
    }

    @Test
    void aPasswordFileMakesANewFoldersDatabaseEncryptedFromItsFirstByte() throws Exception {
        Path secret = dir.resolve("pw.txt");
        Files.writeString(secret, "richtiges 密码\n");
        Path data = dir.resolve("new");
        assertThat(run(Map.of(), "--data-dir", data.toString(), "demo", "--password-file", secret.toString(),
                "--accounts", "3", "--contacts", "2")).isEqualTo(ExitCodes.OK);
        assertThat(new String(Files.readAllBytes(data.resolve("rapport.mv.db")), 0, 9, StandardCharsets.ISO_8859_1))
                .isEqualTo("H2encrypt");
        assertThat(runCapturing(Map.of(), "--data-dir", data.toString(), "today"))
                .as("without the password it does not open").startsWith(ExitCodes.WRONG_PASSWORD + ":");
        try (AppContext app = AppContext.open(data,
                dev.rapport.store.DatabaseKey.fromPassword(data, "richtiges 密码".toCharArray()), Clock.systemDefaultZone())) {
            assertThat(app.accounts().count()).isEqualTo(3);
        }

        // $RAPPORT_PASSWORD_FILE does the same
        Path viaEnv = dir.resolve("env");
        assertThat(run(Map.of(RapportCommand.PASSWORD_FILE_ENV, secret.toString()), "--data-dir", viaEnv.toString(),
                "demo", "--accounts", "2", "--contacts", "0")).isEqualTo(ExitCodes.OK);
        assertThat(new String(Files.readAllBytes(viaEnv.resolve("rapport.mv.db")), 0, 9, StandardCharsets.ISO_8859_1))
                .isEqualTo("H2encrypt");
    }

    @Test
    void closingTheAppBacksUp() throws Exception {
        Path data = dir.resolve("data");
        AppContext app = AppContext.open(data, Clock.systemDefaultZone());
        app.accounts().save(Account.named("华为技术"));
        app.closeAfterBackup();
        try (AppContext again = AppContext.open(data, Clock.systemDefaultZone())) {
            assertThat(again.backups().list()).singleElement().satisfies(b -> assertThat(b.accounts()).isEqualTo(1));
        }
    }

    @Test
    void aDamagedDatabaseIsReportedWithItsOwnExitCodeAndLeftAlone() throws Exception {
        Path data = dir.resolve("data");
        addAccount(data, "华为技术");
        Path file = data.resolve("rapport.mv.db");
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 2000));
        byte[] damaged = Files.readAllBytes(file);

        assertThat(runCapturing(Map.of(), "--data-dir", data.toString(), "backup"))
                .startsWith(ExitCodes.DAMAGED + ":").contains("rapport restore");
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }
}
