package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Cadence;
import dev.rapport.domain.Contact;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Relation;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.ValidationException;
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
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a save costs in forced writes (FileChannel.force, an fsync), counted on the database file:
 * each save the user is told about forces it once before it returns, an import of 200 rows once in
 * all, and reading, a dry run or a refused save not at all.
 */
class ForcedWritesTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dataDir;

    private Database db;
    private AccountService accounts;
    private ContactService contacts;
    private MemoryService memory;
    private ContactLogService log;
    private PlanService plans;
    private ImportService imports;
    private BusinessSettingsRepository settings;
    private Account account;

    @BeforeEach
    void open() {
        Database.open(dataDir).close();
        PowerCutFileSystem.powerOn();
        db = PowerCutTest.openOnPowerCutDisk(dataDir);
        AccountRepository accountRepo = new AccountRepository(db, CLOCK);
        ContactRepository contactRepo = new ContactRepository(db, CLOCK);
        accounts = new AccountService(accountRepo, contactRepo, Locale.ENGLISH);
        contacts = new ContactService(contactRepo, accountRepo, Locale.ENGLISH, CLOCK);
        memory = new MemoryService(new FamilyRepository(db, CLOCK), new ImportantDateRepository(db, CLOCK),
                new GiftRepository(db, CLOCK), new ContactInterestsRepository(db, CLOCK), CLOCK);
        settings = new BusinessSettingsRepository(db);
        log = new ContactLogService(new InteractionRepository(db, CLOCK), accountRepo, contactRepo, settings, CLOCK);
        plans = new PlanService(db, new PlanRepository(db, CLOCK), accountRepo, CLOCK);
        imports = new ImportService(db, accountRepo, contactRepo, Locale.ENGLISH, CLOCK);
        account = accounts.save(Account.named("杭州瑞丰电子"));
    }

    @AfterEach
    void close() {
        db.close();
        PowerCutFileSystem.powerOn();
    }

    /**
     * H2's forces of the database file that the work made (not the file system's forces of a
     * chunk's body before its footer); and whatever the work wrote is on the disk when it returns.
     */
    private int forcesOf(Runnable work) {
        int before = PowerCutFileSystem.syncs(Database.file(dataDir));
        work.run();
        int forces = PowerCutFileSystem.syncs(Database.file(dataDir)) - before;
        if (forces > 0) {
            assertThat(PowerCutFileSystem.hasUnforcedWrites(Database.file(dataDir)))
                    .as("a write left unforced after the save returned").isFalse();
        }
        return forces;
    }

    @Test
    void eachSaveForcesTheFileOnceBeforeItReturns() {
        assertThat(forcesOf(() -> accounts.save(Account.named("Siemens AG")))).as("new account").isEqualTo(1);
        assertThat(forcesOf(() -> accounts.save(accounts.find(account.id()).orElseThrow().withTags(List.of("key")))))
                .as("account edit").isEqualTo(1);
        Contact person = contacts.save(Contact.named("王建国", account.id()));
        assertThat(forcesOf(() -> memory.save(FamilyMember.of(person.id(), Relation.SPOUSE, "李娜", Birthday.of(5, 4)))))
                .as("family member, one statement outside a transaction").isEqualTo(1);
        assertThat(forcesOf(() -> log.log(Interaction.of(account.id(), LocalDateTime.of(2026, 3, 2, 10, 0),
                InteractionChannel.VISIT, "拜访")))).as("contact-log entry").isEqualTo(1);
        assertThat(forcesOf(() -> plans.save(Plan.draft(account.id(), 2026).withActions(List.of(
                PlanAction.planned("端午礼品", RelationshipLevel.SOCIAL, ActionType.GIFT, YearMonth.of(2026, 6)),
                PlanAction.planned("Training", RelationshipLevel.STRUCTURAL, ActionType.TRAINING,
                        YearMonth.of(2026, 11)))))))
                .as("plan with two actions").isEqualTo(1);
        assertThat(forcesOf(() -> log.saveCadence(new Cadence(20, 45, 80)))).as("the cadence's three settings")
                .isEqualTo(1);
        long[] deleted = new long[1];
        assertThat(forcesOf(() -> deleted[0] = accounts.delete(account.id(), accounts.find(account.id()).orElseThrow()
                .version()))).as("delete").isEqualTo(1);
        assertThat(forcesOf(() -> accounts.undoDelete(account.id(), deleted[0]))).as("undo").isEqualTo(1);
    }

    @Test
    void anImportOf200RowsForcesTheFileOnceAndADryRunNever() {
        StringBuilder csv = new StringBuilder("Name,Company,E-mail Address\n");
        for (int i = 0; i < 200; i++) {
            csv.append("陈静 ").append(i).append(",Import Co ").append(i % 20).append(",p").append(i)
                    .append("@example.com\n");
        }
        CsvTable table = CsvTable.parse(csv.toString().getBytes(StandardCharsets.UTF_8), null, null);
        ImportBatch batch = CsvImport.rows(table, ColumnMapping.guess(table.header()));
        assertThat(forcesOf(() -> imports.importBatch(batch,
                new ImportService.Options(ImportService.DuplicatePolicy.SKIP, "", true), Progress.NONE)))
                .as("dry run").isZero();
        ImportReport[] report = new ImportReport[1];
        assertThat(forcesOf(() -> report[0] = imports.importBatch(batch, ImportService.Options.defaults(),
                Progress.NONE))).as("import").isEqualTo(1);
        assertThat(report[0].peopleAdded()).isEqualTo(200);
        assertThat(report[0].accountsAdded()).isEqualTo(20);
    }

    @Test
    void readingAndARefusedSaveForceNothing() {
        contacts.save(Contact.named("Anna Müller", account.id()));
        assertThat(forcesOf(() -> {
            accounts.list();
            accounts.find(account.id());
            contacts.list();
            log.cadence();
            log.followUpsDue(log.today());
            plans.plansOf(account.id());
            db.counts();
        })).as("reads").isZero();
        assertThat(forcesOf(() -> assertThatThrownBy(() -> accounts.save(Account.named(" ")))
                .isInstanceOf(ValidationException.class))).as("a save refused by a rule").isZero();
        assertThat(forcesOf(() -> assertThatThrownBy(() -> plans.save(Plan.draft(account.id(), 2026)
                .withBudget(new BigDecimal("-1")))).isInstanceOf(ValidationException.class)))
                .as("a save refused by a rule inside its transaction").isZero();
    }
}
