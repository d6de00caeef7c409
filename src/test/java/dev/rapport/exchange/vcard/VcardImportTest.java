package dev.rapport.exchange.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import dev.rapport.exchange.ImportBatch;
import dev.rapport.exchange.ImportRow;
import dev.rapport.exchange.RowProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VcardImportTest {

    private static ImportBatch read(String name) throws IOException {
        try (InputStream in = VcardImportTest.class.getResourceAsStream("/dev/rapport/exchange/" + name)) {
            return VcardImport.parse(in.readAllBytes());
        }
    }

    @Test
    void androidVcard21WithQuotedPrintableChineseIsDecoded() throws IOException {
        ImportRow row = read("android-2.1.vcf").rows().get(0);
        assertThat(row.problems()).isEmpty();
        assertThat(row.person().name()).isEqualTo("张三");
        assertThat(row.account().name()).isEqualTo("上海东方医疗器械有限公司");
        assertThat(row.person().phones()).containsExactly(new ContactPoint(ContactPoint.Kind.MOBILE, "+86 135 1234 5678"),
                new ContactPoint(ContactPoint.Kind.WORK, "+86 21 6123 4567"));
        assertThat(row.person().emails()).containsExactly(new ContactPoint(ContactPoint.Kind.HOME, "zhangsan@dongfang.example"));
        assertThat(row.person().birthday()).isEqualTo(Birthday.of(1982, 11, 3));
    }

    @Test
    void outlookVcard21GivesDepartmentFromOrgAddressAndAMultiLineNote() throws IOException {
        Contact jonas = read("outlook-2.1.vcf").rows().get(0).person();
        assertThat(jonas.name()).isEqualTo("Jonas Fischer");
        assertThat(jonas.department()).isEqualTo("Einkauf");
        assertThat(jonas.title()).isEqualTo("Buyer");
        assertThat(jonas.address()).isEqualTo("Hafenstraße 12, Bremen, 28217, Germany");
        assertThat(jonas.notes()).isEqualToNormalizingNewlines("Met at the fair\nLikes sailing");
        assertThat(jonas.birthday()).isEqualTo(Birthday.of(1978, 4, 12));
        assertThat(jonas.phones()).extracting(ContactPoint::kind)
                .containsExactly(ContactPoint.Kind.WORK, ContactPoint.Kind.MOBILE);
    }

    @Test
    void appleCardsKeepTypesAndABirthdayWithoutYearStaysWithoutYear() throws IOException {
        List<ImportRow> rows = read("apple-3.0.vcf").rows();
        Contact james = rows.get(0).person();
        assertThat(james.name()).isEqualTo("James O'Brien");
        assertThat(rows.get(0).account().name()).isEqualTo("Harbour Foods Ltd");
        assertThat(james.department()).isEqualTo("Procurement");
        assertThat(james.emails()).containsExactly(new ContactPoint(ContactPoint.Kind.WORK, "james.obrien@harbour.example"));
        assertThat(james.phones().get(0).kind()).isEqualTo(ContactPoint.Kind.MOBILE);
        assertThat(james.notes()).isEqualToNormalizingNewlines("Allergic to nuts\nPrefers calls after 10");
        assertThat(james.address()).isEqualTo("1 Dock Road, London, E16 1AA, United Kingdom");
        assertThat(rows.get(1).person().birthday()).as("X-APPLE-OMIT-YEAR").isEqualTo(Birthday.of(3, 25));
        assertThat(rows.get(1).person().emails().get(0).kind()).isEqualTo(ContactPoint.Kind.HOME);
    }

    @Test
    void gmailYearlessLeapDayBirthdayIsReadAndAnImpossibleDateIsReportedByCard() throws IOException {
        List<ImportRow> rows = read("gmail-3.0.vcf").rows();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).person().birthday()).isEqualTo(Birthday.of(2, 29));
        assertThat(rows.get(0).account().name()).isEqualTo("Lumière SA");
        assertThat(rows.get(1).problems()).extracting(RowProblem::position, RowProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "exchange.problem.date"));
        assertThat(rows.get(2).isValid()).isTrue();
        assertThat(rows.get(2).account()).as("no ORG: the importer chooses the account").isNull();
    }

    @Test
    void thunderbirdVcard40WithTraditionalChineseAndMmddBirthday() throws IOException {
        ImportRow row = read("thunderbird-4.0.vcf").rows().get(0);
        assertThat(row.person().name()).isEqualTo("陳美玲");
        assertThat(row.account().name()).isEqualTo("台北精密科技股份有限公司");
        assertThat(row.person().birthday()).isEqualTo(Birthday.of(6, 12));
        assertThat(row.person().phones()).containsExactly(new ContactPoint(ContactPoint.Kind.MOBILE, "+886 912 345 678"));
    }

    @Test
    void aVcardSavedInGb18030ByChineseOutlookIsDecoded() {
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:赵敏\r\nORG:广州白云贸易有限公司\r\nEND:VCARD\r\n";
        ImportRow row = VcardImport.parse(card.getBytes(Charset.forName("GB18030"))).rows().get(0);
        assertThat(row.person().name()).isEqualTo("赵敏");
        assertThat(row.account().name()).isEqualTo("广州白云贸易有限公司");
    }

    @Test
    void aFileWithoutCardsIsReported() {
        assertThat(VcardImport.parse("hello".getBytes(StandardCharsets.UTF_8)).fileProblems())
                .extracting(RowProblem::messageKey).containsExactly("exchange.import.noCards");
    }

    @Test
    void aLastCardTheFileEndsInsideIsRefusedAndTheCardsBeforeItStillComeIn() {
        ImportBatch cut = VcardImport.parse(("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\nORG:Nordwind\r\n"
                + "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Stone\r\nORG:VCa").getBytes(StandardCharsets.UTF_8));
        assertThat(cut.rows()).hasSize(2);
        assertThat(cut.rows().get(0).isValid()).isTrue();
        assertThat(cut.rows().get(0).person().name()).isEqualTo("Anna Schmidt");
        assertThat(cut.rows().get(1).problems()).containsExactly(RowProblem.of(2, "exchange.problem.cardCut"));
        ImportBatch onlyBegin = VcardImport.parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\nTEL:+1 415 555"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(onlyBegin.rows()).singleElement().satisfies(r -> assertThat(r.problems()).extracting(RowProblem::messageKey)
                .containsExactly("exchange.problem.cardCut"));
    }

    @Test
    void aCardWithAnAgentCardInsideIsWholeWhenBothEnd() {
        String text = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Anna Schmidt\r\nORG:Nordwind\r\nAGENT:\r\nBEGIN:VCARD\r\n"
                + "VERSION:2.1\r\nFN:Her Assistant\r\nEND:VCARD\r\nEND:VCARD\r\n";
        assertThat(VcardImport.cutCard(text)).isZero();
        assertThat(VcardImport.cutCard(text.substring(0, text.lastIndexOf("END:VCARD")))).isEqualTo(1);
    }

    @Test
    void aBirthdayThatSaysNothingIsLeftEmptyWithANoteAndThePersonStillComesIn() {
        for (String bday : List.of("0000-00-00", "1985")) {
            ImportRow row = VcardImport.parse(("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Schmidt\r\nORG:Nordwind\r\n"
                    + "BDAY:" + bday + "\r\nEND:VCARD\r\n").getBytes(StandardCharsets.UTF_8)).rows().get(0);
            assertThat(row.isValid()).as(bday).isTrue();
            assertThat(row.person().birthday()).as(bday).isNull();
            assertThat(row.notes()).as(bday).containsExactly(RowProblem.of(1, "exchange.report.birthdayLeftEmpty", bday));
        }
        ImportRow none = VcardImport.parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nEND:VCARD\r\n"
                .getBytes(StandardCharsets.UTF_8)).rows().get(0);
        assertThat(none.notes()).as("no BDAY at all is nothing to report").isEmpty();
    }
}
