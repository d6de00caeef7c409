package dev.rapport.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.h2.store.fs.FilePathWrapper;

/**
 * The H2 file system the database runs on ({@value #PREFIX} over the disk): it writes the last
 * 4 KiB block of every longer write only after the rest of that write is on the disk.
 *
 * <p>H2 writes each commit as one chunk, a header block, the pages and a footer, in one write,
 * and after a crash it trusts the newest chunk whose header and footer it finds. The operating
 * system writes its cache back in any order, so after a power cut a chunk's footer can be on the
 * disk while a page before it is not: H2 then opens on a chunk with a hole in it and the
 * database is damaged. Forcing the body before the footer makes "the footer is there" mean "the
 * chunk is there" ({@code PowerCutTest} found the hole; decision 0013). It costs one more force
 * per commit. The store header (two blocks at the start of the file) is written the same way,
 * which is harmless.
 *
 * <p>Public, with a public constructor, because H2 makes one per path by reflection.
 */
public final class FooterLastFileSystem extends FilePathWrapper {
    static final String PREFIX = "footerlast:";
    private static final int BLOCK = 4096;

    static {
        org.h2.store.fs.FilePath.register(new FooterLastFileSystem());
    }

    public FooterLastFileSystem() {
        // one per path, made by H2 (FilePathWrapper.getPath)
    }

    /** The H2 URL prefix, registered with H2 by the time it is returned. */
    static String prefix() {
        return PREFIX;
    }

    @Override
    public String getScheme() {
        return "footerlast";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FooterLastFile(getBase().open(mode));
    }

    /** A channel that splits a write longer than a block into the body, a force, and the last block. */
    static final class FooterLastFile extends ForwardingFile {
        FooterLastFile(FileChannel base) {
            super(base);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            int length = src.remaining();
            if (length <= BLOCK) {
                return base.write(src, position);
            }
            int bodyLength = length - BLOCK;
            ByteBuffer body = src.duplicate();
            body.limit(src.position() + bodyLength);
            writeFully(body, position);
            base.force(false);
            ByteBuffer last = src.duplicate();
            last.position(src.position() + bodyLength);
            writeFully(last, position + bodyLength);
            src.position(src.limit());
            return length;
        }

        private void writeFully(ByteBuffer buffer, long position) throws IOException {
            long at = position;
            while (buffer.hasRemaining()) {
                at += base.write(buffer, at);
            }
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int written = write(src, base.position());
            base.position(base.position() + written);
            return written;
        }
    }
}
