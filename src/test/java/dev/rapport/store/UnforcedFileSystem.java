package dev.rapport.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A test-only H2 file system ({@value #PREFIX}) over the real disk that ignores every
 * FileChannel.force: the database as it was before confirmed saves were forced, for the benchmark
 * that prints what forcing costs. Public, with a public constructor, because H2 makes one per path
 * by reflection and the benchmarks live in another package.
 */
public final class UnforcedFileSystem extends FilePathWrapper {
    static final String PREFIX = "unforced:";

    static {
        FilePath.register(new UnforcedFileSystem());
    }

    public UnforcedFileSystem() {
        // one per path, made by H2 (FilePathWrapper.getPath)
    }

    /** Opens (creating) the folder's database on this file system: saves are never forced. */
    public static Database open(Path dataDir) {
        return Database.open(dataDir, DatabaseKey.NONE, FileProbe.DEFAULT_TIMEOUT, PREFIX);
    }

    @Override
    public String getScheme() {
        return "unforced";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Unforced(getBase().open(mode));
    }

    private static final class Unforced extends FileBase {
        private final FileChannel real;

        Unforced(FileChannel real) {
            this.real = real;
        }

        @Override
        public void force(boolean metaData) {
            // what WRITE_DELAY=0 alone did: the write stays in the operating system's cache
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return real.read(dst, position);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return real.read(dst);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return real.write(src, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return real.write(src);
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            real.truncate(size);
            return this;
        }

        @Override
        public long position() throws IOException {
            return real.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            real.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return real.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            real.close();
        }
    }
}
