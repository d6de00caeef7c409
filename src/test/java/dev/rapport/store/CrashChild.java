package dev.rapport.store;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The process the crash tests kill: it writes through Rapport's store and prints each write
 * only once it is committed, so the parent knows exactly what the app had confirmed.
 * Not a test itself; started in a child JVM by {@link KilledProcessTest}.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = Path.of(args[1]);
        if (args[0].equals("write")) {
            write(dir, Integer.parseInt(args[2]), out);
        } else {
            rekey(dir, args[2].toCharArray(), args[3].toCharArray(), out);
        }
    }

    private static void write(Path dir, int run, PrintStream out) {
        Clock clock = Clock.systemUTC();
        try (Database db = Database.open(dir)) {
            AccountRepository accounts = new AccountRepository(db, clock);
            ContactRepository contacts = new ContactRepository(db, clock);
            warmUp(db, accounts, contacts);
            out.println("READY");
            for (int i = 0; i < 1_000_000; i++) {
                if (i % 2 == 0) {
                    long id = accounts.insert(Account.named("single 王建国 " + run + "-" + i)).id();
                    out.println("S " + id);
                } else {
                    int n = i;
                    long id = db.inTransaction(() -> {
                        long a = accounts.insert(Account.named("txn 华为技术 " + run + "-" + n)).id();
                        for (int c = 0; c < 3; c++) {
                            contacts.insert(Contact.named("Anna Müller " + c, a));
                        }
                        return a;
                    });
                    out.println("T " + id);
                }
            }
        }
    }

    /**
     * Prepares the write path (Jdbi's SQL objects, H2's statements, the JIT) with a transaction
     * that is rolled back, so the parent's random kill lands while rows are written rather than
     * while the first one is being prepared: on a loaded machine that took most of the kill window.
     */
    private static void warmUp(Database db, AccountRepository accounts, ContactRepository contacts) {
        try {
            db.inTransaction(() -> {
                long a = accounts.insert(Account.named("warm-up")).id();
                contacts.insert(Contact.named("warm-up", a));
                throw new IllegalStateException("warm-up rolled back");
            });
        } catch (RuntimeException rolledBack) {
            // nothing of it is in the file
        }
    }

    private static void rekey(Path dir, char[] first, char[] second, PrintStream out) {
        DatabaseKey a = DatabaseKey.fromPassword(dir, first);
        DatabaseKey b = DatabaseKey.fromPassword(dir, second);
        out.println("READY");
        DatabaseKey current = Database.isEncrypted(dir) ? a : DatabaseKey.NONE;
        for (int i = 0; i < 1000; i++) {
            DatabaseKey next = i % 2 == 0 ? b : a;
            try {
                FileEncryption.change(dir, current, next);
            } catch (CannotOpenException wrongGuess) {
                // the parent may have left the file on the other password
                current = current == a ? b : a;
                FileEncryption.change(dir, current, next);
            }
            current = next;
            out.println("CHANGED " + i);
        }
    }
}
