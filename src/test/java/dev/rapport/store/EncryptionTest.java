package dev.rapport.store;

import static dev.rapport.store.BackupArchiveTest.addAccountWithContacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionTest {
    @TempDir
    Path data;

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.equals(DataFolderLock.FILE_NAME))
                    .sorted().toList();
        }
    }

    private static boolean contains(byte[] haystack, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void anEncryptedDatabaseHoldsNoReadableNamesAndAWrongPasswordChangesNothing() throws Exception {
        DatabaseKey key = DatabaseKey.fromPassword(data, "correct horse 马".toCharArray());
        try (Database db = Database.open(data, key)) {
            addAccountWithContacts(db, "Siemens Healthineers", "Anna Müller");
        }
        byte[] file = Files.readAllBytes(Database.file(data));
        assertThat(Database.isEncrypted(data)).isTrue();
        assertThat(contains(file, "Siemens")).isFalse();
        assertThat(contains(file, "Müller")).isFalse();
        assertThat(Files.readString(data.resolve(DatabaseKey.SALT_FILE))).contains("iterations=600000");

        String before = sha256(Database.file(data));
        List<String> filesBefore = names(data);
        DatabaseKey wrong = DatabaseKey.fromPassword(data, "wrong".toCharArray());

        assertThatThrownBy(() -> Database.open(data, wrong)).isInstanceOf(CannotOpenException.class)
                .extracting(e -> ((CannotOpenException) e).reason())
                .isEqualTo(CannotOpenException.Reason.WRONG_PASSWORD_OR_DAMAGED);
        assertThatThrownBy(() -> Database.open(data)).isInstanceOf(CannotOpenException.class)
                .extracting(e -> ((CannotOpenException) e).reason())
                .isEqualTo(CannotOpenException.Reason.PASSWORD_REQUIRED);
        assertThat(sha256(Database.file(data))).isEqualTo(before);
        assertThat(names(data)).isEqualTo(filesBefore);
        try (Database db = Database.open(data, key)) {
            assertThat(db.counts().contacts()).isEqualTo(1);
        }
    }

    @Test
    void passwordCanBeTurnedOnChangedAndRemoved() throws Exception {
        try (Database db = Database.open(data)) {
            addAccountWithContacts(db, "华为技术", "王建国");
        }
        DatabaseKey first = DatabaseKey.fromPassword(data, "first".toCharArray());
        FileEncryption.change(data, DatabaseKey.NONE, first);
        assertThat(Database.isEncrypted(data)).isTrue();

        DatabaseKey second = DatabaseKey.fromPassword(data, "second".toCharArray());
        assertThatThrownBy(() -> FileEncryption.change(data, second, first)).isInstanceOf(CannotOpenException.class);
        FileEncryption.change(data, first, second);
        assertThatThrownBy(() -> Database.open(data, first)).isInstanceOf(CannotOpenException.class);
        try (Database db = Database.open(data, second)) {
            assertThat(db.counts().accounts()).isEqualTo(1);
        }

        FileEncryption.change(data, second, DatabaseKey.NONE);
        assertThat(Database.isEncrypted(data)).isFalse();
        try (Database db = Database.open(data)) {
            assertThat(db.counts().contacts()).isEqualTo(1);
        }
        assertThat(names(data)).doesNotContain(FileEncryption.STAGING);
    }

    @Test
    void backupsOfAnEncryptedDatabaseStayEncryptedAndCarryTheirSalt() throws Exception {
        char[] password = "秘密 secret".toCharArray();
        DatabaseKey key = DatabaseKey.fromPassword(data, password);
        Path zip = data.resolveSibling(data.getFileName() + "-backup.zip");
        try (Database db = Database.open(data, key)) {
            addAccountWithContacts(db, "Siemens Healthineers", "Anna Müller");
            BackupArchive.Info info = BackupArchive.write(db, zip, key, "regular", Clock.systemUTC());
            assertThat(info.encrypted()).isTrue();
            assertThat(info.contacts()).isEqualTo(1);
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            byte[] inner = z.getInputStream(z.getEntry(BackupArchive.DB_ENTRY)).readAllBytes();
            assertThat(new String(inner, 0, 9, StandardCharsets.ISO_8859_1)).isEqualTo("H2encrypt");
            assertThat(contains(inner, "Siemens")).isFalse();
        }
        // restoring into a new folder on another machine: the backup's salt derives the key
        Path elsewhere = data.resolveSibling(data.getFileName() + "-elsewhere");
        DatabaseKey fromBackup = BackupArchive.keyFor(zip, password);
        BackupArchive.restore(elsewhere, zip, fromBackup, elsewhere.resolve("backups"),
                elsewhere.resolve("backups/before.zip"), Clock.systemUTC());
        try (Database db = Database.open(elsewhere, DatabaseKey.fromPassword(elsewhere, password))) {
            assertThat(db.counts().accounts()).isEqualTo(1);
        }
    }
}
