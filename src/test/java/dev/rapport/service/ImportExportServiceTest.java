package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.BuyingRole;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactListItem;
import dev.rapport.domain.ContactPoint;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.PreferredChannel;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.RelationshipType;
import dev.rapport.domain.Tier;
import dev.rapport.exchange.ImportBatch;
import dev.rapport.exchange.csv.ColumnMapping;
import dev.rapport.exchange.csv.CsvImport;
import dev.rapport.exchange.csv.CsvTable;
import dev.rapport.i18n.Messages;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportServiceTest {
    @TempDir
    Path temp;

    private AppContext ctx;

    @BeforeEach
    void open() {
        ctx = AppContext.open(temp.resolve("data"), Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    static Account richAccount(String name) {
        return new Account(null, name, PartyType.DISTRIBUTOR, Tier.A, LifecycleStage.GROWTH,
                RelationshipLevel.STRUCTURAL, RelationshipType.PARTNERSHIP, "电子元件", "杭州市滨江区江南大道 1000 号",
                "+86 571 8888 6666", "www.ruifeng.example", new BigDecimal("12500000.00"), new BigDecimal("18.50"),
                new BigDecimal("35.00"), 4, "周敏", List.of("重点", "channel"), "Line one\nline two, with comma", null, null, 0L);
    }

    static Contact richPerson(String name, long accountId) {
        return new Contact(null, accountId, name, "采购总监", "采购部", BuyingRole.DECISION_MAKER,
                List.of(new ContactPoint(ContactPoint.Kind.MOBILE, "+86 138 0013 8000"),
                        new ContactPoint(ContactPoint.Kind.WORK, "+86 571 8888 6601")),
                List.of(new ContactPoint(ContactPoint.Kind.WORK, "wang.wei@ruifeng.example")), "滨江区 1 号",
                PreferredChannel.MESSAGE, Birthday.of(2, 29), "喜欢兰花; golf", "=SUM(A1) is not a formula", false, null,
                null, null, 0L);
    }

    private ImportBatch csv(Path file) {
        CsvTable table = CsvTable.read(file);
        return CsvImport.rows(table, ColumnMapping.guess(table.header()));
    }

    @Test
    void accountsAndPeopleExportedAsCsvImportIntoAnEmptyFolderUnchanged() {
        Account ruifeng = ctx.accounts().save(richAccount("杭州瑞丰电子股份有限公司"));
        Account nordwind = ctx.accounts().save(Account.named("Nordwind Logistik GmbH"));
        ctx.contacts().save(richPerson("王伟", ruifeng.id()));
        Contact chloe = Contact.named("Chloé Dubois", nordwind.id()).withPoints(
                List.of(new ContactPoint(ContactPoint.Kind.HOME, "+33 1 42 68 53 00")),
                List.of(new ContactPoint(ContactPoint.Kind.OTHER, "chloe@lumiere.example")));
        ctx.contacts().save(new Contact(null, nordwind.id(), chloe.name(), "CFO", "", null, chloe.phones(), chloe.emails(),
                "", null, Birthday.of(1975, 12, 3), "", "", true, LocalDate.of(2025, 6, 30), null, null, 0L));

        Path accountsCsv = temp.resolve("accounts.csv");
        Path peopleCsv = temp.resolve("people.csv");
        assertThat(ctx.exports().accountsCsv(accountsCsv, ';', null)).isEqualTo(2);
        assertThat(ctx.exports().contactsCsv(peopleCsv, ';', null)).isEqualTo(2);

        try (AppContext other = AppContext.open(temp.resolve("other"), Clock.systemDefaultZone())) {
            ImportService.Options options = ImportService.Options.defaults();
            ImportReport a = other.imports().importBatch(csv(accountsCsv), options, Progress.NONE);
            ImportReport p = other.imports().importBatch(csv(peopleCsv), options, Progress.NONE);
            assertThat(a.rejected()).isEmpty();
            assertThat(p.rejected()).isEmpty();
            assertThat(a.accountsAdded()).isEqualTo(2);
            assertThat(p.peopleAdded()).isEqualTo(2);

            List<Account> before = sortedAccounts(ctx);
            List<Account> after = sortedAccounts(other);
            assertThat(after).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "createdAt", "updatedAt")
                    .isEqualTo(before);
            List<Contact> peopleBefore = sortedPeople(ctx);
            List<Contact> peopleAfter = sortedPeople(other);
            // one column per kind of phone: the numbers come back grouped by kind
            assertThat(peopleAfter).usingRecursiveComparison().ignoringFields("id", "accountId", "createdAt", "updatedAt")
                    .ignoringCollectionOrderInFields("phones", "emails").isEqualTo(peopleBefore);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(ExportService.VcardVersion.class)
    void peopleExportedAsVcardImportIntoAnEmptyFolderWithTheirAccounts(ExportService.VcardVersion version) throws Exception {
        Account ruifeng = ctx.accounts().save(Account.named("杭州瑞丰电子股份有限公司"));
        Account harbour = ctx.accounts().save(Account.named("Harbour Foods Ltd"));
        ctx.contacts().save(richPerson("王伟", ruifeng.id()));
        ctx.contacts().save(new Contact(null, harbour.id(), "James O'Brien", "Buyer", "Procurement", null,
                List.of(new ContactPoint(ContactPoint.Kind.WORK, "+44 20 7946 0018")),
                List.of(new ContactPoint(ContactPoint.Kind.HOME, "jim@mail.example")), "1 Dock Road, London",
                PreferredChannel.PHONE, Birthday.of(1969, 2, 28), "", "Two lines\nof notes", false, null, null, null, 0L));
        Path vcf = temp.resolve("people.vcf");
        assertThat(ctx.exports().vcards(vcf, version, null)).isEqualTo(2);
        assertThat(Files.readString(vcf)).contains(version == ExportService.VcardVersion.V3_0 ? "VERSION:3.0" : "VERSION:4.0");

        try (AppContext other = AppContext.open(temp.resolve("other-" + version), Clock.systemDefaultZone())) {
            ImportReport report = other.imports().importBatch(other.imports().read(vcf), ImportService.Options.defaults(),
                    Progress.NONE);
            assertThat(report.rejected()).isEmpty();
            assertThat(report.accountsAdded()).isEqualTo(2);
            assertThat(sortedPeople(other)).usingRecursiveComparison()
                    .ignoringFields("id", "accountId", "createdAt", "updatedAt")
                    .ignoringCollectionOrderInFields("phones", "emails").isEqualTo(sortedPeople(ctx));
            assertThat(other.contacts().list()).extracting(ContactListItem::accountName)
                    .containsExactlyInAnyOrder("杭州瑞丰电子股份有限公司", "Harbour Foods Ltd");
        }
    }

    private static List<Account> sortedAccounts(AppContext c) {
        return c.accounts().list().stream().map(i -> i.account()).sorted(Comparator.comparing(Account::name)).toList();
    }

    private static List<Contact> sortedPeople(AppContext c) {
        return c.contacts().list().stream().map(ContactListItem::contact)
                .sorted(Comparator.comparing(Contact::name)).toList();
    }

    @Test
    void badRowsAreReportedByLineAndNeverStopTheGoodOnes() throws Exception {
        Path file = temp.resolve("mixed.csv");
        Files.writeString(file, String.join("\n",
                "Name,Company,Birthday,E-mail",
                "李娜,深圳华南贸易有限公司,1988-03-08,li.na@huanan.example",
                "Tom Baker,Baker & Sons,31/02,tom@baker.example",
                "Ann Lee,Baker & Sons,,not-an-address",
                ",,,",
                "Sam Green,,,sam@green.example",
                "Mia Wong,Baker & Sons,2099-01-01,mia@baker.example",
                "Zoë Adams,Baker & Sons,--12-24,zoe@baker.example"), StandardCharsets.UTF_8);
        ImportReport report = ctx.imports().importBatch(csv(file), ImportService.Options.defaults(), Progress.NONE);

        assertThat(report.peopleAdded()).isEqualTo(2);
        assertThat(report.accountsAdded()).isEqualTo(2);
        assertThat(report.rejectedRows()).isEqualTo(4);
        assertThat(ctx.contacts().list()).extracting(i -> i.contact().name()).containsExactlyInAnyOrder("李娜", "Zoë Adams");

        List<String> english = report.lines(new Messages(Locale.ENGLISH));
        assertThat(english.get(0)).startsWith("2 accounts added, 0 updated; 2 people added");
        assertThat(english).contains("line 3: Birthday '31/02' is not a date",
                "line 4: E-mail 'not-an-address': Not an e-mail address (name@example.com).",
                "line 6: Sam Green has no company or account; choose an account for people without one",
                "line 7: Birthday '2099-01-01': A birthday cannot be in the future.");
        assertThat(report.lines(new Messages(Locale.SIMPLIFIED_CHINESE))).contains("第 3 行：Birthday“31/02”不是日期");
        assertThat(report.text(new Messages(Locale.TRADITIONAL_CHINESE))).contains("第 3 列：Birthday「31/02」不是日期");
    }

    @Test
    void aVcardBirthdayLeftEmptyIsNotedWhileThePersonComesInAndACutLastCardIsRefused() throws Exception {
        Path file = temp.resolve("phone.vcf");
        Files.writeString(file, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\nORG:Nordwind\r\nBDAY:0000-00-00\r\n"
                + "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Stone\r\nORG:VCa", StandardCharsets.UTF_8);
        ImportReport report = ctx.imports().importBatch(ctx.imports().read(file), ImportService.Options.defaults(),
                Progress.NONE);
        assertThat(report.peopleAdded()).isEqualTo(1);
        assertThat(report.rejectedRows()).isEqualTo(1);
        assertThat(ctx.contacts().list()).singleElement().satisfies(i -> {
            assertThat(i.contact().name()).isEqualTo("Anna Schmidt");
            assertThat(i.contact().birthday()).isNull();
        });
        assertThat(ctx.accounts().count()).as("no account VCa").isEqualTo(1);
        assertThat(report.lines(new Messages(Locale.ENGLISH))).contains(
                "card 1: birthday not understood: 0000-00-00, left empty",
                "card 2: the file ends inside this card (no END:VCARD): it was probably cut off, so the card is not imported");
    }

    @Test
    void peopleWithoutACompanyGoToTheChosenAccount() throws Exception {
        Path file = temp.resolve("loose.csv");
        Files.writeString(file, "Name,Mobile phone\nSam Green,+1 415 555 0142\n", StandardCharsets.UTF_8);
        ImportReport report = ctx.imports().importBatch(csv(file),
                new ImportService.Options(ImportService.DuplicatePolicy.SKIP, "未分组联系人", false), Progress.NONE);
        assertThat(report.rejected()).isEmpty();
        assertThat(ctx.contacts().list()).singleElement().satisfies(i -> assertThat(i.accountName()).isEqualTo("未分组联系人"));
    }

    @Test
    void duplicatesBySameNameAndEmailOrPhoneAreSkippedOrMerged() throws Exception {
        Account acme = ctx.accounts().save(Account.named("Acme"));
        ctx.contacts().save(Contact.named("王伟", acme.id()).withPoints(
                List.of(new ContactPoint(ContactPoint.Kind.MOBILE, "138 0013 8000")), List.of()));
        Path file = temp.resolve("dupes.csv");
        Files.writeString(file, String.join("\n", "Name,Company,Mobile phone,E-mail,Job title",
                "王伟,Acme,+86 138 0013 8000,wang.wei@acme.example,采购总监",
                "王伟,Acme,+86 139 9999 0000,,",
                "Anna Schmidt,Acme,,anna@acme.example,Buyer",
                "anna schmidt,Acme,,ANNA@acme.example,"), StandardCharsets.UTF_8);

        ImportReport skip = ctx.imports().importBatch(csv(file), ImportService.Options.defaults(), Progress.NONE);
        assertThat(skip.duplicatesSkipped()).isEqualTo(2);
        assertThat(skip.peopleAdded()).as("a namesake with another phone is another person").isEqualTo(2);
        assertThat(skip.lines(new Messages(Locale.ENGLISH))).contains("line 2: skipped, 王伟 is already there");
        assertThat(ctx.contacts().list()).hasSize(3);

        ImportReport merge = ctx.imports().importBatch(csv(file),
                new ImportService.Options(ImportService.DuplicatePolicy.MERGE, "", false), Progress.NONE);
        assertThat(merge.peopleAdded()).isZero();
        assertThat(ctx.contacts().list()).hasSize(3);
        Contact wang = ctx.contacts().list().stream().map(ContactListItem::contact)
                .filter(c -> c.name().equals("王伟") && c.primaryPhone().startsWith("138")).findFirst().orElseThrow();
        assertThat(wang.title()).isEqualTo("采购总监");
        assertThat(wang.emails()).extracting(ContactPoint::value).containsExactly("wang.wei@acme.example");
        assertThat(wang.phones()).as("the same number with a country code is not added twice").hasSize(1);
    }

    @Test
    void aPersonTwiceInTheSameFileIsMergedBeforeBeingWritten() throws Exception {
        Path file = temp.resolve("twice.csv");
        Files.writeString(file, String.join("\n", "Name,Company,E-mail,Job title,Mobile phone",
                "陈静,Acme,chen.jing@acme.example,,",
                "陈静,Acme,CHEN.JING@acme.example,采购经理,+86 139 1234 5678"), StandardCharsets.UTF_8);
        ImportReport report = ctx.imports().importBatch(csv(file),
                new ImportService.Options(ImportService.DuplicatePolicy.MERGE, "", false), Progress.NONE);
        assertThat(report.peopleAdded()).isEqualTo(1);
        assertThat(ctx.contacts().list()).singleElement().satisfies(i -> {
            assertThat(i.contact().title()).isEqualTo("采购经理");
            assertThat(i.contact().phones()).extracting(ContactPoint::value).containsExactly("+86 139 1234 5678");
        });
    }

    @Test
    void aDryRunCountsEverythingAndWritesNothing() throws Exception {
        Path file = temp.resolve("dry.csv");
        Files.writeString(file, "Name,Company\n张伟,Acme\nBob,Acme\n", StandardCharsets.UTF_8);
        ImportReport report = ctx.imports().importBatch(csv(file),
                new ImportService.Options(ImportService.DuplicatePolicy.SKIP, "", true), Progress.NONE);
        assertThat(report.peopleAdded()).isEqualTo(2);
        assertThat(report.accountsAdded()).isEqualTo(1);
        assertThat(report.lines(new Messages(Locale.ENGLISH)).get(0)).startsWith("Trial run, nothing saved");
        assertThat(ctx.accounts().count()).isZero();
        assertThat(ctx.contacts().list()).isEmpty();
    }

    @Test
    void aCancelledImportSavesNoRowAtAll() throws Exception {
        Path file = temp.resolve("cancel.csv");
        StringBuilder text = new StringBuilder("Name,Company\n");
        for (int i = 0; i < 50; i++) {
            text.append("Person ").append(i).append(",Acme\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Progress cancelHalfway = new Progress() {
            private long done;

            @Override
            public void update(long d, long total) {
                done = d;
            }

            @Override
            public boolean isCancelled() {
                return done >= 25;
            }
        };
        assertThatThrownBy(() -> ctx.imports().importBatch(csv(file), ImportService.Options.defaults(), cancelHalfway))
                .isInstanceOf(ImportService.CancelledException.class);
        assertThat(ctx.accounts().count()).isZero();
        assertThat(ctx.contacts().list()).isEmpty();
    }

    /**
     * Issue 17: a person the import read and then merges, changed meanwhile by the window (another
     * thread, another connection), is not updated: the row is refused as a conflict and the newer data stays.
     */
    @Test
    void aPersonChangedElsewhereWhileTheImportRunsIsReportedAsAConflictNotOverwritten() throws Exception {
        Account acme = ctx.accounts().save(Account.named("Acme Ltd"));
        Contact wang = ctx.contacts().save(Contact.named("王伟", acme.id()).withPoints(List.of(),
                List.of(new ContactPoint(ContactPoint.Kind.WORK, "wang.wei@acme.example"))));
        Path file = temp.resolve("people.csv");
        Files.writeString(file, "Name,Company,Email,Title\n李娜,Acme Ltd,li.na@acme.example,经理\n"
                + "王伟,Acme Ltd,wang.wei@acme.example,采购总监\n", StandardCharsets.UTF_8);
        Progress windowSavesAfterTheFirstRow = new Progress() {
            @Override
            public void update(long done, long total) {
                if (done != 1) {
                    return;
                }
                Thread window = new Thread(() -> {
                    Contact read = ctx.contacts().find(wang.id()).orElseThrow();
                    ctx.contacts().save(new Contact(read.id(), read.accountId(), read.name(), "CEO", read.department(),
                            read.buyingRole(), read.phones(), read.emails(), read.address(), read.preferredChannel(),
                            read.birthday(), read.interests(), "typed in the window", false, null, read.createdAt(),
                            read.updatedAt(), read.version()));
                });
                window.start();
                try {
                    window.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        ImportReport report = ctx.imports().importBatch(csv(file), new ImportService.Options(
                ImportService.DuplicatePolicy.MERGE, "", false), windowSavesAfterTheFirstRow);

        assertThat(report.hasRejections()).isTrue();
        // who made the newer change (decision 0017): the report names the window, not just "elsewhere"
        assertThat(report.rejected()).extracting(p -> p.messageKey()).containsExactly("exchange.problem.conflictBy");
        assertThat(report.lines(new dev.rapport.i18n.Messages(java.util.Locale.ENGLISH)))
                .anySatisfy(line -> assertThat(line).contains("王伟 was changed at").contains(" in this window, after"));
        assertThat(report.peopleAdded()).isEqualTo(1);
        assertThat(report.peopleMerged()).isZero();
        Contact stored = ctx.contacts().find(wang.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("CEO");
        assertThat(stored.notes()).isEqualTo("typed in the window");
    }
}
