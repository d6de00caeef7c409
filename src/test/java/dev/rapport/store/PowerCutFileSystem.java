package dev.rapport.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A test-only H2 file system ({@value #PREFIX}) over the real disk that knows what a power cut
 * would lose, the way SQLite's crash tests model one: a write reaches the file at once (as it
 * reaches the operating system's cache) but stays lost-on-power-cut until the file is forced
 * ({@link FileChannel#force}). At a cut every channel opened before it fails from then on, as on a
 * machine that went dark, and each file goes back to the bytes it had when it was last forced;
 * or, when the cut is planned with a {@link Random}, each 4 KiB page written since then keeps its
 * new bytes or not by chance, and so does the file's new size: the operating system may have
 * written some of its cache back, in any order, before the power went. The database is then
 * reopened on the surviving bytes.
 *
 * <p>The cut comes either when the test calls {@link #cut()} or at a chosen write, truncate or
 * force ({@link #cutAtOperation}), which is how a test lands it in the middle of a save.
 * Directory entries (a file created or renamed) are not modelled: the database file exists
 * before the first cut. Public, with a public constructor, because H2 makes one per path by
 * reflection.
 */
public final class PowerCutFileSystem extends FilePathWrapper {
    static final String PREFIX = "powercut:";
    private static final Object LOCK = new Object();
    /** What a cut would undo, per real file name. */
    private static final Map<String, FileState> FILES = new HashMap<>();
    /** Channels opened in an earlier generation belong to a machine that lost power. */
    private static int generation;
    /** Writes, truncates and forces to let through before the cut; negative: no cut planned. */
    private static long operationsBeforeCut = -1;
    /** Decides which unforced pages reach the disk anyway at the planned cut; null: none does. */
    private static Random survivors;
    private static int cuts;
    private static final int PAGE = 4096;

    static {
        FilePath.register(new PowerCutFileSystem());
    }

    public PowerCutFileSystem() {
        // one per path, made by H2 (FilePathWrapper.getPath)
    }

    /** The H2 URL prefix, registered with H2 by the time it is returned. */
    static String prefix() {
        return PREFIX;
    }

    @Override
    public String getScheme() {
        return "powercut";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        FileChannel real = getBase().open(mode);
        synchronized (LOCK) {
            FileState state = FILES.computeIfAbsent(getBase().toString(), FileState::new);
            state.opened(real, mode.contains("w"));
            return new PowerCutFile(real, state, generation);
        }
    }

    @Override
    public OutputStream newOutputStream(boolean append) {
        throw new UnsupportedOperationException("a stream would bypass the power-cut model: " + name);
    }

    @Override
    public void moveTo(FilePath newName, boolean atomicReplace) {
        throw new UnsupportedOperationException("renames are not modelled: " + name);
    }

    /**
     * Plans the cut: it comes instead of the n-th write, truncate or force from now (n >= 1), and
     * drops every write not forced.
     */
    static void cutAtOperation(long n) {
        cutAtOperation(n, null);
    }

    /** Plans the cut, at which the random keeps some unforced pages (null: none). */
    static void cutAtOperation(long n, Random keep) {
        synchronized (LOCK) {
            operationsBeforeCut = n - 1;
            survivors = keep;
        }
    }

    /** Cuts the power now: every file goes back to what was last forced. */
    static void cut() {
        synchronized (LOCK) {
            cutLocked();
        }
    }

    /** Whether a planned cut has come (since the last {@link #powerOn}). */
    static boolean hasCut() {
        synchronized (LOCK) {
            return operationsBeforeCut == -2;
        }
    }

    static int cuts() {
        synchronized (LOCK) {
            return cuts;
        }
    }

    /**
     * Power is back: files opened from now on work. Channels from before the cut stay dead, so an
     * H2 instance that survived the cut in memory can never write the disk again.
     */
    static void powerOn() {
        synchronized (LOCK) {
            FILES.clear();
            generation++;
            operationsBeforeCut = -1;
            survivors = null;
        }
    }

    /** How many times the file was forced since it was first opened after {@link #powerOn}. */
    static int forces(Path file) {
        synchronized (LOCK) {
            FileState state = FILES.get(file.toAbsolutePath().toString());
            return state == null ? 0 : state.forces;
        }
    }

    /**
     * How many of those forces were H2's own, with the file's metadata (a commit made durable),
     * leaving out {@link FooterLastFileSystem}'s ordering forces, which force the data only.
     */
    static int syncs(Path file) {
        synchronized (LOCK) {
            FileState state = FILES.get(file.toAbsolutePath().toString());
            return state == null ? 0 : state.syncs;
        }
    }

    /** Whether the file holds bytes written since it was last forced, which a power cut would take. */
    static boolean hasUnforcedWrites(Path file) {
        synchronized (LOCK) {
            FileState state = FILES.get(file.toAbsolutePath().toString());
            return state != null && !state.forcedPages.isEmpty();
        }
    }

    private static void cutLocked() {
        for (FileState state : FILES.values()) {
            state.revert(survivors);
        }
        generation++;
        operationsBeforeCut = -2;
        cuts++;
    }

    /** Called before each write, truncate and force: whether the machine still has power. */
    private static void beforeOperation(int channelGeneration) throws IOException {
        if (channelGeneration != generation) {
            throw new IOException("power cut: the machine is off");
        }
        if (operationsBeforeCut == 0) {
            cutLocked();
            throw new IOException("power cut: the machine went off during this write");
        }
        if (operationsBeforeCut > 0) {
            operationsBeforeCut--;
        }
    }

    /** One file: its size when last forced, and what each page written since held then. */
    private static final class FileState {
        private final String name;
        private long forcedSize = -1;
        /** Page number to its bytes at the last force (fewer at the end of the file; none past it). */
        private final Map<Long, byte[]> forcedPages = new TreeMap<>();
        private int forces;
        private int syncs;
        /** The channel H2 writes through: on Windows its lock keeps other channels from writing. */
        private FileChannel writable;

        FileState(String name) {
            this.name = name;
        }

        void opened(FileChannel real, boolean forWriting) throws IOException {
            if (forcedSize < 0) {
                forcedSize = real.size(); // what was on the disk before this generation counts as forced
            }
            if (forWriting) {
                writable = real;
            }
        }

        /** Remembers the forced bytes of the pages a write or truncate is about to change in [from, to). */
        void remember(FileChannel real, long from, long to) throws IOException {
            long size = real.size();
            for (long page = from / PAGE; page * PAGE < to; page++) {
                if (!forcedPages.containsKey(page)) {
                    byte[] old = new byte[(int) Math.max(0, Math.min(PAGE, size - page * PAGE))];
                    ByteBuffer buffer = ByteBuffer.wrap(old);
                    while (buffer.hasRemaining() && real.read(buffer, page * PAGE + buffer.position()) >= 0) {
                        // read the whole page
                    }
                    forcedPages.put(page, old);
                }
            }
        }

        void forced(long size, boolean metaData) {
            forcedPages.clear();
            forcedSize = size;
            forces++;
            syncs += metaData ? 1 : 0;
        }

        /** Puts the file back to what was last forced, all of it or (with a random) some pages. */
        void revert(Random keep) {
            boolean own = writable == null || !writable.isOpen();
            if (own && !java.nio.file.Files.exists(Path.of(name))) {
                return; // a temporary file H2 has deleted
            }
            try {
                FileChannel channel = own
                        ? FileChannel.open(Path.of(name), StandardOpenOption.READ, StandardOpenOption.WRITE)
                        : writable;
                try {
                    revert(channel, keep);
                } finally {
                    if (own) {
                        channel.close();
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot put " + name + " back to its forced state", e);
            }
            forcedPages.clear();
        }

        private void revert(FileChannel channel, Random keep) throws IOException {
            long size = keep != null && keep.nextBoolean() ? channel.size() : forcedSize;
            for (Map.Entry<Long, byte[]> page : forcedPages.entrySet()) {
                long start = page.getKey() * PAGE;
                if (start >= size || keep != null && keep.nextBoolean()) {
                    continue; // cut off with the size, or its new bytes reached the disk
                }
                // what the page held when forced; past the old end, never-written blocks read as zeros
                byte[] bytes = java.util.Arrays.copyOf(page.getValue(), (int) Math.min(PAGE, size - start));
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer, start + buffer.position());
                }
            }
            if (channel.size() > size) {
                channel.truncate(size);
            }
            channel.force(true);
        }
    }

    /** A channel that tells the file's state what each write replaces and when it is forced. */
    private static final class PowerCutFile extends ForwardingFile {
        private final FileState state;
        private final int generation;

        PowerCutFile(FileChannel real, FileState state, int generation) {
            super(real);
            this.state = state;
            this.generation = generation;
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            synchronized (LOCK) {
                beforeOperation(generation);
                state.remember(base, position, position + src.remaining());
                return base.write(src, position);
            }
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            synchronized (LOCK) {
                beforeOperation(generation);
                long position = base.position();
                state.remember(base, position, position + src.remaining());
                return base.write(src);
            }
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            synchronized (LOCK) {
                beforeOperation(generation);
                state.remember(base, size, base.size());
                base.truncate(size);
                return this;
            }
        }

        @Override
        public void force(boolean metaData) throws IOException {
            synchronized (LOCK) {
                beforeOperation(generation);
                base.force(metaData);
                state.forced(base.size(), metaData);
            }
        }
    }
}
