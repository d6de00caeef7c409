package dev.rapport.store;

import java.nio.file.Path;

/**
 * A second JVM for {@link TwoInstancesTest}: waits for the starting gun (a file), opens the data
 * folder, says OPEN or BUSY, and holds the folder until killed or until its time is up.
 */
public final class LockChild {
    private LockChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path gun = Path.of(args[1]);
        long holdMillis = Long.parseLong(args[2]);
        System.out.println("READY");
        System.out.flush();
        while (!java.nio.file.Files.exists(gun)) {
            Thread.onSpinWait();
        }
        try (Database db = Database.open(dir)) {
            System.out.println("OPEN");
            System.out.flush();
            Thread.sleep(holdMillis);
        } catch (AlreadyOpenException e) {
            System.out.println("BUSY");
        }
        System.out.flush();
    }
}
