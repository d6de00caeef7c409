package dev.rapport.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;

/** Recognises a full disk or a read-only folder behind whatever H2 and Jdbi wrapped it in. */
final class StorageFaults {
    private static final String[] FULL = {"no space left", "disk full", "not enough space", "quota"};
    private static final String[] READ_ONLY = {"read-only file system", "access denied", "access is denied",
        "permission denied", "database is read only"};

    private StorageFaults() {
    }

    /**
     * The failure as a {@link StorageFullException} naming the folder that was written, when it
     * was a full disk or a read-only folder; any other failure unchanged. "Already open" and
     * "cannot open" keep their own meaning.
     */
    static RuntimeException translate(RuntimeException e, Path folder) {
        if (e instanceof StorageFullException || e instanceof AlreadyOpenException
                || e instanceof CannotOpenException) {
            return e;
        }
        StorageFullException.Kind kind = kind(e);
        if (kind == null) {
            return e;
        }
        return new StorageFullException(kind, folder, kind == StorageFullException.Kind.FULL ? usableSpace(folder) : -1,
                e);
    }

    static boolean isStorageFault(Throwable e) {
        return kind(e) != null;
    }

    /** FULL or READ_ONLY when one of the causes says so; null otherwise. */
    static StorageFullException.Kind kind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StorageFullException s) {
                return s.kind();
            }
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException) {
                return StorageFullException.Kind.READ_ONLY;
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_READ_ONLY) {
                return StorageFullException.Kind.READ_ONLY;
            }
            if (t instanceof FileSystemException || t instanceof IOException || t instanceof SQLException
                    || t instanceof java.io.UncheckedIOException || t.getClass().getName().startsWith("org.h2")) {
                String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                if (contains(text, FULL)) {
                    return StorageFullException.Kind.FULL;
                }
                if (contains(text, READ_ONLY)) {
                    return StorageFullException.Kind.READ_ONLY;
                }
            }
        }
        return null;
    }

    private static boolean contains(String text, String[] signs) {
        for (String sign : signs) {
            if (text.contains(sign)) {
                return true;
            }
        }
        return false;
    }

    /** The space left on the disk that holds the folder (or its nearest existing parent); -1 if unreadable. */
    static long usableSpace(Path folder) {
        for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return Files.getFileStore(p).getUsableSpace();
                } catch (IOException | RuntimeException e) {
                    return -1;
                }
            }
        }
        return -1;
    }
}
