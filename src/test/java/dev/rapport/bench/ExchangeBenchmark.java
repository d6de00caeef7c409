package dev.rapport.bench;

import dev.rapport.app.AppContext;
import dev.rapport.domain.AccountListItem;
import dev.rapport.service.ImportReport;
import dev.rapport.service.ImportService;
import dev.rapport.service.Progress;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's figures: importing 50,000 contacts from CSV (rows per second, and against H2's own
 * CSVREAD of the same file), one account summary PDF warm, and a batch of 200 summaries.
 * Prints figures, asserts nothing about time: run with {@code ./mvnw -Pbench test}.
 */
class ExchangeBenchmark {
    private static final int CONTACTS = Integer.getInteger("bench.contacts", 50_000);
    private static final int COMPANIES = Math.max(1, CONTACTS / 10);
    private static final String[] FAMILY = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "军"};
    private static final String[] LATIN = {"Anna Schmidt", "James O'Brien", "Chloé Dubois", "Lars Müller", "Priya Raman"};

    @Test
    void importingFiftyThousandContactsAndWritingSummaries() throws Exception {
        Path dir = Files.createTempDirectory("rapport-bench-exchange");
        Path csv = dir.resolve("contacts.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("Name,Company,Job title,Mobile phone,E-mail,Birthday\n");
            for (int i = 0; i < CONTACTS; i++) {
                String name = i % 3 == 0 ? LATIN[i % LATIN.length] + " " + i
                        : FAMILY[i % FAMILY.length] + GIVEN[(i / 10) % GIVEN.length] + i;
                String company = (i % 2 == 0 ? "杭州瑞丰电子 " : "Northwind Trading ") + (i % COMPANIES);
                w.write(String.format(Locale.ROOT, "\"%s\",%s,采购经理 Buyer,+86 138 %04d %04d,p%d@example.com,19%02d-%02d-%02d%n",
                        name, company, (i / 10000) % 10000, i % 10000, i, 50 + i % 50, 1 + i % 12, 1 + i % 28));
            }
        }
        long bytes = Files.size(csv);

        try (AppContext ctx = AppContext.open(dir.resolve("data"), Clock.systemDefaultZone())) {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ImportReport report = ctx.imports().importBatch(ctx.imports().read(csv), ImportService.Options.defaults(),
                    Progress.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            report("CSV import: %,d rows (%,d KB) in %.1f s = %,.0f rows/s; %,d people and %,d accounts added, %d refused",
                    CONTACTS, bytes / 1024, seconds, CONTACTS / seconds, report.peopleAdded(), report.accountsAdded(),
                    report.rejectedRows());
            report("  of which CPU time of the importing thread: %.1f s (%,.0f rows per CPU second; the rest is waiting"
                    + " for the disk or, on a busy machine, for a core)", cpu, CONTACTS / cpu);

            double h2 = csvread(csv);
            report("H2 CSVREAD of the same file into a table: %.2f s = %,.0f rows/s; Rapport's import takes %.1f x as long"
                    + " (it also checks every row, resolves accounts, finds duplicates and writes phone/e-mail rows)",
                    h2, CONTACTS / h2, seconds / h2);

            List<Long> ids = ctx.accounts().list().stream().map(AccountListItem::account).map(a -> a.id()).toList();
            Path pdfs = dir.resolve("pdf");
            Files.createDirectories(pdfs);
            for (int i = 0; i < 10; i++) {
                ctx.summaries().writePdf(ids.get(i), pdfs.resolve("warm" + i + ".pdf"));
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                long s = System.nanoTime();
                ctx.summaries().writePdf(ids.get(10 + i), pdfs.resolve("timed" + i + ".pdf"));
                times.add((System.nanoTime() - s) / 1e6);
            }
            Collections.sort(times);
            report("one account summary PDF, warm: median %.0f ms, 90th percentile %.0f ms (30 summaries, ~10 people each)",
                    times.get(times.size() / 2), times.get(times.size() * 9 / 10));
            long b = System.nanoTime();
            List<Path> batch = ctx.summaries().writePdfs(ids.subList(0, Math.min(200, ids.size())), pdfs.resolve("batch"),
                    Progress.NONE);
            report("batch of %d summaries into a folder: %.1f s", batch.size(), (System.nanoTime() - b) / 1e9);
        }
    }

    private static double csvread(Path csv) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:csvread");
                Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("CREATE TABLE imported AS SELECT * FROM CSVREAD('" + csv.toAbsolutePath().toString().replace("'", "''")
                    + "', NULL, 'charset=UTF-8')");
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    private static void report(String format, Object... args) {
        // Benchmarks print their figures; that is their whole output.
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
