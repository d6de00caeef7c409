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

    private static final List<String> NOTES = List.of("", "ok", "likes tea, golf", "say \"hi\"", "two\nlines",
            "first line\nsecond, with comma\n\nfourth", "=1+1", "x;=cmd|' /C calc'!A0;", "王伟\t's note");

    /**
     * A file damaged the ways a file sent by someone else is: a quotation mark added at a cell's
     * start, a closing one removed, a carriage return without line feed. Whatever the damage, every
     * row of the file is either taken in exactly as written or refused at its line, a damaged row is
     * always refused, and nothing comes in from a line that does not start a row.
     */
    @Test
    void aDamagedCsvNeverLosesNorMergesARowSilently() {
        int refusedRows = 0;
        int keptRows = 0;
        for (int i = 0; i < 500; i++) {
            String what = "damaged CSV, case " + i + " of seed " + SEED;
            String eol = random.nextBoolean() ? "\n" : "\r\n";
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "").append("Name,Company,Notes").append(eol);
            java.util.Map<Integer, List<String>> written = new java.util.HashMap<>();
            java.util.Set<Integer> damaged = new java.util.HashSet<>();
            int line = 2;
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                List<String> cells = List.of("Person " + line, "Co " + line,
                        NOTES.get(random.nextInt(NOTES.size())).replace("\n", eol));
                String record = String.join(",", cells.stream().map(c -> CellGuard.field(c, ',')).toList());
                if (random.nextInt(4) == 0) {
                    String hurt = damage(record, eol);
                    if (!hurt.equals(record)) {
                        damaged.add(line);
                        record = hurt;
                    }
                }
                written.put(line, cells);
                text.append(record).append(eol);
                line += 1 + (int) record.chars().filter(c -> c == '\n').count();
            }
            ImportBatch batch = CsvImport.rows(CsvTable.parse(text.toString().getBytes(StandardCharsets.UTF_8), null, null),
                    ColumnMapping.guess(List.of("Name", "Company", "Notes")));
            assertRowsAccountedFor(what, batch);
            java.util.Map<Integer, ImportRow> byLine = new java.util.HashMap<>();
            for (ImportRow row : batch.rows()) {
                byLine.put(row.position(), row);
                if (row.isValid()) {
                    List<String> cells = written.get(row.position());
                    assertThat(cells).as("%s: a row taken in from line %d, which starts no row of the file:%n%s", what,
                            row.position(), text).isNotNull();
                    assertThat(List.of(row.person().name(), row.account().name(), row.person().notes()))
                            .as("%s: line %d taken in as written%n%s", what, row.position(), text).isEqualTo(cells);
                    keptRows++;
                } else {
                    refusedRows++;
                }
            }
            for (int start : written.keySet()) {
                assertThat(byLine).as("%s: the row on line %d is neither taken in nor refused%n%s", what, start, text)
                        .containsKey(start);
                if (damaged.contains(start)) {
                    assertThat(byLine.get(start).isValid()).as("%s: damaged line %d refused%n%s", what, start, text).isFalse();
                }
            }
            if (damaged.isEmpty()) {
                assertThat(batch.rows()).as("%s: an undamaged file comes in whole%n%s", what, text).allMatch(ImportRow::isValid);
            }
        }
        assertThat(keptRows).as("rows taken in").isGreaterThan(1000);
        assertThat(refusedRows).as("rows refused").isGreaterThan(100);
    }

    /** The record with one of the damages a file goes through; the record itself when none applies. */
    private String damage(String record, String eol) {
        switch (random.nextInt(3)) {
            case 0 -> {
                // a quotation mark opened at the start of a cell and never closed there
                List<Integer> starts = new ArrayList<>(List.of(0));
                for (int at = record.indexOf(','); at >= 0; at = record.indexOf(',', at + 1)) {
                    starts.add(at + 1);
                }
                int at = starts.get(random.nextInt(starts.size()));
                return record.substring(0, at) + '"' + record.substring(at);
            }
            case 1 -> {
                // the closing quotation mark of the last cell lost
                return record.endsWith("\"") ? record.substring(0, record.length() - 1) : record;
            }
            default -> {
                // a carriage return alone (never right before a line feed, which would make it a CR LF)
                int at = random.nextInt(record.length() + 1);
                char next = at < record.length() ? record.charAt(at) : eol.charAt(0);
                return next == '\n' ? record : record.substring(0, at) + '\r' + record.substring(at);
            }
        }
    }

    @Test
    void aVcardFileCutAnywhereKeepsTheWholeCardsBeforeTheCutAndRefusesTheCardItFallsIn() {
        for (int i = 0; i < 400; i++) {
            String what = "vCard file cut, case " + i + " of seed " + SEED;
            StringBuilder text = new StringBuilder();
            List<Integer> ends = new ArrayList<>();
            List<Integer> begins = new ArrayList<>();
            int cards = 1 + random.nextInt(5);
            for (int c = 1; c <= cards; c++) {
                begins.add(text.length() + "BEGIN:VCARD".length());
                text.append("BEGIN:VCARD\r\nVERSION:").append(random.nextBoolean() ? "3.0" : "4.0")
                        .append("\r\nFN:Person ").append(c).append("\r\nORG:VCard Company ").append(c)
                        .append("\r\nBDAY:1980-05-17\r\nEND:VCARD");
                ends.add(text.length());
                text.append("\r\n");
            }
            int cut = random.nextInt(text.length() + 1);
            ImportBatch batch = VcardImport.parse(text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
            assertRowsAccountedFor(what, batch);
            long whole = ends.stream().filter(e -> e <= cut).count();
            boolean inside = begins.stream().anyMatch(b -> b <= cut) && begins.stream().filter(b -> b <= cut).count() > whole;
            assertThat(batch.rows().stream().filter(ImportRow::isValid).map(r -> r.person().name() + " at " + r.account().name()))
                    .as("%s at %d", what, cut)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, whole)
                            .mapToObj(n -> "Person " + n + " at VCard Company " + n).toList());
            if (inside) {
                assertThat(batch.rows()).as("%s at %d", what, cut).last().satisfies(r -> {
                    assertThat(r.position()).isEqualTo((int) whole + 1);
                    assertThat(r.problems()).extracting(RowProblem::messageKey).containsExactly("exchange.problem.cardCut");
                });
            }
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
