package dev.rapport.bench;

import dev.rapport.domain.DayDates;
import dev.rapport.domain.UpcomingDate;
import dev.rapport.ui.today.UpcomingDatesViewModel;
import dev.rapport.service.Progress;
import dev.rapport.service.TodayService;
import dev.rapport.app.AppContext;
import dev.rapport.store.Database;
import dev.rapport.store.FamilyRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's Today figure: the birthday and important-date query behind the Today view with 5,000
 * accounts, 50,000 contacts and about 100,000 family members (the sample data gives two per contact).
 * Prints figures, asserts nothing about time: run with {@code ./mvnw -Pbench test -Dtest=TodayBenchmark}.
 */
class TodayBenchmark {
    private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 5_000);
    private static final int CONTACTS = Integer.getInteger("bench.contacts", 50_000);
    private static final int ROUNDS = 30;

    @Test
    void todaysBirthdaysAndDatesWithFiftyThousandContactsAndTheirFamilies() throws Exception {
        Path dir = Files.createTempDirectory("rapport-bench-today");
        long t0 = System.nanoTime();
        try (AppContext ctx = AppContext.open(dir, Clock.systemDefaultZone())) {
            ctx.demo().generate(ACCOUNTS, CONTACTS, Progress.NONE);
        }
        long members;
        try (Database db = Database.open(dir)) {
            members = new FamilyRepository(db, Clock.systemDefaultZone()).countActive();
        }
        report("sample data: %,d accounts, %,d contacts, %,d family members generated in %.1f s", ACCOUNTS, CONTACTS,
                members, (System.nanoTime() - t0) / 1e9);

        try (AppContext ctx = AppContext.open(dir, Clock.systemDefaultZone())) {
            TodayService today = ctx.today();
            for (int days : new int[] {TodayService.DEFAULT_DAYS, 60, 365}) {
                List<Double> ms = new ArrayList<>();
                int found = 0;
                for (int i = 0; i < ROUNDS + 5; i++) {
                    long k = System.nanoTime();
                    List<UpcomingDate> dates = today.upcomingDates(days);
                    double took = (System.nanoTime() - k) / 1e6;
                    if (i >= 5) {
                        ms.add(took);
                    }
                    found = dates.size();
                }
                Collections.sort(ms);
                report("every line, next %d days (%,d birthdays and dates found): median %.1f ms, p95 %.1f ms"
                        + " over %d runs (what `rapport today` and the startup summary read)", days, found,
                        ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ROUNDS);
            }
            for (int days : new int[] {TodayService.DEFAULT_DAYS, 60, 365}) {
                List<Double> ms = new ArrayList<>();
                int lines = 0;
                int total = 0;
                for (int i = 0; i < ROUNDS + 5; i++) {
                    long k = System.nanoTime();
                    List<DayDates> byDay = today.upcomingByDay(days, UpcomingDatesViewModel.LINES_PER_DAY);
                    double took = (System.nanoTime() - k) / 1e6;
                    if (i >= 5) {
                        ms.add(took);
                    }
                    lines = byDay.stream().mapToInt(d -> d.shown().size()).sum();
                    total = byDay.stream().mapToInt(DayDates::total).sum();
                }
                Collections.sort(ms);
                report("Today's dates by day, next %d days (%,d lines shown of %,d): median %.1f ms, p95 %.1f ms"
                        + " over %d runs (target p95 <= 50 ms for 14 days, 100 ms for 60, 250 ms for 365)", days,
                        lines, total, ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ROUNDS);
            }
        }
    }

    private static void report(String format, Object... args) {
        // Benchmarks print their figures; that is their whole output.
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
