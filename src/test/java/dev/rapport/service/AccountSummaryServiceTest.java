package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.BuyingRole;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import dev.rapport.domain.Language;
import dev.rapport.exchange.pdf.SummaryDocument;
import dev.rapport.i18n.Messages;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.ContactRepository;
import dev.rapport.store.Database;
import dev.rapport.store.PlanRepository;
import dev.rapport.store.FamilyRepository;
import dev.rapport.store.GiftRepository;
import dev.rapport.store.ImportantDateRepository;
import dev.rapport.store.InteractionRepository;
import dev.rapport.store.ContactInterestsRepository;
import dev.rapport.store.BusinessSettingsRepository;
import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Relation;
import dev.rapport.domain.Sentiment;
import java.time.LocalDate;
import java.time.LocalDateTime;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Objectives;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlanStatus;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountSummaryServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-10T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Database db;
    private AccountRepository accounts;
    private ContactRepository contacts;
    private PlanService plans;
    private MemoryService memory;
    private ContactLogService contactLog;

    @BeforeEach
    void open() {
        db = Database.open(temp.resolve("data"));
        accounts = new AccountRepository(db, CLOCK);
        contacts = new ContactRepository(db, CLOCK);
        plans = new PlanService(db, new PlanRepository(db, CLOCK), accounts, CLOCK);
        memory = new MemoryService(new FamilyRepository(db, CLOCK), new ImportantDateRepository(db, CLOCK),
                new GiftRepository(db, CLOCK), new ContactInterestsRepository(db, CLOCK), CLOCK);
        contactLog = new ContactLogService(new InteractionRepository(db, CLOCK), accounts, contacts,
                new BusinessSettingsRepository(db), CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private AccountSummaryService service(Language language, SummaryDocument.PaperSize paper) {
        return new AccountSummaryService(accounts, contacts, plans, memory, contactLog,
                new Messages(language.locale()), CLOCK, paper);
    }

    private Account ruifengWithPeople(int people) {
        Account a = accounts.insert(ImportExportServiceTest.richAccount("杭州瑞丰电子股份有限公司"));
        for (int i = 0; i < people; i++) {
            String name = i % 2 == 0 ? "王伟" + i : "Anna Schmidt-Lindqvist " + i;
            contacts.insert(new Contact(null, a.id(), name, "采购总监 Head of Purchasing and Supplier Development",
                    "采购部", BuyingRole.values()[i % BuyingRole.values().length],
                    List.of(new ContactPoint(ContactPoint.Kind.MOBILE, "+86 138 0013 " + (8000 + i))),
                    List.of(new ContactPoint(ContactPoint.Kind.WORK, "person" + i + "@ruifeng.example")), "", null,
                    Birthday.of(5, 12), "", "", false, null, null, null, 0L));
        }
        return a;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theChineseSummaryHasTheAccountNameEveryHeadingAndSearchableText() throws IOException {
        Account a = ruifengWithPeople(3);
        Path pdf = temp.resolve("summary.pdf");
        service(Language.SIMPLIFIED_CHINESE, SummaryDocument.PaperSize.A4).writePdf(a.id(), pdf);

        String text = text(pdf);
        assertThat(text).contains("杭州瑞丰电子股份有限公司", "关键信息与价值", "关键人员", "客户备注", "王伟0",
                "采购总监", "+86 138 0013 8000", "12,500,000", "18.5 %", "5月12日（2 天后）",                 "负责人：周敏");
        assertThat(text).containsPattern("第 1 页，共 \\d+ 页");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("杭州瑞丰电子股份有限公司");
        }
    }

    @Test
    void thisYearsPlanShowsObjectivesAndTheActionsByLevelWithStatusAndBudget() throws IOException {
        Account a = ruifengWithPeople(1);
        Plan plan = new Plan(null, a.id(), 2026, PlanStatus.ACTIVE,
                new Objectives(new BigDecimal("15000000"), new BigDecimal("40"), RelationshipLevel.STRUCTURAL, 5,
                        "成为首选供应商"), null, "每月拜访一次", new BigDecimal("80000"), List.of(
                        PlanAction.planned("联合开发新型号 joint development", RelationshipLevel.STRUCTURAL,
                                ActionType.OTHER, YearMonth.of(2026, 9)).withBudget(new BigDecimal("50000")),
                        PlanAction.planned("春节礼品", RelationshipLevel.SOCIAL, ActionType.OTHER, YearMonth.of(2026, 1))
                                .withBudget(new BigDecimal("3000"))),
                null, null, null, 0L);
        plans.save(plan);
        Path pdf = temp.resolve("plan.pdf");
        service(Language.SIMPLIFIED_CHINESE, SummaryDocument.PaperSize.A4).writePdf(a.id(), pdf);
        String text = text(pdf);
        assertThat(text).contains("2026 年度计划", "15,000,000", "成为首选供应商", "每月拜访一次", "春节礼品",
                "联合开发新型号 joint development", "50,000", "80,000");
        assertThat(text.indexOf("春节礼品")).as("social before structural").isLessThan(text.indexOf("联合开发新型号"));

        Account none = accounts.insert(Account.named("Nordwind"));
        Path empty = temp.resolve("none.pdf");
        service(Language.ENGLISH, SummaryDocument.PaperSize.A4).writePdf(none.id(), empty);
        assertThat(text(empty)).contains("Plan for 2026", "There is no plan for 2026 yet.", "No people recorded");
    }

    private void log(long accountId, List<Long> people, LocalDateTime at, InteractionChannel channel, String subject,
            String outcome, LocalDate followUp, String followUpWhat) {
        contactLog.log(new Interaction(null, at, accountId, people, channel, subject, "", outcome, Sentiment.NEUTRAL,
                null, followUp, followUpWhat, false, null, "", null, null, null, 0L));
    }

    @Test
    void familyBirthdaysTheLastContactsWhatIsOpenAndTheMonthlyChartAreThere() throws IOException {
        Account a = ruifengWithPeople(1);
        long wang = contacts.findByAccount(a.id()).get(0).id();
        memory.save(FamilyMember.of(wang, Relation.SPOUSE, "李娜", Birthday.of(6, 1)));
        memory.save(FamilyMember.of(wang, Relation.CHILD, "王小明", Birthday.of(2015, 12, 1)));
        for (int i = 0; i < 12; i++) {
            log(a.id(), List.of(wang), LocalDateTime.of(2026, 5, 1, 9, 0).minusDays(7L * i), InteractionChannel.VISIT,
                    "拜访 visit " + i, "谈妥 agreed " + i, null, "");
        }
        log(a.id(), List.of(wang), LocalDateTime.of(2026, 4, 20, 15, 0), InteractionChannel.COMPLAINT,
                "交货延迟 late delivery", "", null, "");
        log(a.id(), List.of(), LocalDateTime.of(2026, 4, 2, 10, 0), InteractionChannel.CALL, "报价 quote", "",
                LocalDate.of(2026, 5, 3), "寄送样品 send samples");

        Path pdf = temp.resolve("full.pdf");
        service(Language.SIMPLIFIED_CHINESE, SummaryDocument.PaperSize.A4).writePdf(a.id(), pdf);
        String text = text(pdf);
        assertThat(text).contains("未来 60 天内的家人生日", "李娜", "6月1日（22 天后）", "最近 10 次接触", "拜访 visit 0",
                "拜访 visit 7", "未解决的投诉与待跟进事项", "交货延迟 late delivery", "寄送样品 send samples",
                "已逾期 7 天", "近 12 个月每月接触次数", "5月");
        assertThat(text).as("the child's birthday is months away").doesNotContain("王小明");
        assertThat(text).as("only the last 10 contacts").doesNotContain("拜访 visit 8");
        assertThat(text.indexOf("关键人员")).isLessThan(text.indexOf("最近 10 次接触"));
        assertThat(text.indexOf("最近 10 次接触")).isLessThan(text.indexOf("未解决的投诉与待跟进事项"));
    }

    @Test
    void theBundledFontIsEmbeddedAsASubsetOnEveryPage() throws IOException {
        Account a = ruifengWithPeople(2);
        Path pdf = temp.resolve("fonts.pdf");
        service(Language.ENGLISH, SummaryDocument.PaperSize.LETTER).writePdf(a.id(), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as("embedded %s", f.getName()).isTrue();
                assertThat(f.getName()).as("subset prefix").matches("[A-Z]{6}\\+.*");
            });
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.LETTER.getHeight());
        }
        assertThat(text(pdf)).containsPattern("Page 1 of \\d+").contains("Key facts and value", "Key people",
                "Account notes", "12,500,000", "Expected contact", "every 30 days", "Last 10 contacts",
                "Open complaints and follow-ups", "Contacts per month, last 12 months", "Plan for 2026");
    }

    @Test
    void aLongPeopleTableBreaksAcrossPagesWithItsHeaderRepeatedAndPagesNumbered() throws IOException {
        Account a = ruifengWithPeople(90);
        Path pdf = temp.resolve("long.pdf");
        service(Language.TRADITIONAL_CHINESE, SummaryDocument.PaperSize.A4).writePdf(a.id(), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String pageText = stripper.getText(doc);
                assertThat(pageText).contains("第 " + p + " 頁，共 " + pages + " 頁");
                if (p > 1 && pageText.contains("@ruifeng.example")) {
                    assertThat(pageText).as("header repeated on page %d", p).contains("下次生日");
                }
            }
            String all = new PDFTextStripper().getText(doc);
            for (int i = 0; i < 90; i++) {
                assertThat(all).contains("person" + i + "@ruifeng.example");
            }
        }
    }

    @Test
    void aBatchWritesOneFilePerAccountAndACancelledBatchLeavesNoPartialFile() throws IOException {
        Account one = ruifengWithPeople(1);
        Account two = accounts.insert(Account.named("Nordwind: Logistik/GmbH"));
        Account three = accounts.insert(Account.named("Nordwind: Logistik/GmbH"));
        Path folder = temp.resolve("out");
        List<Path> files = service(Language.ENGLISH, SummaryDocument.PaperSize.A4)
                .writePdfs(List.of(one.id(), two.id(), three.id()), folder, Progress.NONE);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("杭州瑞丰电子股份有限公司.pdf",
                "Nordwind_ Logistik_GmbH.pdf", "Nordwind_ Logistik_GmbH (2).pdf");

        Path cancelled = temp.resolve("cancelled");
        Progress stopAfterOne = new Progress() {
            private long done;

            @Override
            public void update(long d, long total) {
                done = d;
            }

            @Override
            public boolean isCancelled() {
                return done >= 1;
            }
        };
        List<Path> partial = service(Language.ENGLISH, SummaryDocument.PaperSize.A4)
                .writePdfs(List.of(one.id(), two.id(), three.id()), cancelled, stopAfterOne);
        assertThat(partial).hasSize(1);
        try (Stream<Path> left = Files.list(cancelled)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("杭州瑞丰电子股份有限公司.pdf");
        }
        assertThat(text(partial.get(0))).contains("杭州瑞丰电子股份有限公司");
    }

    @Test
    void fileNamesAreSafeOnEverySystem() {
        assertThat(AccountSummaryService.fileName("A<B>:C\"D/E\\F|G?H*", new HashSet<>())).isEqualTo("A_B__C_D_E_F_G_H_.pdf");
        assertThat(AccountSummaryService.fileName("...", new HashSet<>())).isEqualTo("account.pdf");
        // the Linux save dialog refused a suggested name with an emoji; right-to-left marks are invisible
        assertThat(AccountSummaryService.fileName("\uD83D\uDE80 Rocket Corp \u200F家族企业 \uD83C\uDF89", new HashSet<>()))
                .isEqualTo("Rocket Corp 家族企业.pdf");
        assertThat(AccountSummaryService.fileName("\uD83D\uDE80", new HashSet<>())).isEqualTo("account.pdf");
    }
}
