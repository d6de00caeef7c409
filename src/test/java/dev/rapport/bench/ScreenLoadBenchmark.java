package dev.rapport.bench;

import dev.rapport.app.AppContext;
import dev.rapport.domain.AccountGroup;
import dev.rapport.domain.ChurnGroup;
import dev.rapport.domain.Period;
import dev.rapport.store.DatabaseKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's perceived speed, below the screens: the loads each screen starts on its first open, on
 * an encrypted book of 5,000 accounts and 50,000 people (the FX-stall benchmark's sample, so
 * {@code -Dbench.sample=FOLDER} serves both). Each load once cold, then the median of five.
 * Prints figures, asserts nothing about time:
 * {@code ./mvnw -B -Pbench test -Dtest=ScreenLoadBenchmark [-Dbench.sample=FOLDER]}.
 */
class ScreenLoadBenchmark {
    private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 5_000);
    private static final int CONTACTS = Integer.getInteger("bench.contacts", 50_000);
    private static final char[] PASSWORD = EncryptedSample.PASSWORD;
    private static final int WARM = 5;

    @Test
    void whatEachScreenLoadsOnItsFirstOpen() throws Exception {
        Path dir = EncryptedSample.copy(ACCOUNTS, CONTACTS, "rapport-bench-load");
        try (AppContext ctx = AppContext.open(dir, DatabaseKey.fromPassword(dir, PASSWORD), Clock.systemDefaultZone())) {
            int year = LocalDate.now().getYear();
            long account = ctx.accounts().list().get(ACCOUNTS / 2).account().id();
            time("Accounts: the list", () -> ctx.accounts().list());
            time("Accounts: health scores for the list", () -> ctx.retention().healthScores());
            time("Accounts: one account's value and health pane", () -> ctx.retention().value(account));
            time("Contacts: the list", () -> ctx.contacts().list());
            time("Planner: the year's plans", () -> ctx.plans().planner(year));
            time("Insights: the year's figures", () -> ctx.retention().insights(year, AccountGroup.ALL, ChurnGroup.TIER));
            time("Insights: the churn table", () -> ctx.retention().churn(Period.year(year), ChurnGroup.TIER,
                    AccountGroup.ALL));
            time("Insights: accounts that look at risk", () -> ctx.retention().atRiskSuggestions());
        }
        EncryptedSample.delete(dir);
    }

    private static void time(String what, Callable<?> load) throws Exception {
        long t0 = System.nanoTime();
        Object result = load.call();
        double cold = (System.nanoTime() - t0) / 1e6;
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < WARM; i++) {
            long t = System.nanoTime();
            load.call();
            warm.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(warm);
        report("%s: first %.0f ms, then median %.0f ms (of %d)%s", what, cold, warm.get(WARM / 2), WARM,
                result instanceof java.util.Collection<?> c ? String.format(Locale.ROOT, ", %,d rows", c.size()) : "");
    }

    private static void report(String format, Object... args) {
        // Benchmarks print their figures; that is their whole output.
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
