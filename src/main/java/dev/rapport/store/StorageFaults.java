package dev.rapport.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/** Recognises a full disk or a read-only folder behind whatever H2 and Jdbi wrapped it in. */
final class StorageFaults {
    private static final String[] SIGNS = {
        "no space left", "disk full", "not enough space", "quota", "read-only file system", "access denied",
        "permission denied"
    };

    private StorageFaults() {
    }

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof StorageFullException || !isStorageFault(e)) {
            return e;
        }
        return new StorageFullException("write failed: disk full or folder read-only", e);
    }

    static boolean isStorageFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof java.nio.file.ReadOnlyFileSystemException) {
                return true;
            }
            if (t instanceof FileSystemException || t instanceof java.io.IOException
                    || t instanceof java.sql.SQLException || t.getClass().getName().startsWith("org.h2")) {
                String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                for (String sign : SIGNS) {
                    if (text.contains(sign)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
