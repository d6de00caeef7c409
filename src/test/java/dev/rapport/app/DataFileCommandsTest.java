package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rapport export-db / import-db end to end: every row of every table arrives, and a killed import leaves nothing. */
class DataFileCommandsTest {
    @TempDir
    Path dir;

    private Process child;

    @AfterEach
    void stopChild() throws InterruptedException {
        if (child != null) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private String run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            int code = Main.run(args, Map.of());
            return code + ":" + buffer.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Every row of every table of a closed folder, as text, table by table, in key order. */
    private static Map<String, List<String>> dump(Path data) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("rapport").toAbsolutePath()
                + ";ACCESS_MODE_DATA=r", "sa", ""); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        }
        return tables;
    }

    @Test
    void everyRowOfEveryTableArrivesUnchanged() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("--data-dir", data.toString(), "demo", "--accounts", "30", "--contacts", "90"))
                .startsWith(ExitCodes.OK + ":");
        Path file = dir.resolve("export.zip");
        assertThat(run("--data-dir", data.toString(), "export-db", file.toString())).startsWith(ExitCodes.OK + ":")
                .contains("NOT encrypted");

        Path fresh = dir.resolve("fresh");
        assertThat(run("--data-dir", fresh.toString(), "import-db", file.toString()))
                .startsWith(ExitCodes.OK + ":").contains("30 accounts", "90 contacts");

        Map<String, List<String>> before = dump(data);
        Map<String, List<String>> after = dump(fresh);
        assertThat(before.keySet()).contains("ACCOUNT", "CONTACT", "INTERACTION", "PLAN", "PLAN_ACTION", "GIFT",
                "FAMILY_MEMBER", "ACCOUNT_EXIT");
        assertThat(before.values().stream().mapToInt(List::size).sum()).isGreaterThan(500);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aRapport10SqlScriptIsRefusedWithAnExplanation() throws Exception {
        Path data = dir.resolve("data");
        run("--data-dir", data.toString(), "demo", "--accounts", "2", "--contacts", "2");
        Path script = dir.resolve("old-export.zip");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("rapport").toAbsolutePath(),
                "sa", ""); Statement s = c.createStatement()) {
            s.execute("SCRIPT TO '" + script.toAbsolutePath() + "' COMPRESSION ZIP");
        }
        Path fresh = dir.resolve("fresh");

        assertThat(run("--data-dir", fresh.toString(), "import-db", script.toString()))
                .startsWith(ExitCodes.FAILED + ":").contains("SQL script from Rapport 1.0");
        assertThat(fresh.resolve("rapport.mv.db")).doesNotExist();
    }

    @Test
    void anImportKilledMidwayLeavesNoDatabaseAndTheNextOneSucceeds() throws Exception {
        Path data = dir.resolve("data");
        run("--data-dir", data.toString(), "demo", "--accounts", "100", "--contacts", "600");
        Path file = dir.resolve("export.zip");
        run("--data-dir", data.toString(), "export-db", file.toString());
        Path fresh = dir.resolve("fresh");

        child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Drapport.test=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--data-dir", fresh.toString(),
                "import-db", file.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path staging = fresh.resolve(".staging");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        boolean building = false;
        while (!building && child.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> inside = Files.exists(staging) ? Files.walk(staging) : Stream.empty()) {
                building = inside.anyMatch(p -> p.getFileName().toString().endsWith(".mv.db"));
            }
            Thread.sleep(5);
        }
        assertThat(building).as("the import was seen building its copy").isTrue();
        child.destroyForcibly().waitFor(20, TimeUnit.SECONDS);

        assertThat(fresh.resolve("rapport.mv.db")).as("a killed import leaves no database").doesNotExist();
        assertThat(run("--data-dir", fresh.toString(), "import-db", file.toString()))
                .startsWith(ExitCodes.OK + ":").contains("100 accounts");
        assertThat(staging).doesNotExist();
    }

    @Test
    void restoreRefusesABackupWhoseAccountTableIsAViewThatWritesAFile() throws Exception {
        Path data = dir.resolve("data");
        run("--data-dir", data.toString(), "demo", "--accounts", "3", "--contacts", "3");
        Path evil = dir.resolve("evil");
        run("--data-dir", evil.toString(), "demo", "--accounts", "1", "--contacts", "1");
        Path marker = dir.resolve("pwned.txt");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + evil.resolve("rapport").toAbsolutePath(),
                "sa", ""); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE ACCOUNT RENAME TO ACCOUNT_REAL");
            s.execute("CREATE VIEW ACCOUNT AS SELECT * FROM ACCOUNT_REAL WHERE FILE_WRITE('x', '"
                    + marker.toAbsolutePath() + "') IS NOT NULL");
        }
        Path zip = dir.resolve("evil.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("rapport.mv.db"));
            Files.copy(evil.resolve("rapport.mv.db"), out);
            out.closeEntry();
            out.putNextEntry(new java.util.zip.ZipEntry("rapport-backup.properties"));
            out.write("created=2026-12-01T00:00:00Z\naccounts=1\ncontacts=1\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Map<String, List<String>> before = dump(data);

        assertThat(run("--data-dir", data.toString(), "restore", zip.toString()))
                .startsWith(ExitCodes.FAILED + ":").contains("not a backup this version of Rapport can restore");

        assertThat(marker).doesNotExist();
        assertThat(dump(data)).isEqualTo(before);
        assertThat(run("--data-dir", data.toString(), "today")).startsWith(ExitCodes.OK + ":");
        assertThat(marker).doesNotExist();
    }

    @Test
    void aDamagedDataFileIsRefusedNamingTheTableAndLine() throws Exception {
        Path data = dir.resolve("data");
        run("--data-dir", data.toString(), "demo", "--accounts", "3", "--contacts", "3");
        Path file = dir.resolve("export.zip");
        run("--data-dir", data.toString(), "export-db", file.toString());
        Path edited = dir.resolve("edited.zip");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(edited))) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                String text = new String(in.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("tables/ACCOUNT.rows")) {
                    text = text.replaceFirst("\n1,", "\nnot-a-number,");
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Path fresh = dir.resolve("fresh");

        assertThat(run("--data-dir", fresh.toString(), "import-db", edited.toString()))
                .startsWith(ExitCodes.FAILED + ":").contains("line 2 of table ACCOUNT does not fit");
        assertThat(fresh.resolve("rapport.mv.db")).doesNotExist();
        assertThat(fresh.resolve(".staging")).doesNotExist();
    }

    /** The folder's language, as the window's Settings would set it. */
    private static void speak(Path folder, String tag) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("preferences.properties"), "language=" + tag + "\n");
    }

    private static Path zipOf(Path zip, Map<String, byte[]> entries) throws Exception {
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void importDbOnABackupSaysItIsABackupAndNamesRestore() throws Exception {
        Path data = dir.resolve("data");
        run("--data-dir", data.toString(), "demo", "--accounts", "2", "--contacts", "2");
        String made = run("--data-dir", data.toString(), "backup");
        assertThat(made).startsWith(ExitCodes.OK + ":");
        Path backup;
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            backup = files.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        Path fresh = dir.resolve("fresh");

        assertThat(run("--data-dir", fresh.toString(), "import-db", backup.toString()))
                .startsWith(ExitCodes.FAILED + ":").contains("is a Rapport backup", "rapport restore")
                .doesNotContain("damaged");
        speak(fresh, "zh-CN");
        assertThat(run("--data-dir", fresh.toString(), "import-db", backup.toString()))
                .startsWith(ExitCodes.FAILED + ":").contains("Rapport 备份", "rapport restore");
        assertThat(fresh.resolve("rapport.mv.db")).doesNotExist();
        assertThat(fresh.resolve(".staging")).doesNotExist();
    }

    @Test
    void importDbOnAZipOfAnotherProgramsDatabaseSaysSoWithoutClaimingRapport10() throws Exception {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + other.resolve("rapport").toAbsolutePath(),
                "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE INVOICE(ID INT PRIMARY KEY)");
        }
        Path zip = zipOf(dir.resolve("other.zip"), Map.of("rapport.mv.db",
                Files.readAllBytes(other.resolve("rapport.mv.db"))));
        Path fresh = dir.resolve("fresh");

        assertThat(run("--data-dir", fresh.toString(), "import-db", zip.toString()))
                .startsWith(ExitCodes.FAILED + ":").contains("not a Rapport data file", "database file")
                .doesNotContain("1.0", "SQL script");
        speak(fresh, "zh-TW");
        assertThat(run("--data-dir", fresh.toString(), "import-db", zip.toString()))
                .startsWith(ExitCodes.FAILED + ":").contains("不是 Rapport 資料檔", "rapport restore")
                .doesNotContain("1.0");
        assertThat(fresh.resolve("rapport.mv.db")).doesNotExist();
    }

    @Test
    void restoreOnADataFileSaysItIsOneAndNamesImportDbLeavingTheDataAsItWas() throws Exception {
        Path data = dir.resolve("data");
        run("--data-dir", data.toString(), "demo", "--accounts", "3", "--contacts", "3");
        Path file = dir.resolve("export.zip");
        run("--data-dir", data.toString(), "export-db", file.toString());
        Map<String, List<String>> before = dump(data);

        assertThat(run("--data-dir", data.toString(), "restore", file.toString()))
                .startsWith(ExitCodes.FAILED + ":").contains("data file written by 'rapport export-db'", "import-db");
        speak(data, "zh-CN");
        assertThat(run("--data-dir", data.toString(), "restore", file.toString()))
                .startsWith(ExitCodes.FAILED + ":").contains("数据文件", "import-db");

        assertThat(dump(data)).isEqualTo(before);
        try (Stream<Path> kept = Files.exists(data.resolve("backups")) ? Files.list(data.resolve("backups"))
                : Stream.empty()) {
            assertThat(kept).noneMatch(p -> p.getFileName().toString().startsWith("before-restore"));
        }
    }

    @Test
    void restoreOnAZipOfOtherFilesSaysItIsNotARapportBackup() throws Exception {
        Path data = dir.resolve("data");
        run("--data-dir", data.toString(), "demo", "--accounts", "3", "--contacts", "3");
        Path zip = zipOf(dir.resolve("photos.zip"), Map.of("holiday.jpg", new byte[] {1, 2, 3},
                "notes.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        Map<String, List<String>> before = dump(data);

        assertThat(run("--data-dir", data.toString(), "restore", zip.toString()))
                .startsWith(ExitCodes.FAILED + ":").contains("not a Rapport backup");
        speak(data, "zh-TW");
        assertThat(run("--data-dir", data.toString(), "restore", zip.toString()))
                .startsWith(ExitCodes.FAILED + ":").contains("不是 Rapport 備份");

        assertThat(dump(data)).isEqualTo(before);
    }
}
