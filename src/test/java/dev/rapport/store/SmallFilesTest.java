package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preferences and the key's salt are written whole and forced (files/AtomicFile, tested there):
 * a salt lost to a power cut would leave a database encrypted with a key nobody can derive again.
 */
class SmallFilesTest {
    @TempDir
    Path dir;

    /** One forced write: what was forced, and what the file system showed at that moment. */
    private record Forced(Path path, String forcedContent, String targetContent) {
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aByteThatIsNotUtf8SpoilsItsOwnLineOnlyAndTheOtherSettingsSurviveASave() throws IOException {
        byte[] broken = "language=zh-CN\ncolumns.contacts=name:1:170\u00ff\nbackup.folder=/home/王建国/备份\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        broken[broken.length - 40] = (byte) 0xff; // inside the columns line: no longer UTF-8
        java.nio.file.Files.write(dir.resolve(MachinePreferencesFile.FILE_NAME), broken);

        MachinePreferencesFile prefs = MachinePreferencesFile.load(dir);
        assertThat(prefs.get("language")).hasValue("zh-CN");
        assertThat(prefs.get("backup.folder")).hasValue("/home/王建国/备份");
        prefs.put("window.x", "10");
        prefs.save();
        assertThat(MachinePreferencesFile.load(dir).get("language")).hasValue("zh-CN");
        assertThat(MachinePreferencesFile.load(dir).get("backup.folder")).hasValue("/home/王建国/备份");
    }

    @Test
    void thePreferencesAndTheSaltReadBackWhatWasSavedAndLeaveNoTemporaryFile() throws IOException {
        MachinePreferencesFile prefs = MachinePreferencesFile.load(dir);
        prefs.put("language", "zh_TW");
        prefs.save();
        assertThat(MachinePreferencesFile.load(dir).get("language")).hasValue("zh_TW");
        DatabaseKey.Salt made = DatabaseKey.Salt.readOrCreate(dir);
        assertThat(DatabaseKey.Salt.readOrCreate(dir).bytes()).isEqualTo(made.bytes());
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(DatabaseKey.SALT_FILE, MachinePreferencesFile.FILE_NAME);
        }
    }
}
