package dev.rapport.bench;

import dev.rapport.app.AppContext;
import dev.rapport.service.Progress;
import dev.rapport.store.Database;
import dev.rapport.store.DatabaseKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The encrypted sample book the FX-stall and screen-load benchmarks share: generated once (it takes
 * minutes), kept between runs with {@code -Dbench.sample=FOLDER}, and worked on as a copy, since a
 * benchmark may restore or change the password.
 */
final class EncryptedSample {
    static final char[] PASSWORD = "bench 客户资料 password".toCharArray();

    private EncryptedSample() {
    }

    /** A fresh copy of the sample (made first when missing) in a new temporary folder. */
    static Path copy(int accounts, int contacts, String prefix) throws Exception {
        String kept = System.getProperty("bench.sample");
        Path sample = kept == null ? Files.createTempDirectory(prefix + "-sample") : Path.of(kept);
        if (!Files.exists(Database.file(sample))) {
            long t0 = System.nanoTime();
            try (AppContext ctx = AppContext.open(sample, DatabaseKey.fromPassword(sample, PASSWORD),
                    Clock.systemDefaultZone())) {
                ctx.demo().generate(accounts, contacts, Progress.NONE);
            }
            System.out.println("[bench] " + String.format(Locale.ROOT,
                    "sample data: %,d accounts, %,d contacts, encrypted, generated in %.1f s", accounts, contacts,
                    (System.nanoTime() - t0) / 1e9));
        }
        Path dir = Files.createTempDirectory(prefix);
        for (String file : new String[] {Database.file(sample).getFileName().toString(), "encryption.properties"}) {
            Files.copy(sample.resolve(file), dir.resolve(file));
        }
        return dir;
    }

    /** Deletes a copy: with its backups it grows to gigabytes; the kept sample stays. */
    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
