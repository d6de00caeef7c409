package dev.rapport.store;

import java.nio.file.Path;
import java.util.List;

/**
 * A write failed because the disk is full or the folder is read-only. What was being written
 * was not saved; what was saved before is intact. Names the folder where the write failed and,
 * for a full disk, the space left on it (read when the write failed), so the user knows what to
 * free or fix.
 */
public class StorageFullException extends StoreException implements dev.rapport.domain.KnownProblem {
    private static final long serialVersionUID = 1L;

    /** Which of the two faults it was. */
    public enum Kind {
        /** no space left (or the user's quota used up) */
        FULL,
        /** the folder or its file system may not be written */
        READ_ONLY
    }

    private final Kind kind;
    private final transient Path folder;
    private final long freeBytes;

    StorageFullException(Kind kind, Path folder, long freeBytes, Throwable cause) {
        super((kind == Kind.FULL ? "disk full: " : "read-only: ") + folder, cause);
        this.kind = kind;
        this.folder = folder;
        this.freeBytes = freeBytes;
    }

    /**
     * The same failure, told as a full disk or read-only folder when it is one of those (anywhere
     * in its causes); else the failure itself. For writes outside the store (exports).
     *
     * @param folder the folder that was being written
     */
    public static RuntimeException translate(RuntimeException e, Path folder) {
        return StorageFaults.translate(e, folder);
    }

    public Kind kind() {
        return kind;
    }

    /** The folder that could not be written. */
    public Path folder() {
        return folder;
    }

    /** What was free on the full disk when the write failed; -1 when it could not be read. */
    public long freeBytes() {
        return freeBytes;
    }

    @Override
    public String messageKey() {
        if (kind == Kind.READ_ONLY) {
            return "safety.fault.readOnly";
        }
        return freeBytes < 0 ? "safety.fault.fullUnknownFree" : "safety.fault.full";
    }

    @Override
    public List<Object> messageArgs() {
        return List.of(String.valueOf(folder.toAbsolutePath()), size(freeBytes));
    }

    /** A size in whole units, no decimals to localize: 0 KB, 812 KB, 35 MB, 12 GB. */
    static String size(long bytes) {
        long kb = Math.max(0, bytes) / 1024;
        if (kb < 10 * 1024) {
            return kb + " KB";
        }
        long mb = kb / 1024;
        return mb < 10 * 1024 ? mb + " MB" : mb / 1024 + " GB";
    }
}
