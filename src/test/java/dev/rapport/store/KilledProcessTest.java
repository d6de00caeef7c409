package dev.rapport.store;

import static dev.rapport.store.BackupArchiveTest.addAccountWithContacts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that writes through the store (SIGKILL, at random moments) and checks, after each
 * kill, that every write it had confirmed is there and no multi-row write is there in part.
 */
class KilledProcessTest {
    static final int KILLS = 32;
    static final int REKEY_KILLS = 4;
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path data;

    /** Every child started, so that a failed assertion never leaves one running (they hold the data folder). */
    private static final List<Process> CHILDREN = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void stopChildrenLeftRunning() throws InterruptedException {
        for (Process child : CHILDREN) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        CHILDREN.clear();
    }

    private static Process start(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(List.of("-Drapport.test=true", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName()));
        cmd.addAll(List.of(args));
        Process child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CHILDREN.add(child);
        return child;
    }

    /** Reads the child's lines into the queue; the latch opens when it says READY. */
    private static Thread reader(Process p, ConcurrentLinkedQueue<String> lines, CountDownLatch ready) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.equals("READY")) {
                        ready.countDown();
                    } else {
                        lines.add(line);
                    }
                }
            } catch (java.io.IOException e) {
                // the pipe breaks when the child is killed
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void everyConfirmedWriteSurvivesSigkillAndNoTransactionIsHalfThere() throws Exception {
        Random random = new Random();
        List<Long> singles = new ArrayList<>();
        List<Long> transactions = new ArrayList<>();
        long started = System.nanoTime();
        for (int run = 0; run < KILLS; run++) {
            ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
            CountDownLatch ready = new CountDownLatch(1);
            Process child = start("write", data.toString(), Integer.toString(run));
            Thread reader = reader(child, lines, ready);
            assertThat(ready.await(90, TimeUnit.SECONDS)).as("child %d opened the database", run).isTrue();
            Thread.sleep(50 + random.nextInt(400));
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            reader.join(5000);
            for (String line : lines) {
                if (!line.matches("[ST] \\d+")) {
                    continue; // the child's log lines
                }
                long id = Long.parseLong(line.substring(2));
                (line.startsWith("S") ? singles : transactions).add(id);
            }
            verify(singles, transactions);
        }
        System.out.printf("KilledProcessTest: %d kills, %d confirmed single writes and %d confirmed"
                + " account+3-contact transactions found intact, %.1f s%n", KILLS, singles.size(),
                transactions.size(), (System.nanoTime() - started) / 1e9);
        assertThat(singles.size() + transactions.size()).as("the children got to write").isGreaterThan(KILLS);
    }

    private void verify(List<Long> singles, List<Long> transactions) {
        try (Database db = Database.open(data)) {
            AccountRepository accounts = new AccountRepository(db, CLOCK);
            Set<Long> present = accounts.findAll().stream().map(Account::id).collect(Collectors.toSet());
            assertThat(present).containsAll(singles).containsAll(transactions);
            Map<Long, Integer> people = db.withHandle(h -> h.createQuery(
                    "SELECT a.id, COUNT(c.id) FROM account a LEFT JOIN contact c ON c.account_id = a.id"
                            + " WHERE a.name LIKE 'txn %' GROUP BY a.id")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            // every transaction in the file, confirmed or not, is whole: the account with its 3 people
            assertThat(people.values()).allMatch(n -> n == 3);
            int orphans = db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM contact c"
                    + " LEFT JOIN account a ON a.id = c.account_id WHERE a.id IS NULL").mapTo(Integer.class).one());
            assertThat(orphans).isZero();
        }
    }

    @Test
    void aPasswordChangeKilledAtAnyMomentLeavesADatabaseThatOpensWithTheOldOrTheNewPassword() throws Exception {
        char[] first = "erstes 密码".toCharArray();
        char[] second = "zweites 密码".toCharArray();
        DatabaseKey a = DatabaseKey.fromPassword(data, first);
        DatabaseKey b = DatabaseKey.fromPassword(data, second);
        try (Database db = Database.open(data, a)) {
            for (int i = 0; i < 20; i++) {
                addAccountWithContacts(db, "华为技术 " + i, "王建国", "Anna Müller");
            }
        }
        Random random = new Random();
        int openedWithFirst = 0;
        int openedWithSecond = 0;
        int changes = 0;
        for (int run = 0; run < REKEY_KILLS; run++) {
            ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
            CountDownLatch ready = new CountDownLatch(1);
            Process child = start("rekey", data.toString(), new String(first), new String(second));
            reader(child, lines, ready);
            assertThat(ready.await(90, TimeUnit.SECONDS)).as("child %d opened the database", run).isTrue();
            if (run == REKEY_KILLS - 1 && changes == 0) {
                // on a loaded machine the random kills may all come before the first change completes:
                // let this last child finish one, so the kill lands while it works on the next
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                while (lines.stream().noneMatch(l -> l.startsWith("CHANGED")) && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
            }
            Thread.sleep(random.nextInt(1500));
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            changes += (int) lines.stream().filter(l -> l.startsWith("CHANGED")).count();
            DatabaseKey opens = null;
            for (DatabaseKey k : new DatabaseKey[] {a, b}) {
                try (Database db = Database.open(data, k)) {
                    assertThat(db.counts().accounts()).isEqualTo(20);
                    opens = k;
                    break;
                } catch (CannotOpenException wrongKey) {
                    // try the other
                }
            }
            assertThat(opens).as("run %d: opens with the old or the new password", run).isNotNull();
            assertThat(data.resolve(FileEncryption.STAGING)).as("no staged (maybe decrypted) copy is left").doesNotExist();
            if (opens == a) {
                openedWithFirst++;
            } else {
                openedWithSecond++;
            }
        }
        System.out.printf("KilledProcessTest: password change killed " + REKEY_KILLS + " times after %d completed changes:"
                + " opened with the first password %d times, the second %d%n", changes, openedWithFirst, openedWithSecond);
        assertThat(changes).as("the children got to change the password").isPositive();
    }
}
