package dev.rapport.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import dev.rapport.domain.Tier;
import dev.rapport.exchange.CellGuard;
import dev.rapport.exchange.ImportBatch;
import dev.rapport.exchange.ImportField;
import dev.rapport.exchange.ImportRow;
import dev.rapport.exchange.RowProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvImportTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CsvImportTest.class.getResourceAsStream("/dev/rapport/exchange/" + name)) {
            return in.readAllBytes();
        }
    }

    private static ImportBatch rows(byte[] bytes) {
        CsvTable table = CsvTable.parse(bytes, null, null);
        return CsvImport.rows(table, ColumnMapping.guess(table.header()));
    }

    private static ImportBatch rows(String text) {
        return rows(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void outlookColumnsGiveNameCompanyJobTitleAddressAndPhonesAndIgnoreTheHonorific() throws IOException {
        CsvTable table = CsvTable.parse(resource("outlook-contacts.csv"), null, null);
        ColumnMapping mapping = ColumnMapping.guess(table.header());
        assertThat(mapping.field(table.header().indexOf("Title"))).isEqualTo(ImportField.IGNORE);
        assertThat(mapping.field(table.header().indexOf("Job Title"))).isEqualTo(ImportField.TITLE);
        assertThat(mapping.field(table.header().indexOf("Company"))).isEqualTo(ImportField.ACCOUNT);

        List<ImportRow> rows = CsvImport.rows(table, mapping).rows();
        assertThat(rows).hasSize(3).allMatch(ImportRow::isValid);
        Contact anna = rows.get(0).person();
        assertThat(anna.name()).isEqualTo("Anna Schmidt");
        assertThat(anna.title()).isEqualTo("Head of Purchasing");
        assertThat(anna.department()).isEqualTo("Einkauf");
        assertThat(anna.birthday()).isEqualTo(Birthday.of(1980, 5, 17));
        assertThat(anna.address()).isEqualTo("Hafenstraße 12, Bremen, 28217, Germany");
        assertThat(anna.phones()).contains(new ContactPoint(ContactPoint.Kind.MOBILE, "+49 170 1234567"),
                new ContactPoint(ContactPoint.Kind.WORK, "+49 421 555123"));
        assertThat(anna.emails()).extracting(ContactPoint::value)
                .containsExactly("anna.schmidt@nordwind.example", "anna@home.example");
        assertThat(rows.get(0).account().name()).isEqualTo("Nordwind Logistik GmbH");
        assertThat(rows.get(0).account().website()).isEqualTo("www.nordwind.example");
        assertThat(rows.get(0).account().phone()).isEqualTo("+49 421 555100");

        Contact wang = rows.get(1).person();
        assertThat(wang.name()).as("Chinese names put the family name first, without a space").isEqualTo("王伟");
        assertThat(wang.birthday()).as("Outlook writes 0/0/00 for no birthday").isNull();
        assertThat(wang.address()).isEqualTo("杭州市滨江区江南大道 1000 号");
        assertThat(rows.get(1).account().name()).isEqualTo("杭州瑞丰电子股份有限公司");
        assertThat(rows.get(2).person().name()).isEqualTo("Chloé Marie Dubois");
        assertThat(rows.get(2).person().birthday()).as("Outlook's month/day/year").isEqualTo(Birthday.of(1975, 12, 3));
    }

    @Test
    void googleContactsPhonesAndEmailsTakeTheirKindFromTheLabelColumnBesideThem() throws IOException {
        List<ImportRow> rows = rows(resource("google-contacts.csv")).rows();
        assertThat(rows).hasSize(2).allMatch(ImportRow::isValid);
        Contact li = rows.get(0).person();
        assertThat(li.name()).isEqualTo("李秀英");
        assertThat(li.title()).isEqualTo("总经理");
        assertThat(li.birthday()).isEqualTo(Birthday.of(8, 21));
        assertThat(li.notes()).isEqualTo("喜欢兰花");
        assertThat(li.phones()).containsExactly(new ContactPoint(ContactPoint.Kind.MOBILE, "+86 139 2222 3333"),
                new ContactPoint(ContactPoint.Kind.WORK, "+86 755 8123 4567"));
        assertThat(li.emails()).containsExactly(new ContactPoint(ContactPoint.Kind.WORK, "li.xiuying@huanan.example"),
                new ContactPoint(ContactPoint.Kind.HOME, "xiuying@mail.example"));
        assertThat(rows.get(0).account().name()).isEqualTo("深圳华南贸易有限公司");
        Contact james = rows.get(1).person();
        assertThat(james.name()).isEqualTo("James O'Brien");
        assertThat(james.phones()).as("Google joins several values with :::").extracting(ContactPoint::value)
                .containsExactly("+44 20 7946 0018", "+44 20 7946 0019", "+44 7700 900123");
    }

    @Test
    void utf8WithBomAndSemicolonsIsReadAsSuch() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Name;Account;Birthday\r\n张伟;\"Acme; Co\";1990-01-02\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        CsvTable table = CsvTable.parse(all, null, null);
        assertThat(table.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(table.separator()).isEqualTo(';');
        assertThat(table.header()).containsExactly("Name", "Account", "Birthday");
        ImportRow row = CsvImport.rows(table, ColumnMapping.guess(table.header())).rows().get(0);
        assertThat(row.person().name()).isEqualTo("张伟");
        assertThat(row.account().name()).isEqualTo("Acme; Co");
    }

    @Test
    void aGbkFileFromChineseExcelIsDecodedAndItsChineseHeadersRecognised() {
        Charset gbk = Charset.forName("GBK");
        byte[] bytes = "姓名,公司,手机,生日,职位\r\n刘洋,北京远景科技有限公司,+86 138 1111 2222,1985/6/30,销售经理\r\n"
                .getBytes(gbk);
        CsvTable table = CsvTable.parse(bytes, null, null);
        assertThat(table.charset()).isEqualTo(CsvTable.GB18030);
        ImportRow row = CsvImport.rows(table, ColumnMapping.guess(table.header())).rows().get(0);
        assertThat(row.problems()).isEmpty();
        assertThat(row.person().name()).isEqualTo("刘洋");
        assertThat(row.person().title()).isEqualTo("销售经理");
        assertThat(row.person().birthday()).isEqualTo(Birthday.of(1985, 6, 30));
        assertThat(row.person().phones()).containsExactly(new ContactPoint(ContactPoint.Kind.MOBILE, "+86 138 1111 2222"));
        assertThat(row.account().name()).isEqualTo("北京远景科技有限公司");
    }

    @Test
    void aWesternExcelFileIsReadAsWindows1252NotAsGarbledChinese() {
        // these bytes also decode without error as GB18030, into "Lars M黮ler;Br黡er Sch鰊 GmbH"
        byte[] bytes = "Name;Company\r\nLars Müller;Brüder Schön GmbH\r\n".getBytes(Charset.forName("windows-1252"));
        CsvTable table = CsvTable.parse(bytes, null, null);
        assertThat(table.charset().name()).isEqualTo("windows-1252");
        ImportRow row = CsvImport.rows(table, ColumnMapping.guess(table.header())).rows().get(0);
        assertThat(row.person().name()).isEqualTo("Lars Müller");
        assertThat(row.account().name()).isEqualTo("Brüder Schön GmbH");
    }

    @Test
    void aSpreadsheetSavedAsCsvByMistakeIsRefusedAsNotText() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
        assertThatThrownBy(() -> CsvTable.parse(xlsx, null, null)).isInstanceOfSatisfying(CsvTable.NotCsvException.class,
                e -> assertThat(e.messageKey()).isEqualTo("exchange.import.notText"));
        assertThatThrownBy(() -> CsvTable.parse(new byte[0], null, null))
                .isInstanceOfSatisfying(CsvTable.NotCsvException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("exchange.import.empty"));
    }

    @Test
    void aBadDateIsReportedWithItsLineColumnAndValueWhileTheOtherRowsAreGood() {
        StringBuilder csv = new StringBuilder("Name,Company,Birthday\n");
        for (int line = 2; line <= 20; line++) {
            csv.append(line == 17 ? "Bad Date,Acme,31/02\n" : "Person " + line + ",Acme,1980-01-" + (line + 5) + "\n");
        }
        List<ImportRow> rows = rows(csv.toString()).rows();
        assertThat(rows).hasSize(19);
        assertThat(rows.stream().filter(r -> !r.isValid())).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo(17);
            assertThat(r.problems()).containsExactly(RowProblem.of(17, "exchange.problem.date", "Birthday", "31/02"));
        });
    }

    @Test
    void unknownChoicesNumbersAndYesNoAreReportedPerCell() {
        ImportRow row = rows("Account,Tier,Annual revenue,Satisfaction\nAcme,Z,lots,4.5\n").rows().get(0);
        assertThat(row.problems()).extracting(RowProblem::messageKey)
                .containsExactlyInAnyOrder("exchange.problem.choice", "exchange.problem.number", "exchange.problem.number");
        ImportRow ok = rows("Account,Tier,Stage,Annual revenue\n华为,a,维系,\"1,234,567.50\"\n").rows().get(0);
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.account().tier()).isEqualTo(Tier.A);
        assertThat(ok.account().stage().name()).isEqualTo("MAINTENANCE");
        assertThat(ok.account().annualRevenue()).isEqualByComparingTo("1234567.50");
    }

    @Test
    void aTruncatedFileKeepsTheRowsBeforeTheCutAndRefusesTheRowWhoseQuoteTheCutLeftOpen() {
        ImportBatch batch = rows("Name,Company\nAnna,Acme\nBob,\"Acme\n");
        assertThat(batch.rows()).hasSize(2);
        assertThat(batch.rows().get(0).person().name()).isEqualTo("Anna");
        assertThat(batch.rows().get(1).problems()).containsExactly(RowProblem.of(3, "exchange.problem.quoteNeverClosed",
                new RowProblem.Column(2, "Company")));
    }

    @Test
    void aRowCutShortIsRefusedWithItsCellCountInsteadOfComingInWithHalfACompanyName() {
        ImportBatch cutMidRow = rows("Name,Company,Birthday\nAnna,Acme,1980-01-01\nBob,Ac");
        assertThat(outcome(cutMidRow)).containsExactly("2 Anna", "3 refused: exchange.problem.fewerCells");
        assertThat(cutMidRow.rows().get(1).problems()).containsExactly(RowProblem.of(3, "exchange.problem.fewerCells", 2, 3));
        assertThat(outcome(rows("Name,Company,Notes\nAnna,Acme,x,,\nBob,Acme,x,more\n")))
                .as("empty cells past the header are harmless, others are not")
                .containsExactly("2 Anna", "3 refused: exchange.problem.extraCells");
    }

    @Test
    void textAfterAClosingQuoteRefusesTheRowAndDoesNotEndItsCellEarly() {
        ImportBatch batch = rows("Name,Company,Notes\nAnna,Acme,\"\"x\nfirst, line\"\nBob,Acme,ok\n");
        assertThat(outcome(batch)).containsExactly("2 refused: exchange.problem.textAfterQuote",
                "3 refused: exchange.problem.fewerCells", "4 Bob");
    }

    /** The lines of the batch's rows: valid ones and refused ones, each with its first problem's key. */
    private static List<String> outcome(ImportBatch batch) {
        return batch.rows().stream().map(r -> r.position() + (r.isValid() ? " " + r.person().name()
                : " refused: " + r.problems().get(0).messageKey())).toList();
    }

    @Test
    void anUnbalancedQuoteIsRefusedAtItsLineAndTheRowsItWouldHaveSwallowedStillComeIn() {
        ImportBatch batch = rows("Name,Company,Notes\n"
                + "Anna,Acme,\"said hi\n"
                + "Bob,Acme,ok\n"
                + "Carl,Acme,\"fine\"\n"
                + "Dora,Acme,x\n");
        assertThat(outcome(batch)).containsExactly("2 refused: exchange.problem.quoteTextAfter", "3 Bob", "4 Carl",
                "5 Dora");
        assertThat(batch.rows().get(0).problems()).containsExactly(RowProblem.of(2, "exchange.problem.quoteTextAfter",
                new RowProblem.Column(3, "Notes"), 4));
        assertThat(batch.rows().get(2).person().notes()).isEqualTo("fine");
    }

    @Test
    void aQuoteNeverClosedRefusesItsLineAndTheLinesAfterItAreReadOnTheirOwn() {
        ImportBatch batch = rows("Name,Company,Notes\nAnna,Acme,\"said hi\nBob,Acme,ok\nCarl,Acme,fine\n");
        assertThat(outcome(batch)).containsExactly("2 refused: exchange.problem.quoteNeverClosed", "3 Bob", "4 Carl");
    }

    @Test
    void aQuotedCellThatSwallowsLinesLookingLikeRowsIsRefusedEvenWhenItClosesCleanly() {
        ImportBatch batch = rows("Name,Company,Notes\n"
                + "Anna,Acme,\"said hi\n"
                + "Bob,Acme,ok\n"
                + "Carl,Acme,fine\"\n"
                + "Dora,Acme,x\n");
        assertThat(outcome(batch)).containsExactly("2 refused: exchange.problem.quoteSwallowsRows", "3 Bob",
                "4 refused: exchange.problem.closesBrokenQuote", "5 Dora");
        assertThat(batch.rows().get(0).problems().get(0).args()).containsExactly(new RowProblem.Column(3, "Notes"), 3);
        assertThat(batch.rows().get(2).problems().get(0).args()).containsExactly(new RowProblem.Column(3, "Notes"), 2);
    }

    @Test
    void aQuotedCellThatLeavesTheRowWithTooFewCellsIsRefusedAndTheRestOfItsCellToo() {
        ImportBatch batch = rows("Name,Company,Notes\n"
                + "Anna,\"Acme,said hi\n"
                + "more\"\n"
                + "Bob,Acme,ok\n");
        assertThat(outcome(batch)).containsExactly("2 refused: exchange.problem.quoteShape",
                "3 refused: exchange.problem.afterBrokenQuote", "4 Bob");
        assertThat(batch.rows().get(0).problems().get(0).args())
                .containsExactly(new RowProblem.Column(2, "Company"), 3, 2, 3);
        assertThat(batch.rows().get(1).problems().get(0).args()).containsExactly(1, 3, 2);
    }

    @Test
    void aCarriageReturnAloneInAQuotedCellRefusesItsRowInsteadOfMergingTheNextOne() {
        ImportBatch batch = rows("Name,Company,Notes\nAnna,Acme,\"x\ry\"\nBob,Acme,ok\n");
        assertThat(outcome(batch)).containsExactly("2 refused: exchange.problem.bareCr", "3 Bob");
        assertThat(batch.rows().get(0).problems().get(0).args()).containsExactly(new RowProblem.Column(3, "Notes"));
        ImportBatch unquoted = rows("Name,Company\r\nAnna,Acme\rBob,Acme\r\nCarl,Acme\r\n");
        assertThat(outcome(unquoted)).containsExactly("2 refused: exchange.problem.bareCr", "3 Carl");
    }

    @Test
    void notesWithLineBreaksStillComeInFromCrLfLfAndOldMacFilesWithABomAndInGbk() {
        String note = "Likes tea\nCall after 10, not before\n\n\"Boss\" is his nickname";
        String quoted = "\"" + note.replace("\"", "\"\"") + "\"";
        for (String eol : List.of("\r\n", "\n", "\r")) {
            String text = "\uFEFFName,Company,Notes" + eol + "王伟,杭州瑞丰电子," + quoted.replace("\n", eol) + eol
                    + "Anna,Acme,ok" + eol;
            for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
                ImportBatch batch = rows(text.replace("\uFEFF", cs.equals(StandardCharsets.UTF_8) ? "\uFEFF" : "")
                        .getBytes(cs));
                assertThat(batch.rows()).as("%s in %s", eol.replace("\r", "CR").replace("\n", "LF"), cs)
                        .hasSize(2).allMatch(ImportRow::isValid);
                assertThat(batch.rows().get(0).person().name()).isEqualTo("王伟");
                assertThat(batch.rows().get(0).person().notes()).isEqualTo(note.replace("\n", eol));
                assertThat(batch.rows().get(1).position()).isEqualTo(6);
            }
        }
    }

    @Test
    void aHeaderWhoseQuoteIsNeverClosedRefusesTheFileInsteadOfSwallowingItsRows() {
        assertThatThrownBy(() -> rows("Name,\"Company\nAnna,Acme\nBob,Acme\n"))
                .isInstanceOfSatisfying(CsvTable.NotCsvException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("exchange.import.brokenHeader"));
        CsvTable twoLineHeader = CsvTable.parse("Name,\"Company\n(main)\"\nAnna,Acme\n".getBytes(StandardCharsets.UTF_8),
                null, null);
        assertThat(twoLineHeader.header()).containsExactly("Name", "Company\n(main)");
        assertThat(twoLineHeader.lines()).singleElement().satisfies(l -> assertThat(l.number()).isEqualTo(3));
    }

    @Test
    void aFileWhoseEveryLineOpensAQuoteThatRunsToTheEndIsRefusedLineByLine() {
        StringBuilder text = new StringBuilder("Name,Company\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("a\"b,\"c\n");
        }
        ImportBatch batch = rows(text.toString());
        assertThat(batch.rows()).hasSize(20_000).noneMatch(ImportRow::isValid);
    }

    @Test
    void aTenMegabyteCellIsRefusedForItsRowOnly() {
        String huge = "x".repeat(10 * 1024 * 1024);
        ImportBatch batch = rows("Name,Company,Notes\nAnna,Acme,\"" + huge + "\"\nBob,Acme,short\n");
        assertThat(batch.rows()).hasSize(2);
        assertThat(batch.rows().get(0).problems()).extracting(RowProblem::messageKey)
                .containsExactly("exchange.problem.tooLong");
        assertThat(batch.rows().get(1).isValid()).isTrue();
        assertThat(batch.rows().get(1).person().notes()).isEqualTo("short");
    }

    @Test
    void cellsThatLookLikeFormulasAreExportedAsTextAndReadBackUnchanged() throws IOException {
        Contact evil = new Contact(null, 1L, "=HYPERLINK(\"http://evil.example\",\"click\")", "+Chief", "-Ops", null,
                List.of(new ContactPoint(ContactPoint.Kind.MOBILE, "+86 138 0013 8000")), List.of(), "@home", null,
                null, "", "=1+1", false, null, null, null, 0L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.contacts(out, ',', List.of(evil), java.util.Map.of(1L, "Acme"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        assertThat(text).contains("'=HYPERLINK", "'+Chief", "'-Ops", "'@home", "'=1+1", "'+86 138 0013 8000");
        assertThat(text.lines().skip(1).flatMap(l -> List.of(l.split(",")).stream()))
                .noneMatch(cell -> cell.matches("\"?[=+\\-@].*"));

        Contact back = rows(out.toByteArray()).rows().get(0).person();
        assertThat(back.name()).isEqualTo(evil.name());
        assertThat(back.title()).isEqualTo("+Chief");
        assertThat(back.notes()).isEqualTo("=1+1");
        assertThat(back.phones()).isEqualTo(evil.phones());
        assertThat(CellGuard.unguard("'plain")).isEqualTo("'plain");
    }

    @Test
    void anExportIsNoFormulaWhicheverSeparatorASpreadsheetSplitsOnAndReadsBackExactly() throws IOException {
        Contact evil = new Contact(null, 1L, "=HYPERLINK(\"http://evil.example\",\"click\")", "Chief;+1", "a|=b", null,
                List.of(new ContactPoint(ContactPoint.Kind.MOBILE, "+86 138 0013 8000"),
                        new ContactPoint(ContactPoint.Kind.MOBILE, "+86 139 0000 0000")),
                List.of(), "Room 1,@home", null, null, "'=already an apostrophe",
                "x;=cmd|' /C calc'!A0;\n-2+3\t@SUM(1)\n\"=quoted\"", false, null, null, null, 0L);
        for (char separator : List.of(',', ';', '\t')) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CsvExport.contacts(out, separator, List.of(evil), java.util.Map.of(1L, "-Acme; =Co"));
            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(dev.rapport.testutil.SpreadsheetSplit.formulaCells(text)).as("written with %s", separator).isEmpty();

            CsvTable table = CsvTable.parse(out.toByteArray(), StandardCharsets.UTF_8, separator);
            ImportRow row = CsvImport.rows(table, ColumnMapping.guess(table.header())).rows().get(0);
            assertThat(row.problems()).isEmpty();
            Contact back = row.person();
            assertThat(List.of(back.name(), back.title(), back.department(), back.address(), back.interests(),
                    back.notes(), row.account().name())).as("read back from the file written with %s", separator)
                    .containsExactly(evil.name(), evil.title(), evil.department(), evil.address(), evil.interests(),
                            evil.notes(), "-Acme; =Co");
            assertThat(back.phones()).isEqualTo(evil.phones());
        }
    }

    @Test
    void theSeparatorIsTheOneThatSplitsEveryLineAlike() {
        assertThat(CsvTable.detectSeparator("a\tb\tc\n1\t2,5\t3\n")).isEqualTo('\t');
        assertThat(CsvTable.detectSeparator("Name;Notes\n\"Li, Wei\";x\n")).isEqualTo(';');
        assertThat(CsvTable.detectSeparator("Name,Notes\nLi;Wei,x\n")).isEqualTo(',');
    }

    private static ImportBatch rows(String text, dev.rapport.domain.DateOrder order) {
        CsvTable table = CsvTable.parse(text.getBytes(StandardCharsets.UTF_8), null, null);
        ColumnMapping mapping = ColumnMapping.guess(table.header());
        mapping.setDateOrder(order);
        return CsvImport.rows(table, mapping);
    }

    @Test
    void oneDateThatCanOnlyBeDayFirstMakesTheAmbiguousDatesOfTheFileDayFirstAndTheNoteSaysWhy() {
        ImportBatch batch = rows("Name,Company,Birthday,Left on\n"
                + "Anna Schmidt,Nordwind,03/04/1980,\n"
                + "王伟,杭州瑞丰电子,25/03/1975,05/06/2025\n", dev.rapport.domain.DateOrder.AUTO);
        assertThat(batch.rows()).allMatch(ImportRow::isValid);
        assertThat(batch.rows().get(0).person().birthday()).isEqualTo(Birthday.of(1980, 4, 3));
        assertThat(batch.rows().get(1).person().leftOn()).isEqualTo(java.time.LocalDate.of(2025, 6, 5));
        assertThat(batch.fileNotes()).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("exchange.report.dateOrder.detected");
            assertThat(n.args()).containsExactly(dev.rapport.domain.DateOrder.DAY_MONTH, 3, "25/03/1975");
        });
    }

    @Test
    void oneDateThatCanOnlyBeMonthFirstMakesTheFileMonthFirst() {
        ImportBatch batch = rows("Name,Birthday\nAnna,03/04/1980\nTom,12/31/1970\n", dev.rapport.domain.DateOrder.AUTO);
        assertThat(batch.rows().get(0).person().birthday()).isEqualTo(Birthday.of(1980, 3, 4));
        assertThat(batch.fileNotes()).singleElement().extracting(RowProblem::messageKey)
                .isEqualTo("exchange.report.dateOrder.detected");
    }

    @Test
    void withOnlyAmbiguousDatesTheyAreReadMonthFirstAsBeforeAndTheNoteSaysTheOrderWasAssumed() {
        ImportBatch batch = rows("Name,Birthday\nAnna,03/04/1980\n", dev.rapport.domain.DateOrder.AUTO);
        assertThat(batch.rows().get(0).person().birthday()).isEqualTo(Birthday.of(1980, 3, 4));
        assertThat(batch.fileNotes()).singleElement().extracting(RowProblem::messageKey)
                .isEqualTo("exchange.report.dateOrder.assumed");
    }

    @Test
    void aChosenOrderIsUsedAndADateThatContradictsItIsRefusedAtItsLine() {
        ImportBatch batch = rows("Name,Birthday\nAnna,03/04/1980\nTom,12/31/1970\n",
                dev.rapport.domain.DateOrder.DAY_MONTH);
        assertThat(batch.rows().get(0).person().birthday()).isEqualTo(Birthday.of(1980, 4, 3));
        assertThat(batch.rows().get(1).isValid()).isFalse();
        assertThat(batch.rows().get(1).problems()).extracting(RowProblem::messageKey)
                .containsExactly("exchange.problem.date");
        assertThat(batch.fileNotes()).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("exchange.report.dateOrder.chosen");
            assertThat(n.args()).containsExactly(dev.rapport.domain.DateOrder.DAY_MONTH);
        });
    }

    @Test
    void datesThatContradictEachOtherAreEachReadTheOnlyWayTheyCanAndTheNoteNamesBoth() {
        ImportBatch batch = rows("Name,Birthday\nAnna,25/03/1980\nTom,12/31/1970\nLi,03/04/1990\n",
                dev.rapport.domain.DateOrder.AUTO);
        assertThat(batch.rows()).allMatch(ImportRow::isValid);
        assertThat(batch.rows().get(2).person().birthday()).isEqualTo(Birthday.of(1990, 3, 4));
        assertThat(batch.fileNotes()).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("exchange.report.dateOrder.mixed");
            assertThat(n.args()).containsExactly(2, "25/03/1980", 3, "12/31/1970");
        });
    }

    @Test
    void aFileWithoutDayAndMonthDatesGetsNoNote() {
        ImportBatch batch = rows("Name,Birthday\n王伟,1980-05-17\n刘洋,1985/6/1\nAnna,\n", dev.rapport.domain.DateOrder.AUTO);
        assertThat(batch.fileNotes()).isEmpty();
        assertThat(batch.rows().get(1).person().birthday()).isEqualTo(Birthday.of(1985, 6, 1));
    }
}
