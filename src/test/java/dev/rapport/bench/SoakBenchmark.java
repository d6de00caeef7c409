package dev.rapport.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactListItem;
import dev.rapport.domain.EditConflict;
import dev.rapport.domain.Tier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Soak: 100,000 random operations through the real services (create, edit, delete, undo for
 * accounts and people) against an in-memory model, with the app closed and reopened every
 * 5,000 operations. A second writer (another window, the command line) interleaves with the first:
 * it reads accounts and people, keeps its copies while the first writer goes on, and saves them
 * later. The model knows each row's version, so it predicts exactly which of those saves are
 * stale: those must be refused with an EditConflict (and are counted), the others must succeed.
 * After every restart the database must hold exactly what the model holds.
 * Prints throughput; fails on the first difference. Run with {@code ./mvnw -Pbench test}.
 */
class SoakBenchmark {
    private static final int OPERATIONS = Integer.getInteger("rapport.soak.operations", 100_000);
    private static final int RESTART_EVERY = 5_000;
    private static final String[] SURNAMES = {"王", "李", "张", "陈", "Müller", "O'Brien", "García", "Nguyễn"};

    @TempDir
    Path dataDir;

    /** What the model expects of an account the user can see. */
    private record AccountState(String name, Tier tier, BigDecimal revenue, String notes) {
    }

    private record ContactState(long accountId, String name, Birthday birthday, String title) {
    }

    private final Map<Long, AccountState> accounts = new HashMap<>();
    private final Set<Long> deletedAccounts = new HashSet<>();
    private final Map<Long, ContactState> contacts = new HashMap<>();
    private final Set<Long> deletedContacts = new HashSet<>();
    /** The row version the model expects in the database, per account and per person. */
    private final Map<Long, Long> accountVersions = new HashMap<>();
    private final Map<Long, Long> contactVersions = new HashMap<>();
    /** The second writer's copies, read some operations ago. */
    private final Map<Long, Account> secondAccounts = new HashMap<>();
    private final Map<Long, Contact> secondContacts = new HashMap<>();
    private int staleRefused;
    private final Random random = new Random(20261129L);
    private int serial;

    @Test
    void theDatabaseMatchesTheModelAfterEveryRestart() {
        Clock clock = Clock.systemUTC();
        AppContext app = AppContext.open(dataDir, clock);
        long started = System.nanoTime();
        long checkNanos = 0;
        int restarts = 0;
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Long> nanos = new TreeMap<>();
        try {
            for (int op = 1; op <= OPERATIONS; op++) {
                long t0 = System.nanoTime();
                String kind = random.nextInt(100) < 20 ? secondWriter(app) : step(app);
                counts.merge(kind, 1, Integer::sum);
                nanos.merge(kind, System.nanoTime() - t0, Long::sum);
                if (op % RESTART_EVERY == 0) {
                    app.close();
                    app = AppContext.open(dataDir, clock);
                    restarts++;
                    long t = System.nanoTime();
                    assertMatches(app, op);
                    checkNanos += System.nanoTime() - t;
                }
            }
        } finally {
            app.close();
        }
        double seconds = (System.nanoTime() - started - checkNanos) / 1e9;
        System.out.printf("[bench] soak: %,d operations %s, %d restarts, database matched the model after each; "
                        + "%.0f operations/s (checks excluded); %,d accounts and %,d people visible at the end; "
                        + "%,d stale saves of the second writer refused%n",
                OPERATIONS, counts, restarts, OPERATIONS / seconds, visibleAccounts().size(), visibleContacts().size(),
                staleRefused);
        assertThat(staleRefused).as("the second writer's stale saves were exercised").isPositive();
        nanos.forEach((kind, total) -> System.out.printf("[bench] soak: %s %.2f ms on average%n", kind,
                total / 1e6 / counts.get(kind)));
    }

    private String step(AppContext app) {
        List<Long> live = new ArrayList<>(visibleAccounts());
        int dice = random.nextInt(100);
        if (live.isEmpty() || dice < 15) {
            String name = "Soak " + (++serial) + " " + SURNAMES[random.nextInt(SURNAMES.length)] + "氏贸易";
            Account saved = app.accounts().save(Account.named(name).withTier(Tier.values()[random.nextInt(3)]));
            accounts.put(saved.id(), new AccountState(saved.name(), saved.tier(), null, ""));
            accountVersions.put(saved.id(), 1L);
            return "create-account";
        }
        long accountId = live.get(random.nextInt(live.size()));
        if (dice < 30) {
            Account a = app.accounts().find(accountId).orElseThrow();
            BigDecimal revenue = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
            String notes = "第" + random.nextInt(1000) + "次拜访 — visit " + random.nextInt(1000);
            Account changed = new Account(a.id(), a.name(), a.partyType(), Tier.values()[random.nextInt(3)], a.stage(),
                    a.level(), a.relationshipType(), a.industry(), a.address(), a.phone(), a.website(), revenue,
                    a.grossMarginPct(), a.shareOfWalletPct(), a.satisfaction(), a.owner(), a.tags(), notes,
                    a.createdAt(), a.updatedAt(), a.version());
            app.accounts().save(changed);
            accounts.put(accountId, new AccountState(a.name(), changed.tier(), revenue, notes));
            accountVersions.merge(accountId, 1L, Long::sum);
            return "edit-account";
        }
        if (dice < 36) {
            app.accounts().delete(accountId, accountVersions.get(accountId));
            accountVersions.merge(accountId, 1L, Long::sum);
            deletedAccounts.add(accountId);
            return "delete-account";
        }
        if (dice < 40 && !deletedAccounts.isEmpty()) {
            long back = deletedAccounts.iterator().next();
            app.accounts().undoDelete(back, accountVersions.get(back));
            accountVersions.merge(back, 1L, Long::sum);
            deletedAccounts.remove(back);
            return "undo-delete-account";
        }
        List<Long> people = new ArrayList<>(visibleContacts());
        if (people.isEmpty() || dice < 70) {
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + " " + (++serial);
            Birthday birthday = random.nextBoolean() ? Birthday.of(2 + random.nextInt(11), 1 + random.nextInt(28))
                    : Birthday.of(1960 + 4 * random.nextInt(10), 2, 29 - random.nextInt(2) * 10);
            Contact c = Contact.named(name, accountId);
            Contact saved = app.contacts().save(withBirthdayAndTitle(c, birthday, "经理"));
            contacts.put(saved.id(), new ContactState(accountId, saved.name(), birthday, "经理"));
            contactVersions.put(saved.id(), 1L);
            return "create-person";
        }
        long contactId = people.get(random.nextInt(people.size()));
        if (dice < 88) {
            Contact c = app.contacts().find(contactId).orElseThrow();
            String title = random.nextBoolean() ? "Purchasing manager" : "采购总监 " + random.nextInt(100);
            app.contacts().save(withBirthdayAndTitle(c, c.birthday(), title));
            ContactState old = contacts.get(contactId);
            contacts.put(contactId, new ContactState(old.accountId(), old.name(), old.birthday(), title));
            contactVersions.merge(contactId, 1L, Long::sum);
            return "edit-person";
        }
        if (dice < 96) {
            app.contacts().delete(contactId, contactVersions.get(contactId));
            contactVersions.merge(contactId, 1L, Long::sum);
            deletedContacts.add(contactId);
            return "delete-person";
        }
        if (!deletedContacts.isEmpty()) {
            long back = deletedContacts.iterator().next();
            app.contacts().undoDelete(back, contactVersions.get(back));
            contactVersions.merge(back, 1L, Long::sum);
            deletedContacts.remove(back);
            return "undo-delete-person";
        }
        return "nothing";
    }

    private static Contact withBirthdayAndTitle(Contact c, Birthday birthday, String title) {
        return new Contact(c.id(), c.accountId(), c.name(), title, c.department(), c.buyingRole(), c.phones(),
                c.emails(), c.address(), c.preferredChannel(), birthday, c.interests(), c.notes(), c.leftAccount(),
                c.leftOn(), c.createdAt(), c.updatedAt(), c.version());
    }

    /**
     * The second writer: half the time it reads an account or a person and keeps the copy; else it
     * saves a copy it kept, changed. The model says whether that copy is stale (its version is not
     * the one stored, or the row is deleted): a stale save must be refused and change nothing.
     */
    private String secondWriter(AppContext app) {
        boolean onAccount = random.nextBoolean();
        if (random.nextBoolean()) {
            List<Long> ids = new ArrayList<>(onAccount ? visibleAccounts() : visibleContacts());
            if (ids.isEmpty()) {
                return "second-read-nothing";
            }
            long id = ids.get(random.nextInt(ids.size()));
            if (onAccount) {
                secondAccounts.put(id, app.accounts().find(id).orElseThrow());
            } else {
                secondContacts.put(id, app.contacts().find(id).orElseThrow());
            }
            return "second-read";
        }
        if (onAccount && !secondAccounts.isEmpty()) {
            List<Long> ids = new ArrayList<>(secondAccounts.keySet());
            long id = ids.get(random.nextInt(ids.size()));
            Account copy = secondAccounts.remove(id);
            String notes = "second writer " + (++serial);
            Account changed = new Account(copy.id(), copy.name(), copy.partyType(), copy.tier(), copy.stage(),
                    copy.level(), copy.relationshipType(), copy.industry(), copy.address(), copy.phone(), copy.website(),
                    copy.annualRevenue(), copy.grossMarginPct(), copy.shareOfWalletPct(), copy.satisfaction(),
                    copy.owner(), copy.tags(), notes, copy.createdAt(), copy.updatedAt(), copy.version());
            boolean stale = deletedAccounts.contains(id) || copy.version() != accountVersions.get(id);
            if (stale) {
                assertThatThrownBy(() -> app.accounts().save(changed)).as("stale save of account %d", id)
                        .isInstanceOf(EditConflict.class);
                staleRefused++;
                return "second-stale-account-refused";
            }
            app.accounts().save(changed);
            AccountState old = accounts.get(id);
            accounts.put(id, new AccountState(old.name(), copy.tier(), copy.annualRevenue(), notes));
            accountVersions.merge(id, 1L, Long::sum);
            return "second-save-account";
        }
        if (!onAccount && !secondContacts.isEmpty()) {
            List<Long> ids = new ArrayList<>(secondContacts.keySet());
            long id = ids.get(random.nextInt(ids.size()));
            Contact copy = secondContacts.remove(id);
            String title = "second writer " + (++serial);
            boolean stale = deletedContacts.contains(id) || copy.version() != contactVersions.get(id);
            if (stale) {
                assertThatThrownBy(() -> app.contacts().save(withBirthdayAndTitle(copy, copy.birthday(), title)))
                        .as("stale save of person %d", id).isInstanceOf(EditConflict.class);
                staleRefused++;
                return "second-stale-person-refused";
            }
            app.contacts().save(withBirthdayAndTitle(copy, copy.birthday(), title));
            ContactState old = contacts.get(id);
            contacts.put(id, new ContactState(old.accountId(), old.name(), copy.birthday(), title));
            contactVersions.merge(id, 1L, Long::sum);
            return "second-save-person";
        }
        return "second-nothing";
    }

    private Set<Long> visibleAccounts() {
        Set<Long> ids = new HashSet<>(accounts.keySet());
        ids.removeAll(deletedAccounts);
        return ids;
    }

    private Set<Long> visibleContacts() {
        Set<Long> ids = new HashSet<>();
        contacts.forEach((id, c) -> {
            if (!deletedContacts.contains(id) && !deletedAccounts.contains(c.accountId())) {
                ids.add(id);
            }
        });
        return ids;
    }

    private void assertMatches(AppContext app, int op) {
        Map<Long, AccountState> inDb = new HashMap<>();
        for (AccountListItem item : app.accounts().list()) {
            Account a = item.account();
            inDb.put(a.id(), new AccountState(a.name(), a.tier(), a.annualRevenue(), a.notes()));
        }
        Map<Long, AccountState> expected = new HashMap<>(accounts);
        expected.keySet().removeAll(deletedAccounts);
        assertThat(inDb).as("accounts after operation %d", op).isEqualTo(expected);

        Map<Long, ContactState> peopleInDb = new HashMap<>();
        for (ContactListItem item : app.contacts().list()) {
            Contact c = item.contact();
            peopleInDb.put(c.id(), new ContactState(c.accountId(), c.name(), c.birthday(), c.title()));
        }
        Map<Long, ContactState> expectedPeople = new HashMap<>();
        visibleContacts().forEach(id -> expectedPeople.put(id, contacts.get(id)));
        assertThat(peopleInDb).as("people after operation %d", op).isEqualTo(expectedPeople);
    }
}
