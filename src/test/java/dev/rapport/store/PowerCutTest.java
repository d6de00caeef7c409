package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Cadence;
import dev.rapport.domain.Contact;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Relation;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.exchange.ImportBatch;
import dev.rapport.exchange.csv.ColumnMapping;
import dev.rapport.exchange.csv.CsvImport;
import dev.rapport.exchange.csv.CsvTable;
import dev.rapport.service.AccountService;
import dev.rapport.service.ContactLogService;
import dev.rapport.service.ContactService;
import dev.rapport.service.ImportReport;
import dev.rapport.service.ImportService;
import dev.rapport.service.MemoryService;
import dev.rapport.service.PlanService;
import dev.rapport.service.Progress;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Power cuts, the way SQLite tests them: the database runs on {@link PowerCutFileSystem}, which
 * drops at the cut every write the disk was not forced to keep (or, in the second test, keeps some
 * of them by chance, page by page, as a disk that wrote part of its cache back would). The real services save accounts,
 * people, family, contact-log entries, plans with actions, settings and CSV imports; the cut comes
 * at a random write or force of the file, often in the middle of a save. Reopened on what
 * survived, the database must hold exactly what the saves that had returned wrote, and the save
 * the cut interrupted wholly or not at all.
 *
 * <p>What a save writes is known from a reference: every save runs first on a copy of the
 * database on the ordinary disk, and the copy's rows after it are what the save wrote.
 * {@code -Drapport.powercut.seed=N} repeats a run; {@code -Drapport.powercut.cuts=N} makes it longer.
 */
class PowerCutTest {
    private static final int CUTS = Integer.getInteger("rapport.powercut.cuts", 16);
    /** The cut comes at one of the next this many writes and forces of the file. */
    private static final int CUT_WITHIN_OPERATIONS = 40;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-10T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    /** Closing a database whose disk has gone dark warns with a stack trace: expected here, every cut. */
    private static final ch.qos.logback.classic.Logger CLOSE_LOG =
            (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(Database.class);

    @org.junit.jupiter.api.BeforeEach
    void quietCloseWarnings() {
        CLOSE_LOG.setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    @AfterEach
    void powerBackOn() {
        PowerCutFileSystem.powerOn();
        CLOSE_LOG.setLevel(null);
    }

    /** The services a user saves through, over one database. */
    private record App(Database db, AccountService accounts, ContactService contacts, MemoryService memory,
            ContactLogService log, PlanService plans, ImportService imports) {
        static App on(Database db) {
            AccountRepository accounts = new AccountRepository(db, CLOCK);
            ContactRepository contacts = new ContactRepository(db, CLOCK);
            return new App(db, new AccountService(accounts, contacts, Locale.ENGLISH),
                    new ContactService(contacts, accounts, Locale.ENGLISH, CLOCK),
                    new MemoryService(new FamilyRepository(db, CLOCK), new ImportantDateRepository(db, CLOCK),
                            new GiftRepository(db, CLOCK), new ContactInterestsRepository(db, CLOCK), CLOCK),
                    new ContactLogService(new InteractionRepository(db, CLOCK), accounts, contacts,
                            new BusinessSettingsRepository(db), CLOCK),
                    new PlanService(db, new PlanRepository(db, CLOCK), accounts, CLOCK),
                    new ImportService(db, accounts, contacts, Locale.ENGLISH, CLOCK));
        }
    }

    /** One save the user would be told about, the same on the reference and on the power-cut disk. */
    private record Save(String kind, Consumer<App> run) {
    }

    static Database openOnPowerCutDisk(Path dataDir) {
        return Database.open(dataDir, DatabaseKey.NONE, FileProbe.DEFAULT_TIMEOUT, PowerCutFileSystem.prefix());
    }

    @Test
    void everySaveThatReturnedIsThereExactlyAfterAPowerCutAndTheInterruptedOneIsNot() throws Exception {
        cutAtRandom(false);
    }

    @Test
    void everySaveThatReturnedIsThereExactlyWhenSomeUnforcedPagesReachedTheDiskAndTheInterruptedOneWhollyOrNot()
            throws Exception {
        cutAtRandom(true);
    }

    /**
     * Random saves, cut at random writes and forces, reopened, checked.
     *
     * @param someSurvive whether each page written since the last force reaches the disk by chance
     *                    (else none does)
     */
    private void cutAtRandom(boolean someSurvive) throws Exception {
        long seed = Long.getLong("rapport.powercut.seed", System.nanoTime());
        Random random = new Random(seed);
        Path disk = tmp.resolve("on-power-cut-disk");
        Path reference = tmp.resolve("reference");
        try (Database db = Database.open(disk)) {
            App.on(db).accounts().save(Account.named("华为技术"));
        }
        Map<String, List<String>> confirmed = null; // the rows after the last save that returned
        Map<String, List<String>> interrupted = null; // ...and after the save the cut interrupted
        Map<String, Integer> saved = new TreeMap<>();
        Map<String, Integer> cutIn = new TreeMap<>();
        int wholeAfterCut = 0;
        try {
            for (int cycle = 0; cycle <= CUTS; cycle++) {
                Files.createDirectories(reference);
                Files.copy(Database.file(disk), Database.file(reference), StandardCopyOption.REPLACE_EXISTING);
                try (Database referenceDb = Database.open(reference); Database db = openOnPowerCutDisk(disk)) {
                    Map<String, List<String>> after = rows(db);
                    if (confirmed != null) {
                        assertThat(after.equals(confirmed) || after.equals(interrupted))
                                .as("seed %d, cut %d: after reopening, the rows differ from the last confirmed save's: %s",
                                        seed, cycle, difference(confirmed, after)).isTrue();
                        wholeAfterCut += after.equals(confirmed) ? 0 : 1;
                    }
                    if (cycle == CUTS) {
                        break;
                    }
                    confirmed = after;
                    interrupted = after;
                    App ref = App.on(referenceDb);
                    App app = App.on(db);
                    PowerCutFileSystem.cutAtOperation(1 + random.nextInt(CUT_WITHIN_OPERATIONS),
                            someSurvive ? new Random(random.nextLong()) : null);
                    for (int n = 0; !PowerCutFileSystem.hasCut(); n++) {
                        if (n == 500) {
                            PowerCutFileSystem.cut(); // never in a loaded test: every save writes
                            break;
                        }
                        Save save = next(ref, random, cycle * 1000 + n);
                        save.run().accept(ref);
                        Map<String, List<String>> expected = rows(referenceDb);
                        try {
                            save.run().accept(app);
                        } catch (RuntimeException e) {
                            if (!PowerCutFileSystem.hasCut()) {
                                throw e;
                            }
                            interrupted = expected;
                            cutIn.merge(save.kind(), 1, Integer::sum);
                            break;
                        }
                        saved.merge(save.kind(), 1, Integer::sum);
                        confirmed = expected;
                        interrupted = expected;
                    }
                }
                PowerCutFileSystem.powerOn();
            }
        } catch (Exception | AssertionError e) {
            // a random run is only worth its seed: without it, a failure on CI cannot be repeated
            throw new AssertionError("seed " + seed + " (repeat with -Drapport.powercut.seed=" + seed
                    + " -Drapport.powercut.cuts=" + CUTS + "): " + e, e);
        }
        int total = saved.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("PowerCutTest (seed %d, unforced pages %s): %d power cuts; %d saves had returned and all were there after"
                + " them %s; %d cuts came in the middle of a save %s, whose rows were then wholly there %d times"
                + " and not at all the other times%n", seed, someSurvive ? "kept by chance" : "all lost", CUTS, total, saved, cutIn.values().stream()
                .mapToInt(Integer::intValue).sum(), cutIn, wholeAfterCut);
        assertThat(total).as("saves returned before the cuts").isGreaterThan(CUTS);
        assertThat(PowerCutFileSystem.cuts()).isGreaterThanOrEqualTo(CUTS);
    }

    @Test
    void aSaveOfManyRowsCutAtEachOfItsWritesInTurnIsNotThereAtAll() {
        Path disk = tmp.resolve("sweep");
        long account;
        try (Database db = Database.open(disk)) {
            account = App.on(db).accounts().save(Account.named("华为技术")).id();
        }
        Random random = new Random(20261207L);
        Map<String, Consumer<App>> saves = new java.util.LinkedHashMap<>();
        saves.put("contact cadence (three settings)", app -> app.log().saveCadence(new Cadence(12, 34, 56)));
        saves.put("plan with three actions", app -> app.plans().save(Plan.draft(account, 2026).withActions(List.of(
                PlanAction.planned("Points", RelationshipLevel.FINANCIAL, ActionType.LOYALTY_POINTS,
                        YearMonth.of(2026, 3)),
                PlanAction.planned("端午礼品", RelationshipLevel.SOCIAL, ActionType.GIFT, YearMonth.of(2026, 6)),
                PlanAction.planned("Training", RelationshipLevel.STRUCTURAL, ActionType.TRAINING,
                        YearMonth.of(2026, 11))))));
        ImportBatch batch = csv(random, 1);
        saves.put("import", app -> app.imports().importBatch(batch, ImportService.Options.defaults(), Progress.NONE));
        for (Map.Entry<String, Consumer<App>> save : saves.entrySet()) {
            int cuts = 0;
            for (int n = 1; ; n++) {
                Map<String, List<String>> before;
                boolean returned;
                try (Database db = openOnPowerCutDisk(disk)) {
                    before = rows(db);
                    PowerCutFileSystem.cutAtOperation(n);
                    try {
                        save.getValue().accept(App.on(db));
                        returned = true;
                    } catch (RuntimeException e) {
                        if (!PowerCutFileSystem.hasCut()) {
                            throw e;
                        }
                        returned = false;
                    }
                }
                PowerCutFileSystem.powerOn();
                if (returned) {
                    break; // the cut would come after it: the next save starts from here
                }
                cuts++;
                try (Database db = openOnPowerCutDisk(disk)) {
                    Map<String, List<String>> after = rows(db);
                    assertThat(after).as("%s cut at write or force %d: %s", save.getKey(), n,
                            difference(before, after)).isEqualTo(before);
                }
            }
            assertThat(cuts).as("%s was cut at least at its first write and its force", save.getKey())
                    .isGreaterThanOrEqualTo(2);
            System.out.printf("PowerCutTest: %s cut at each of its %d writes and forces in turn, not there after any%n",
                    save.getKey(), cuts);
        }
    }

    /**
     * H2 overwrites a chunk no longer in use once it is older than the retention time (45 s by
     * default), and a power cut before the store header that stopped pointing to it was on the disk
     * made H2 open on a chunk from many saves before (seed 51231969998081 with 300 cuts, run long
     * enough for chunks to age). A run of this test is shorter than that, so the setting is checked.
     */
    @Test
    void nothingIsOverwrittenWhileTheDatabaseIsOpen() {
        try (Database db = Database.open(tmp.resolve("retention"))) {
            List<String> retention = db.withHandle(h -> h.createQuery("SELECT setting_value FROM information_schema.settings"
                    + " WHERE setting_name = 'RETENTION_TIME'").mapTo(String.class).list());
            assertThat(retention).isNotEmpty().containsOnly(Integer.toString(Integer.MAX_VALUE));
        }
    }

    /** A random save, its targets picked on the reference (which holds what the disk under test holds). */
    private static Save next(App ref, Random random, int serial) {
        List<Long> accounts = ids(ref, "SELECT id FROM account WHERE deleted_at IS NULL ORDER BY id");
        List<Long> people = ids(ref, "SELECT c.id FROM contact c JOIN account a ON a.id = c.account_id"
                + " WHERE c.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY c.id");
        long account = accounts.get(random.nextInt(accounts.size()));
        int dice = random.nextInt(100);
        if (dice < 10) {
            String name = "客户 " + serial + (random.nextBoolean() ? " 贸易有限公司" : " GmbH");
            Tier tier = Tier.values()[random.nextInt(3)];
            return new Save("account", app -> app.accounts().save(Account.named(name).withTier(tier)));
        }
        if (dice < 22) {
            Tier tier = Tier.values()[random.nextInt(3)];
            List<String> tags = List.of("edit " + serial);
            return new Save("account edit", app -> app.accounts().save(
                    app.accounts().find(account).orElseThrow().withTier(tier).withTags(tags)));
        }
        if (dice < 25 && accounts.size() > 3) {
            return new Save("account delete", app -> app.accounts().delete(account,
                    app.accounts().find(account).orElseThrow().version()));
        }
        if (dice < 28) {
            List<Long> deleted = ids(ref, "SELECT id FROM account WHERE deleted_at IS NOT NULL ORDER BY id");
            if (!deleted.isEmpty()) {
                long back = deleted.get(random.nextInt(deleted.size()));
                long version = ids(ref, "SELECT row_version FROM account WHERE id = " + back).get(0);
                return new Save("account undo delete", app -> app.accounts().undoDelete(back, version));
            }
        }
        if (dice < 42 || people.isEmpty()) {
            String name = (random.nextBoolean() ? "王建国 " : "Anna Müller ") + serial;
            return new Save("person", app -> app.contacts().save(Contact.named(name, account)));
        }
        long person = people.get(random.nextInt(people.size()));
        if (dice < 50) {
            FamilyMember member = FamilyMember.of(person, Relation.values()[random.nextInt(4)], "李娜 " + serial,
                    Birthday.of(1 + random.nextInt(12), 1 + random.nextInt(28)));
            return new Save("family member", app -> app.memory().save(member));
        }
        if (dice < 72) {
            Interaction entry = Interaction.of(account, LocalDateTime.of(2026, 1 + random.nextInt(5),
                    1 + random.nextInt(28), 9 + random.nextInt(8), 0), InteractionChannel.values()[random.nextInt(
                    InteractionChannel.values().length)], "第" + serial + "次拜访 — visit " + serial);
            return new Save("contact-log entry", app -> app.log().log(entry));
        }
        if (dice < 82) {
            int year = 2020 + random.nextInt(12);
            if (ref.plans().planFor(account, year).isEmpty()) {
                List<PlanAction> actions = new ArrayList<>();
                for (int i = random.nextInt(5); i >= 0; i--) {
                    actions.add(PlanAction.planned("行动 " + serial + "-" + i, RelationshipLevel.values()[i % 3],
                            ActionType.values()[random.nextInt(ActionType.values().length)],
                            YearMonth.of(year, 1 + random.nextInt(12))).withBudget(BigDecimal.valueOf(100L * i)));
                }
                Plan plan = Plan.draft(account, year).withBudget(new BigDecimal("5000")).withActions(actions);
                return new Save("plan with actions", app -> app.plans().save(plan));
            }
        }
        if (dice < 88) {
            List<Long> open = ref.plans().plansOf(account).stream().flatMap(p -> p.actions().stream())
                    .filter(PlanAction::isOpen).map(PlanAction::id).toList();
            if (!open.isEmpty()) {
                long action = open.get(random.nextInt(open.size()));
                BigDecimal cost = BigDecimal.valueOf(random.nextInt(1000));
                return new Save("plan action done", app -> app.plans().markActionDone(action, null, cost));
            }
        }
        if (dice < 92) {
            Cadence cadence = new Cadence(1 + random.nextInt(60), 1 + random.nextInt(90), 1 + random.nextInt(120));
            return new Save("contact cadence", app -> app.log().saveCadence(cadence));
        }
        ImportBatch batch = csv(random, serial);
        return new Save("import", app -> {
            ImportReport report = app.imports().importBatch(batch, ImportService.Options.defaults(), Progress.NONE);
            assertThat(report.peopleAdded()).isPositive();
        });
    }

    private static List<Long> ids(App app, String sql) {
        return app.db().withHandle(h -> h.createQuery(sql).mapTo(Long.class).list());
    }

    /** A CSV of 20 to 200 people at new and existing companies. */
    private static ImportBatch csv(Random random, int serial) {
        StringBuilder text = new StringBuilder("Name,Company,E-mail Address,Birthday\n");
        for (int i = 20 + random.nextInt(181); i > 0; i--) {
            text.append(random.nextBoolean() ? "陈静 " : "José García ").append(serial).append('-').append(i)
                    .append(',').append(random.nextInt(4) == 0 ? "华为技术" : "Import " + serial + "-" + i % 7)
                    .append(",p").append(i).append("@example.com,")
                    .append(random.nextBoolean() ? "1985-0" + (1 + i % 9) + "-1" + i % 10 : "").append('\n');
        }
        CsvTable table = CsvTable.parse(text.toString().getBytes(StandardCharsets.UTF_8), null, null);
        return CsvImport.rows(table, ColumnMapping.guess(table.header()));
    }

    /** Every row of every table of ours, as text, sorted: what "exactly there" is checked against. */
    static Map<String, List<String>> rows(Database db) {
        return db.withHandle(h -> {
            Map<String, List<String>> tables = new TreeMap<>();
            for (String table : h.createQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'"
                    + " AND table_name <> 'flyway_schema_history'").mapTo(String.class).list()) {
                List<String> rows = new ArrayList<>(h.createQuery("SELECT * FROM \"" + table + "\"").map((rs, ctx) -> {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        row.append(c > 1 ? " | " : "").append(rs.getString(c));
                    }
                    return row.toString();
                }).list());
                rows.sort(null);
                tables.put(table, rows);
            }
            return tables;
        });
    }

    /** What is missing from and added to the expected rows, a few of each. */
    static String difference(Map<String, List<String>> expected, Map<String, List<String>> actual) {
        StringBuilder out = new StringBuilder();
        for (String table : expected.keySet()) {
            List<String> missing = new ArrayList<>(expected.get(table));
            missing.removeAll(actual.getOrDefault(table, List.of()));
            List<String> added = new ArrayList<>(actual.getOrDefault(table, List.of()));
            added.removeAll(expected.get(table));
            if (!missing.isEmpty() || !added.isEmpty()) {
                out.append(String.format("%n  %s: %d rows missing %s, %d not expected %s", table, missing.size(),
                        missing.subList(0, Math.min(3, missing.size())), added.size(),
                        added.subList(0, Math.min(3, added.size()))));
            }
        }
        return out.toString();
    }
}
