package dev.rapport.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
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

    private static final class Unforced extends ForwardingFile {
        Unforced(FileChannel real) {
            super(real);
        }

        @Override
        public void force(boolean metaData) {
            // what WRITE_DELAY=0 alone did: the write stays in the operating system's cache
        }
    }
}
