package dev.rapport.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks one entry of a zip that came from outside, refusing before it writes anything when the
 * entry would unpack to far more than its packed size suggests (a zip bomb) or than the disk has
 * room for, and stopping while it reads when the entry turns out larger than it declared.
 */
final class BoundedZip {
    /** A Rapport database packs 4 to 10 times; a zip bomb a thousand times or more. */
    static final long MAX_RATIO = 100;
    /** Whatever the ratio, a small entry may unpack to this much. */
    static final long ALWAYS_ALLOWED = 16L << 20;
    /** No Rapport database is this large. */
    static final long MAX_BYTES = 32L << 30;
    /** Room left on the disk after unpacking, so that the database and the log can still be written. */
    static final long MARGIN = 1L << 20;
    /** The most a small text entry (a backup's record) may hold. */
    static final int MAX_TEXT = 64 << 10;

    private BoundedZip() {
    }

    /** The most this entry may unpack to, judged from its packed size alone. */
    static long limit(ZipEntry entry) {
        long packed = Math.max(entry.getCompressedSize(), 0);
        return Math.min(MAX_BYTES, Math.max(ALWAYS_ALLOWED, packed * MAX_RATIO));
    }

    /**
     * @param folderToName the folder a full disk is reported for: the user's, not a staging folder inside it
     * @throws CannotOpenException TOO_LARGE when the entry is, or turns out, larger than allowed
     * @throws IOException         when it cannot be read or written
     */
    static void extract(Path zip, ZipFile z, ZipEntry entry, Path target, Path folderToName) throws IOException {
        long limit = limit(entry);
        long declared = entry.getSize();
        if (declared > limit) {
            throw tooLarge(zip, "declares " + declared + " bytes, at most " + limit + " accepted");
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        long free = Files.getFileStore(target.toAbsolutePath().getParent()).getUsableSpace();
        long needed = (declared >= 0 ? declared : Math.max(entry.getCompressedSize(), 0)) + MARGIN;
        if (needed > free) {
            throw new StorageFullException(StorageFullException.Kind.FULL, folderToName, free,
                    new IOException("not enough room to unpack " + zip.getFileName() + ": needs " + needed + " bytes"));
        }
        try (InputStream in = open(zip, z, entry); OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        } catch (CannotOpenException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }

    /**
     * Streams an entry, failing with TOO_LARGE as soon as it yields more than it declared or, when
     * it declares nothing, more than its packed size allows.
     */
    static InputStream open(Path zip, ZipFile z, ZipEntry entry) throws IOException {
        long limit = limit(entry);
        if (entry.getSize() > limit) {
            throw tooLarge(zip, entry.getName() + " declares " + entry.getSize() + " bytes, at most " + limit);
        }
        long allowed = entry.getSize() >= 0 ? entry.getSize() : limit;
        return new java.io.FilterInputStream(z.getInputStream(entry)) {
            private long total;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) {
                total += n;
                if (total > allowed) {
                    throw tooLarge(zip, entry.getName() + " unpacks to more than " + allowed + " bytes");
                }
            }
        };
    }

    /** A small text entry, read whole, refused past {@value #MAX_TEXT} bytes. */
    static byte[] readSmall(Path zip, ZipFile z, ZipEntry entry) throws IOException {
        if (entry.getSize() > MAX_TEXT) {
            throw tooLarge(zip, entry.getName() + " declares " + entry.getSize() + " bytes");
        }
        try (InputStream in = z.getInputStream(entry)) {
            byte[] data = in.readNBytes(MAX_TEXT + 1);
            if (data.length > MAX_TEXT) {
                throw tooLarge(zip, entry.getName() + " is larger than " + MAX_TEXT + " bytes");
            }
            return data;
        }
    }

    private static CannotOpenException tooLarge(Path zip, String why) {
        return new CannotOpenException(zip, CannotOpenException.Reason.TOO_LARGE, new IOException(why));
    }
}
