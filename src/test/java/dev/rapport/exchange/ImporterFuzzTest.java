package dev.rapport.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.exchange.csv.ColumnMapping;
import dev.rapport.exchange.csv.CsvImport;
import dev.rapport.exchange.csv.CsvTable;
import dev.rapport.exchange.vcard.VcardImport;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The importers fuzzed (issue 7): random bytes, wrong encodings, huge fields, deep quoting and
 * impossible dates never crash the CSV or vCard reader. A file is either refused as a whole with
 * a reason the user can read, or read into rows that are each valid or carry their problems.
 * Seeded, so a failure names the seed and case that reproduce it.
 */
class ImporterFuzzTest {
    private static final long SEED = 20261129L;
    private static final List<String> HEADERS = List.of("Name", "Company", "E-mail Address", "Mobile Phone",
            "Birthday", "Job Title", "姓名", "公司", "生日", "First Name", "Last Name", "Notes", "Tier");
    private static final List<String> NASTY_CELLS = List.of("31/02", "2026-02-30", "--0229", "29.02.2023",
            "1900-13-01", "99999999", "", "\"\"\"", "\"unterminated", "=HYPERLINK(\"x\")", "+86 138 0000 0000",
            "not-an-email@", "陈静", "ＡＢＣ", "\u0000", "\uFEFF", "a\r\nb", "\"a,\"\"b\"\"\nc\"");
    private static final Charset[] CHARSETS = {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
        StandardCharsets.ISO_8859_1, CsvTable.GB18030, Charset.forName("Big5"), StandardCharsets.US_ASCII};
    private static final String CHARS = "\"',;\t|\n\r=+-@ 王李张MüllerØ\\:";

    private final Random random = new Random(SEED);

    /** What reading a CSV file may do: a table, or a refusal with a message key; nothing else. */
    private static void readsOrRefuses(String what, byte[] bytes, Charset charset, Character separator) {
        CsvTable table;
        try {
            table = CsvTable.parse(bytes, charset, separator);
        } catch (CsvTable.NotCsvException refused) {
            assertThat(refused.getMessage()).as(what).startsWith("exchange.");
            return;
        } catch (RuntimeException e) {
            throw new AssertionError("CSV reader crashed on " + what, e);
        }
        try {
            assertRowsAccountedFor(what, CsvImport.rows(table, ColumnMapping.guess(table.header())));
        } catch (RuntimeException e) {
            throw new AssertionError("CSV rows crashed on " + what, e);
        }
    }

    private static final dev.rapport.i18n.Messages EN = new dev.rapport.i18n.Messages(java.util.Locale.ENGLISH);

    /** A row taken in has something to import; a refused one says why, in words the user can read. */
    private static void assertRowsAccountedFor(String what, ImportBatch batch) {
        for (ImportRow row : batch.rows()) {
            if (row.isValid()) {
                assertThat(row.account() != null || row.person() != null).as("a valid row imports something: " + what)
                        .isTrue();
            }
            for (RowProblem p : row.problems()) {
                assertThat(EN.get(p.messageKey(), p.args().toArray())).as("a readable reason: " + what).isNotBlank();
            }
        }
        for (RowProblem p : batch.fileProblems()) {
            assertThat(EN.get(p.messageKey(), p.args().toArray())).as("a readable reason: " + what).isNotBlank();
        }
    }

    private static void vcardReadsOrRefuses(String what, byte[] bytes) {
        try {
            assertRowsAccountedFor(what, VcardImport.parse(bytes));
        } catch (RuntimeException e) {
            throw new AssertionError("vCard reader crashed on " + what, e);
        }
    }

    private byte[] randomBytes(int max) {
        byte[] b = new byte[random.nextInt(max + 1)];
        random.nextBytes(b);
        return b;
    }

    private String randomText(int max) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return s.toString();
    }

    private String csvText() {
        List<String> header = new ArrayList<>();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            header.add(HEADERS.get(random.nextInt(HEADERS.size())));
        }
        String eol = new String[] {"\n", "\r\n", "\r"}[random.nextInt(3)];
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "").append(String.join(",", header));
        for (int line = random.nextInt(13); line > 0; line--) {
            List<String> cells = new ArrayList<>();
            for (int c = 1 + random.nextInt(14); c > 0; c--) {
                cells.add(switch (random.nextInt(3)) {
                    case 0 -> NASTY_CELLS.get(random.nextInt(NASTY_CELLS.size()));
                    case 1 -> randomText(20);
                    default -> "\"" + randomText(10).replace("\"", "\"\"") + "\"";
                });
            }
            text.append(eol).append(String.join(",", cells));
        }
        return text.toString();
    }

    @Test
    void randomBytesAreReadOrRefusedAsCsv() {
        for (int i = 0; i < 600; i++) {
            readsOrRefuses("random bytes, case " + i + " of seed " + SEED, randomBytes(4000), null, null);
        }
    }

    @Test
    void csvWithDeepQuotingBadDatesAndAnyEncodingIsReadOrRefused() {
        for (int i = 0; i < 600; i++) {
            String text = csvText();
            Charset written = CHARSETS[random.nextInt(CHARSETS.length)];
            Charset claimed = random.nextBoolean() ? null : CHARSETS[random.nextInt(CHARSETS.length)];
            // the separators the import dialog offers, or none to let the reader detect it
            Character separator = random.nextBoolean() ? null
                    : CsvTable.SEPARATORS.get(random.nextInt(CsvTable.SEPARATORS.size()));
            readsOrRefuses("generated CSV, case " + i + " of seed " + SEED, text.getBytes(written), claimed, separator);
        }
    }

    @Test
    void aTenMegabyteCellIsReadOrRefused() {
        for (String unit : new String[] {"x", "客", "\"\"", "\n", "="}) {
            String cell = unit.repeat(10 * 1024 * 1024 / unit.length() / 2);
            String text = "Name,Company,Notes\n陈静,华为技术,\"" + cell + "\"\nAnna Müller,Contoso,ok\n";
            readsOrRefuses("10 MB cell of " + unit, text.getBytes(StandardCharsets.UTF_8), null, null);
        }
    }

    @Test
    void randomBytesAreReadOrRefusedAsVcards() {
        for (int i = 0; i < 600; i++) {
            vcardReadsOrRefuses("random bytes, case " + i + " of seed " + SEED, randomBytes(4000));
        }
    }

    @Test
    void damagedVcardsAreReadOrRefused() {
        String card = String.join("\r\n", "BEGIN:VCARD", "VERSION:2.1",
                "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=99=88;=E9=9D=99;;;",
                "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=99=88=E9=9D=99", "ORG:华为技术;采购部",
                "TEL;CELL:+86 138 0000 0000", "EMAIL;INTERNET:chen.jing@huawei.example", "BDAY:--0229",
                "NOTE:喜欢花=0D=0A不喝酒", "END:VCARD", "BEGIN:VCARD", "VERSION:4.0", "FN:Anna Müller",
                "BDAY:19850229", "ORG:Contoso", "END:VCARD", "");
        String[] dates = {"19850230", "--1332", "2026-02-29", "yesterday", "=E9=9", "=", ""};
        for (int i = 0; i < 600; i++) {
            String damaged = card.replace("19850229", dates[random.nextInt(dates.length)]);
            int cut = random.nextInt(damaged.length() + 1);
            int at = random.nextInt(cut + 1);
            String text = damaged.substring(0, at) + randomText(12) + damaged.substring(at, cut);
            vcardReadsOrRefuses("damaged card, case " + i + " of seed " + SEED,
                    text.getBytes(CHARSETS[random.nextInt(CHARSETS.length)]));
        }
    }
}
