package dev.rapport.bench;

import dev.rapport.domain.Account;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Tier;
import dev.rapport.exchange.ImportBatch;
import dev.rapport.exchange.csv.ColumnMapping;
import dev.rapport.exchange.csv.CsvImport;
import dev.rapport.exchange.csv.CsvTable;
import dev.rapport.service.AccountService;
import dev.rapport.service.ContactLogService;
import dev.rapport.service.ImportService;
import dev.rapport.service.Progress;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.ContactRepository;
import dev.rapport.store.Database;
import dev.rapport.store.InteractionRepository;
import dev.rapport.store.BusinessSettingsRepository;
import dev.rapport.store.UnforcedFileSystem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's figure: what forcing a confirmed save to the disk costs. 500 account edits and 500
 * contact-log entries through the real services, each timed, on a database whose saves are forced
 * (the app) and on one whose forces are ignored (what WRITE_DELAY=0 alone did), in the same folder's
 * file system; and a 200-row CSV import, forced once. Prints median and 95th percentile; asserts
 * nothing about time. {@code ./mvnw -B -Pbench test -Dtest=SaveBenchmark [-Dbench.saves=500]
 * [-Dbench.dataDir=/a/folder/on/the/disk/to/measure]}.
 */
class SaveBenchmark {
    private static final int SAVES = Integer.getInteger("bench.saves", 500);
    private static final int WARM_UP = 50;
    private static final Clock CLOCK = Clock.systemDefaultZone();

    /** The services one database's saves go through. */
    private record Saves(Database db, AccountService accounts, ContactLogService log, ImportService imports,
            List<Long> ids) implements AutoCloseable {
        static Saves on(Database db) {
            AccountRepository accountRepo = new AccountRepository(db, CLOCK);
            ContactRepository contactRepo = new ContactRepository(db, CLOCK);
            AccountService accounts = new AccountService(accountRepo, contactRepo, Locale.ENGLISH);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                ids.add(accounts.save(Account.named("华为技术 " + i)).id());
            }
            return new Saves(db, accounts, new ContactLogService(new InteractionRepository(db, CLOCK), accountRepo,
                    contactRepo, new BusinessSettingsRepository(db), CLOCK),
                    new ImportService(db, accountRepo, contactRepo, Locale.ENGLISH, CLOCK), ids);
        }

        void editAccount(int i) {
            long id = ids.get(i % ids.size());
            accounts.save(accounts.find(id).orElseThrow().withTier(Tier.values()[i % 3]).withTags(List.of("edit " + i)));
        }

        void logEntry(int i) {
            log.log(Interaction.of(ids.get(i % ids.size()), LocalDateTime.of(2026, 1 + i % 12, 1 + i % 28, 10, 0),
                    InteractionChannel.VISIT, "拜访 " + i));
        }

        @Override
        public void close() {
            db.close();
        }
    }

    @Test
    void aForcedSaveAgainstTheSameSaveLeftInTheOperatingSystemsCache() throws Exception {
        String where = System.getProperty("bench.dataDir");
        Path root = where == null ? Files.createTempDirectory("rapport-bench-save")
                : Files.createDirectories(Path.of(where)).resolve("save-" + System.nanoTime());
        Files.createDirectories(root);
        report("folder %s on a %s file system; %d saves of each kind after %d to warm up, taking turns between"
                + " the two databases so that both see the same load", root, Files.getFileStore(root).type(), SAVES,
                WARM_UP);
        try (Saves forced = Saves.on(Database.open(root.resolve("forced")));
                Saves unforced = Saves.on(UnforcedFileSystem.open(root.resolve("unforced")))) {
            compare("account edit", forced::editAccount, unforced::editAccount);
            compare("contact-log entry", forced::logEntry, unforced::logEntry);
            for (int round = 0; round < 2; round++) { // the first round warms the import up
                for (Saves saves : List.of(unforced, forced)) {
                    long t = System.nanoTime();
                    saves.imports().importBatch(csv(round), ImportService.Options.defaults(), Progress.NONE);
                    if (round == 1) {
                        report("import of 200 people %s: %.0f ms", saves == forced ? "forced once" : "without forcing",
                                (System.nanoTime() - t) / 1e6);
                    }
                }
            }
        }
    }

    private static void compare(String what, IntConsumer forced, IntConsumer unforced) {
        List<Double> withForce = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SAVES; i++) {
            double a = time(unforced, i);
            double b = time(forced, i);
            if (i >= WARM_UP) {
                without.add(a);
                withForce.add(b);
            }
        }
        Collections.sort(withForce);
        Collections.sort(without);
        report("%s: forced (the app) median %.2f ms, p95 %.2f ms; without forcing median %.2f ms, p95 %.2f ms;"
                + " the forced write adds %.2f ms to the median", what, median(withForce), p95(withForce),
                median(without), p95(without), median(withForce) - median(without));
    }

    private static double time(IntConsumer save, int i) {
        long t = System.nanoTime();
        save.accept(i);
        return (System.nanoTime() - t) / 1e6;
    }

    /** 200 new people at 20 new companies. */
    private static ImportBatch csv(int round) {
        StringBuilder text = new StringBuilder("Name,Company,E-mail Address\n");
        for (int i = 0; i < 200; i++) {
            text.append("陈静 ").append(round).append('-').append(i).append(",Import Co ").append(round).append('-')
                    .append(i % 20).append(",p").append(i)
                    .append("@example.com\n");
        }
        CsvTable table = CsvTable.parse(text.toString().getBytes(StandardCharsets.UTF_8), null, null);
        return CsvImport.rows(table, ColumnMapping.guess(table.header()));
    }

    private static double median(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static double p95(List<Double> sorted) {
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }

    private static void report(String format, Object... args) {
        // Benchmarks print their figures; that is their whole output.
        System.out.println("[bench] save: " + String.format(Locale.ROOT, format, args));
    }
}
