package dev.rapport.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the user is told is written (an export, the preferences, the key's salt) survives a power cut: its content is forced to the
 * disk before it takes the target's name (else the name could survive on an empty file), and the
 * folder after (else the rename itself could be lost).
 */
class AtomicFileTest {
    @TempDir
    Path dir;

    /** One forced write: what was forced, and what the file system showed at that moment. */
    private record Forced(Path path, String forcedContent, String targetContent) {
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) && Files.isRegularFile(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theNewContentIsForcedBeforeItReplacesTheTargetAndTheFolderIsForcedAfter() throws IOException {
        Path target = dir.resolve("accounts.csv");
        Files.writeString(target, "old");
        List<Forced> forced = new ArrayList<>();
        AtomicFile.replace(target, out -> out.write("new 华为".getBytes(StandardCharsets.UTF_8)), p -> {
            forced.add(new Forced(p, read(p), read(target)));
            AtomicFile.force(p);
        });
        assertThat(forced).hasSize(2);
        assertThat(forced.get(0).path().getParent()).isEqualTo(dir.toAbsolutePath());
        assertThat(forced.get(0).path()).isNotEqualTo(target);
        assertThat(forced.get(0).forcedContent()).as("the whole new content, forced").isEqualTo("new 华为");
        assertThat(forced.get(0).targetContent()).as("while the target still has the old").isEqualTo("old");
        assertThat(forced.get(1).path()).as("then the folder").isEqualTo(dir.toAbsolutePath());
        assertThat(forced.get(1).targetContent()).as("once the target has the new content").isEqualTo("new 华为");
        assertThat(Files.readString(target)).isEqualTo("new 华为");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFileThatCannotBeForcedIsNotGivenTheTargetsNameAndTheWriteFails() throws IOException {
        Path target = dir.resolve("people.vcf");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFile.replace(target, out -> out.write(1), p -> {
            throw new IOException("EIO on fsync");
        })).isInstanceOf(IOException.class).hasMessageContaining("EIO");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(target);
        }
    }

    @Test
    void textIsWrittenInUtf8AndAFailureLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path target = dir.resolve("encryption.properties");
        AtomicFile.writeText(target, w -> w.write("salt=新\n"));
        assertThat(Files.readString(target)).isEqualTo("salt=新\n");
        assertThatThrownBy(() -> AtomicFile.writeText(target, w -> {
            w.write("salt=half");
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");
        assertThat(Files.readString(target)).isEqualTo("salt=新\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
