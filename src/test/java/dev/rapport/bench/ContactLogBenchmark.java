package dev.rapport.bench;

import dev.rapport.app.AppContext;
import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.ContactListItem;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Sentiment;
import dev.rapport.domain.TimelineFilter;
import dev.rapport.domain.TimelinePage;
import dev.rapport.service.ContactLogService;
import dev.rapport.service.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's contact log figures with 5,000 accounts, 50,000 contacts and 500,000 interactions:
 * an account timeline's first page (target <= 30 ms), later pages, a person's timeline, and the
 * Today queries (follow-ups due, accounts going quiet, open complaints; target <= 50 ms).
 * Prints figures, asserts nothing about time: run with {@code ./mvnw -Pbench test -Dtest=ContactLogBenchmark}.
 */
class ContactLogBenchmark {
    private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 5_000);
    private static final int CONTACTS = Integer.getInteger("bench.contacts", 50_000);
    private static final int INTERACTIONS = Integer.getInteger("bench.interactions", 500_000);
    private static final int RUNS = 200;

    @Test
    void timelinesAndTodayQueriesWithHalfAMillionInteractions() throws Exception {
        Path dir = Files.createTempDirectory("rapport-bench-log");
        LocalDate today = LocalDate.now();
        long t0 = System.nanoTime();
        try (AppContext ctx = AppContext.open(dir, Clock.systemDefaultZone())) {
            ctx.demo().generate(ACCOUNTS, CONTACTS, Progress.NONE);
            ContactLogService log = ctx.contactLog();
            report("sample data: %,d accounts, %,d contacts, %,d interactions in %.1f s", ACCOUNTS, CONTACTS,
                    log.count(), seconds(t0));

            List<Long> accounts = ctx.accounts().list().stream().map(a -> a.account().id()).toList();
            Map<Long, List<Long>> people = new HashMap<>();
            for (ContactListItem c : ctx.contacts().list()) {
                people.computeIfAbsent(c.contact().accountId(), k -> new ArrayList<>()).add(c.contact().id());
            }
            // an account with people (those at exited accounts are not listed)
            long busiest = accounts.stream().filter(people::containsKey).findFirst().orElseThrow();
            long t1 = System.nanoTime();
            Random r = new Random(7);
            InteractionChannel[] channels = InteractionChannel.values();
            List<Interaction> batch = new ArrayList<>();
            long missing = INTERACTIONS - log.count();
            for (long k = 0; k < missing; k++) {
                // one account in fifty gets a tenth of everything: timelines must stay fast for the busiest
                long account = k % 10 == 0 ? busiest : accounts.get(r.nextInt(accounts.size()));
                InteractionChannel channel = channels[r.nextInt(channels.length)];
                LocalDateTime at = today.minusDays(r.nextInt(3 * 365)).atTime(8 + r.nextInt(10), r.nextInt(60));
                List<Long> here = people.getOrDefault(account, List.of());
                Interaction i = new Interaction(null, at, account,
                        here.isEmpty() ? List.of() : List.of(here.get(r.nextInt(here.size()))), channel,
                        "Bench " + k, "notes about item " + k + " 项目 " + (k % 97), "", Sentiment.POSITIVE, null,
                        null, "", false, null, "", null, null, null, 0L);
                if (k % 10 == 3) {
                    LocalDate due = at.toLocalDate().plusDays(7);
                    i = i.withFollowUp(due, "follow up").withFollowUpDone(due.isBefore(today.minusDays(30)));
                }
                if (channel == InteractionChannel.COMPLAINT && at.toLocalDate().isBefore(today.minusDays(30))) {
                    i = i.withComplaint(ComplaintStatus.RESOLVED, "done", at.toLocalDate().plusDays(3));
                }
                batch.add(i);
                if (batch.size() == 10_000) {
                    log.logAll(batch);
                    batch.clear();
                }
            }
            log.logAll(batch);
            report("filled to %,d interactions in %.1f s", log.count(), seconds(t1));

            long someAccount = accounts.get(accounts.size() / 2);
            long someContact = people.get(busiest).get(0);
            time("account timeline, first page of 50 (random accounts; target <= 30 ms)",
                    () -> log.accountTimeline(accounts.get(r.nextInt(accounts.size())), TimelineFilter.ALL, null, 50));
            time("account timeline, first page of 50 (busiest account, ~50,000 interactions; target <= 30 ms)",
                    () -> log.accountTimeline(busiest, TimelineFilter.ALL, null, 50));
            TimelinePage.Cursor deep = cursorAfterPages(log, busiest, 20);
            time("account timeline, 21st page of the busiest account", () -> log.accountTimeline(busiest,
                    TimelineFilter.ALL, deep, 50));
            time("account timeline filtered by channel (busiest account)", () -> log.accountTimeline(busiest,
                    new TimelineFilter(InteractionChannel.MEAL, ""), null, 50));
            time("account timeline searching the notes (a middle account)", () -> log.accountTimeline(someAccount,
                    new TimelineFilter(null, "项目 5"), null, 50));
            time("person timeline, first page of 50", () -> log.contactTimeline(someContact, TimelineFilter.ALL,
                    null, 50));
            time("Today: follow-ups due today and overdue (target <= 50 ms)", () -> log.followUpsDue(today));
            time("Today: accounts going quiet, worst first (target <= 50 ms)", () -> log.quietAccounts(today));
            time("Today: open complaints, oldest first (target <= 50 ms)", () -> log.openComplaints());
            time("last contact of every account and person (list columns)", () -> {
                log.lastContactByAccount();
                return log.lastContactByContact();
            });
            report("rows: %,d follow-ups due, %,d accounts going quiet, %,d open complaints",
                    log.followUpsDue(today).size(), log.quietAccounts(today).size(), log.openComplaints().size());
        }
    }

    private static TimelinePage.Cursor cursorAfterPages(ContactLogService log, long account, int pages) {
        TimelinePage.Cursor c = null;
        for (int p = 0; p < pages; p++) {
            c = log.accountTimeline(account, TimelineFilter.ALL, c, 50).next();
        }
        return c;
    }

    private static void time(String what, Supplier<?> query) {
        for (int i = 0; i < 20; i++) {
            query.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            query.get();
            ms.add((System.nanoTime() - s) / 1e6);
        }
        Collections.sort(ms);
        report("%s: median %.2f ms, p95 %.2f ms, max %.2f ms", what, ms.get(RUNS / 2), ms.get(RUNS * 95 / 100 - 1),
                ms.get(RUNS - 1));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void report(String format, Object... args) {
        // Benchmarks print their figures; that is their whole output.
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
