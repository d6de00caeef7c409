package dev.rapport.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.LoggerFactory;

/**
 * Small files beside the database (the preferences, the key's salt) written the way a save is:
 * whole or not at all, and on the disk before the call returns, so they survive a power cut. The
 * backups and the database swaps force what they wrote with {@link #force} and {@link #forceFolder}.
 * (exchange.AtomicFile does the same for exported files; the layers keep the two apart.)
 */
final class ForcedFiles {
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    /** The writing of a text file's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Forces a file's content, or a folder's entries, to the disk. */
    @FunctionalInterface
    interface Disk {
        void force(Path fileOrFolder) throws IOException;
    }

    private ForcedFiles() {
    }

    /** Replaces the file with the content (UTF-8), through a temporary file and one atomic rename. */
    static void replace(Path target, Content content) throws IOException {
        replace(target, content, ForcedFiles::force);
    }

    /** With the forcing to the disk, which a test replaces to see what is forced when. */
    static void replace(Path target, Content content, Disk disk) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
            disk.force(tmp); // else a power cut could leave the name on an empty file
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        forceFolder(disk, dir);
    }

    /** Forces the folder's entries (a file renamed into it) to the disk, as far as its file system can. */
    static void forceFolder(Path dir) {
        forceFolder(ForcedFiles::force, dir);
    }

    private static void forceFolder(Disk disk, Path dir) {
        try {
            disk.force(dir);
        } catch (IOException e) {
            // some network file systems cannot force a folder; the file is there all the same
            LoggerFactory.getLogger(ForcedFiles.class).warn("written, but the folder could not be forced: {}", dir, e);
        }
    }

    /**
     * Forces a file, or a folder, to the disk. Windows cannot open a folder as a channel; NTFS
     * journals the rename itself.
     */
    static void force(Path fileOrFolder) throws IOException {
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
