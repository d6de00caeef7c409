package dev.rapport.service;

import dev.rapport.files.AtomicFile;
import dev.rapport.store.StorageFullException;
import java.nio.file.Path;

/**
 * An exported file, written whole or not at all ({@link AtomicFile}); a full disk or a read-only
 * folder is told as such, naming the folder, instead of as a failure nobody can act on.
 */
final class ExportFile {
    private ExportFile() {
    }

    static void write(Path file, AtomicFile.Content content) {
        try {
            AtomicFile.write(file, content);
        } catch (RuntimeException e) {
            throw StorageFullException.translate(e, file.toAbsolutePath().getParent());
        }
    }
}
