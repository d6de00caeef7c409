package dev.rapport.store;

import static dev.rapport.store.BackupArchiveTest.addAccountWithContacts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationBackupTest {
    @TempDir
    Path data;

    @Test
    void aVerifiedListedBackupIsMadeBeforeASchemaUpgrade() throws Exception {
        try (Database db = Database.open(data)) {
            addAccountWithContacts(db, "华为技术", "王建国");
        }
        try (Database db = Database.open(data, DatabaseKey.NONE, FileProbe.DEFAULT_TIMEOUT, "file:",
                "classpath:db/migration", "classpath:db/safety-test-migration")) {
            assertThat(db.counts().accounts()).isEqualTo(1);
        }
        List<Path> zips;
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            zips = files.toList();
        }
        assertThat(zips).singleElement().satisfies(zip -> {
            // named after the version the database had: the newest of the app's own migrations
            int newest = SchemaVersion.newestBundled(getClass().getClassLoader()).orElseThrow();
            assertThat(zip.getFileName().toString()).startsWith("pre-migration-v" + newest + "-").endsWith(".zip");
            assertThat(BackupArchive.read(zip)).get().satisfies(info -> {
                assertThat(info.kind()).isEqualTo("before-migration");
                assertThat(info.contacts()).isEqualTo(1);
            });
        });
    }
}
