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
