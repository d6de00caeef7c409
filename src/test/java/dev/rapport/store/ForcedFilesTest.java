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
 * The preferences and the key's salt survive a power cut once saved: the new content is forced to
 * the disk before it takes the file's name, and the folder after the rename. A salt lost that way
 * would leave a database encrypted with a key nobody can derive again.
 */
class ForcedFilesTest {
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
    void theNewContentIsForcedBeforeItTakesTheNameAndTheFolderAfter() throws IOException {
        Path target = dir.resolve(PreferencesFile.FILE_NAME);
        Files.writeString(target, "language=en\n");
        List<Forced> forced = new ArrayList<>();
        ForcedFiles.replace(target, w -> w.write("language=zh_CN\n"), p -> {
            forced.add(new Forced(p, read(p), read(target)));
            ForcedFiles.force(p);
        });
        assertThat(forced).hasSize(2);
        assertThat(forced.get(0).path()).isNotEqualTo(target);
        assertThat(forced.get(0).forcedContent()).as("the whole new content, forced").isEqualTo("language=zh_CN\n");
        assertThat(forced.get(0).targetContent()).as("while the file still has the old").isEqualTo("language=en\n");
        assertThat(forced.get(1).path()).as("then the folder").isEqualTo(dir.toAbsolutePath());
        assertThat(forced.get(1).targetContent()).isEqualTo("language=zh_CN\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void contentThatCannotBeForcedNeverTakesTheName() throws IOException {
        Path target = dir.resolve(DatabaseKey.SALT_FILE);
        Files.writeString(target, "salt=old\n");
        assertThatThrownBy(() -> ForcedFiles.replace(target, w -> w.write("salt=new\n"), p -> {
            throw new IOException("EIO on fsync");
        })).isInstanceOf(IOException.class).hasMessageContaining("EIO");
        assertThat(Files.readString(target)).isEqualTo("salt=old\n");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(target);
        }
    }

    @Test
    void thePreferencesAndTheSaltReadBackWhatWasSavedAndLeaveNoTemporaryFile() {
        PreferencesFile prefs = PreferencesFile.load(dir);
        prefs.put("language", "zh_TW");
        prefs.save();
        assertThat(PreferencesFile.load(dir).get("language")).hasValue("zh_TW");
        DatabaseKey.Salt made = DatabaseKey.Salt.readOrCreate(dir);
        assertThat(DatabaseKey.Salt.readOrCreate(dir).bytes()).isEqualTo(made.bytes());
        assertThat(dir.resolve(DatabaseKey.SALT_FILE + ".tmp")).doesNotExist();
        assertThat(dir.resolve(PreferencesFile.FILE_NAME + ".tmp")).doesNotExist();
    }
}
