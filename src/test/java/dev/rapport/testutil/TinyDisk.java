package dev.rapport.testutil;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A tiny ext2 file system, loop-mounted, to fill up or make read-only: a real full disk and a
 * real read-only folder, which chmod cannot give a test that runs as root. Needs root and mount;
 * {@link #mount} skips the test elsewhere.
 */
public final class TinyDisk implements AutoCloseable {
    private static final String FILLER = "filler";
    private final Path root;

    private TinyDisk(Path root) {
        this.root = root;
    }

    /** Mounts a fresh file system of the given size (as truncate takes it: "3M") under the folder. */
    public static TinyDisk mount(Path tmp, String size) {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to loop-mount a small file system");
        Path image = tmp.resolve("disk.img");
        Path mountPoint = tmp.resolve("mnt");
        boolean mounted = run("truncate", "-s", size, image.toString())
                && run("mkfs.ext2", "-q", "-F", "-m", "0", image.toString())
                && mountPoint.toFile().mkdirs()
                && run("mount", "-o", "loop", image.toString(), mountPoint.toString());
        assumeTrue(mounted, "mount -o loop of an ext2 image is not possible here");
        return new TinyDisk(mountPoint);
    }

    static boolean run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Where the file system is mounted. */
    public Path root() {
        return root;
    }

    /** Fills the disk to the last byte with a filler file. */
    public TinyDisk fill() throws IOException {
        return fillLeaving(0);
    }

    /** Fills the disk with a filler file until about this much is left (0: to the last byte). */
    public TinyDisk fillLeaving(long bytes) throws IOException {
        Path filler = root.resolve(FILLER);
        if (bytes > 0) {
            byte[] block = new byte[4096];
            long toWrite = usable() - bytes;
            try (OutputStream out = Files.newOutputStream(filler)) {
                for (long written = 0; written + block.length <= toWrite; written += block.length) {
                    out.write(block);
                }
            }
            return this;
        }
        // ever smaller pieces: a file system takes a small write where a big one no longer fits
        for (int piece : new int[] {65536, 4096, 512, 1}) {
            try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND)) {
                byte[] chunk = new byte[piece];
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException full) {
                if (!String.valueOf(full.getMessage()).contains("No space left")) {
                    throw full;
                }
            }
        }
        return this;
    }

    /** What is free on the disk now. */
    public long usable() throws IOException {
        return Files.getFileStore(root).getUsableSpace();
    }

    /** Deletes the filler: the disk has room again. */
    public TinyDisk free() throws IOException {
        Files.deleteIfExists(root.resolve(FILLER));
        return this;
    }

    public TinyDisk readOnly() {
        if (!run("mount", "-o", "remount,ro", root.toString())) {
            throw new IllegalStateException("cannot remount " + root + " read-only");
        }
        return this;
    }

    public TinyDisk writable() {
        if (!run("mount", "-o", "remount,rw", root.toString())) {
            throw new IllegalStateException("cannot remount " + root + " read-write");
        }
        return this;
    }

    @Override
    public void close() {
        run("umount", "-l", root.toString());
    }
}
