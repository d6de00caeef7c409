package dev.rapport.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.LoggerFactory;

/**
 * Writes a file so that it is either complete or not there: the content goes to a temporary
 * file beside the target, which replaces the target only when writing succeeded. A failed or
 * cancelled write never leaves half a file. The content is forced to the disk before it takes
 * the target's name, and the name before the call returns, so a file the user was told is
 * written survives a power cut too. Used for exports (exchange, service, ui) and for the small
 * files beside the database (store: the preferences, the key's salt), which is why it lives
 * outside the layers: the one way Rapport writes a file whole.
 */
public final class AtomicFile {
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    /** The writing of a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The writing of a text file's content, in UTF-8. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /** Forces a file's content, or a folder's entries, to the disk. */
    @FunctionalInterface
    interface Disk {
        void force(Path fileOrFolder) throws IOException;
    }

    private AtomicFile() {
    }

    /** @throws UncheckedIOException when it cannot be written; the target is then as it was */
    public static void write(Path target, Content content) {
        try {
            replace(target, content, AtomicFile::force);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text file in UTF-8. @throws IOException when it cannot be written; the target is then as it was */
    public static void writeText(Path target, Text text) throws IOException {
        replace(target, text(text), AtomicFile::force);
    }

    static Content text(Text text) {
        return out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            text.writeTo(w);
            w.flush();
        };
    }

    /** With the forcing to the disk, which a test replaces to see what is forced when. */
    static void replace(Path target, Content content, Disk disk) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            disk.force(temp); // else a power cut could leave the new name on an empty or partial file
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            forceFolder(disk, dir);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the original failure matters more than a temporary file left behind
                }
            }
        }
    }

    /** Forces the folder's entries (a file renamed into it) to the disk, as far as its file system can. */
    public static void forceFolder(Path dir) {
        forceFolder(AtomicFile::force, dir);
    }

    /** The rename itself; a file system that cannot force a folder (some network ones) still has the file. */
    private static void forceFolder(Disk disk, Path dir) {
        try {
            disk.force(dir);
        } catch (IOException e) {
            LoggerFactory.getLogger(AtomicFile.class).warn("written, but the folder could not be forced: {}", dir, e);
        }
    }

    /**
     * Forces a file, or a folder (its entries: a rename into it), to the disk. Windows cannot open
     * a folder as a channel; NTFS journals the rename itself.
     */
    public static void force(Path fileOrFolder) throws IOException {
        boolean folder = Files.isDirectory(fileOrFolder);
        if (folder && WINDOWS) {
            return;
        }
        try (FileChannel channel = FileChannel.open(fileOrFolder,
                folder ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
