package dev.rapport.exchange.csv;

import dev.rapport.exchange.RowProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as read: its encoding and separator (detected, or chosen by the user), the header
 * and each record with the line it starts on.
 *
 * <p>A record that cannot be what the file's author meant is kept with the reason it will be
 * refused, never merged into its neighbours nor taken in cut short: fewer cells than the header
 * (or more that hold something), text after a closing quotation mark, a quotation mark never
 * closed, a carriage return without a line feed, and a quoted cell that runs past its line and
 * breaks the row's shape (more or fewer cells, text after its closing quotation mark, lines
 * inside it that look like rows). The lines such a broken quotation mark took in are read again
 * on their own, so the good rows among them still come in.
 */
public record CsvTable(Charset charset, char separator, List<String> header, List<Line> lines) {

    /** The separators Rapport recognises, in order of preference when counts tie. */
    public static final List<Character> SEPARATORS = List.of(',', ';', '\t', '|');
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * One record: the line it starts on (1 = the header) and its cells.
     *
     * @param problem why the record is refused as a whole (its cells are then what its first
     *     line holds), or null
     */
    public record Line(int number, List<String> cells, RowProblem problem) {
        public Line {
            cells = List.copyOf(cells);
        }

        public Line(int number, List<String> cells) {
            this(number, cells, null);
        }

        public boolean isRefused() {
            return problem != null;
        }
    }

    public CsvTable {
        header = List.copyOf(header);
        lines = List.copyOf(lines);
    }

    /** Why records of the file are refused whatever its columns hold, in the order of their lines. */
    public List<RowProblem> problems() {
        return lines.stream().filter(Line::isRefused).map(Line::problem).toList();
    }

    /** Thrown when the file cannot be a CSV at all (binary, a spreadsheet, empty). */
    public static final class NotCsvException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String messageKey;

        public NotCsvException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public static CsvTable read(Path file) {
        return read(file, null, null);
    }

    /**
     * Reads a file; a null charset or separator is detected.
     *
     * @throws NotCsvException when the file is empty or not text, or its header line is damaged
     * @throws UncheckedIOException when it cannot be read
     */
    public static CsvTable read(Path file, Charset charset, Character separator) {
        try {
            return parse(Files.readAllBytes(file), charset, separator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CsvTable parse(byte[] bytes, Charset charset, Character separator) {
        if (bytes.length == 0) {
            throw new NotCsvException("exchange.import.empty");
        }
        Charset cs = charset != null ? charset : detectCharset(bytes);
        String text = decode(bytes, cs);
        if (text.indexOf('\0') >= 0) {
            throw new NotCsvException("exchange.import.notText");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new NotCsvException("exchange.import.empty");
        }
        char sep = separator != null ? separator : detectSeparator(text);
        CsvScanner scanner = new CsvScanner(text, sep);
        List<String> header = null;
        List<Line> lines = new ArrayList<>();
        int offset = 0;
        int line = 1;
        // records starting up to this line were taken in by a broken quotation mark on brokenLine
        int strictUntil = 0;
        int brokenLine = 0;
        while (offset < text.length()) {
            CsvScanner.Record r = scanner.scan(offset, line);
            if (r.isEmptyLine()) {
                offset = r.next;
                line = r.nextLine;
                continue;
            }
            if (header == null) {
                if (damagedHeader(scanner, r, sep)) {
                    throw new NotCsvException("exchange.import.brokenHeader");
                }
                header = r.cells;
                offset = r.next;
                line = r.nextLine;
                continue;
            }
            RowProblem quote = brokenQuote(scanner, r, header, sep);
            if (quote != null) {
                // refuse the line the quotation mark is on, and read the lines it took in on their own
                lines.add(new Line(r.startLine, scanner.scan(offset, line, false).cells, quote));
                strictUntil = Math.max(strictUntil, r.endLine);
                brokenLine = r.startLine;
                offset = r.firstBreak;
                line = r.startLine + 1;
                continue;
            }
            lines.add(new Line(r.startLine, r.cells, problem(r, header, r.startLine <= strictUntil ? brokenLine : 0)));
            offset = r.next;
            line = r.nextLine;
        }
        if (header == null) {
            throw new NotCsvException("exchange.import.empty");
        }
        return new CsvTable(cs, sep, header, lines);
    }

    /** A header line whose quotation mark is never closed, runs on over what looks like more cells, or holds a CR alone. */
    private static boolean damagedHeader(CsvScanner scanner, CsvScanner.Record r, char sep) {
        if (r.unclosedCell >= 0 || r.bareCrCell >= 0) {
            return true;
        }
        if (!r.spansLines()) {
            return false;
        }
        if (r.textAfterQuoteCell >= 0) {
            return true;
        }
        for (int cell : r.multiLineCells) {
            String[] parts = scanner.lines(r.cells.get(cell));
            for (int i = 1; i < parts.length; i++) {
                if (count(parts[i], sep) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Why a record whose quoted cell runs past its line cannot be a row, or null when it can (a
     * note with line breaks, closed where it should be, in a row of the header's shape).
     */
    private static RowProblem brokenQuote(CsvScanner scanner, CsvScanner.Record r, List<String> header, char sep) {
        if (!r.spansLines()) {
            return null;
        }
        int line = r.startLine;
        if (r.unclosedCell >= 0) {
            return RowProblem.of(line, "exchange.problem.quoteNeverClosed", column(header, r.unclosedCell));
        }
        RowProblem.Column cell = column(header, r.multiLineCells.get(0));
        if (r.cells.size() != header.size()) {
            return RowProblem.of(line, "exchange.problem.quoteShape", cell, r.endLine, r.cells.size(), header.size());
        }
        if (r.textAfterQuoteCell >= 0) {
            return RowProblem.of(line, "exchange.problem.quoteTextAfter", cell, r.endLine);
        }
        if (header.size() < 2) {
            return null;
        }
        for (int k = 0; k < r.multiLineCells.size(); k++) {
            String[] parts = scanner.lines(r.cells.get(r.multiLineCells.get(k)));
            for (int i = 1; i < parts.length; i++) {
                if (!parts[i].isBlank() && count(parts[i], sep) + 1 == header.size()) {
                    return RowProblem.of(line, "exchange.problem.quoteSwallowsRows",
                            column(header, r.multiLineCells.get(k)), r.multiLineCellStarts.get(k) + i);
                }
            }
        }
        return null;
    }

    /**
     * Why a record that is no broken quote is refused, or null.
     *
     * @param brokenLine the line of the broken quotation mark that took this record in, or 0
     */
    private static RowProblem problem(CsvScanner.Record r, List<String> header, int brokenLine) {
        if (r.isBlank()) {
            return null;
        }
        if (r.unclosedCell >= 0) {
            return RowProblem.of(r.startLine, "exchange.problem.quoteNeverClosed", column(header, r.unclosedCell));
        }
        if (r.bareCrCell >= 0) {
            return RowProblem.of(r.startLine, "exchange.problem.bareCr", column(header, r.bareCrCell));
        }
        if (brokenLine > 0 && r.cells.size() != header.size()) {
            return RowProblem.of(r.startLine, "exchange.problem.afterBrokenQuote", r.cells.size(), header.size(),
                    brokenLine);
        }
        if (brokenLine > 0 && (r.strayQuoteCell >= 0 || r.textAfterQuoteCell >= 0)) {
            return RowProblem.of(r.startLine, "exchange.problem.closesBrokenQuote",
                    column(header, r.strayQuoteCell >= 0 ? r.strayQuoteCell : r.textAfterQuoteCell), brokenLine);
        }
        if (r.textAfterQuoteCell >= 0) {
            return RowProblem.of(r.startLine, "exchange.problem.textAfterQuote", column(header, r.textAfterQuoteCell));
        }
        if (r.cells.size() < header.size()) {
            return RowProblem.of(r.startLine, "exchange.problem.fewerCells", r.cells.size(), header.size());
        }
        for (int i = header.size(); i < r.cells.size(); i++) {
            if (!r.cells.get(i).isBlank()) {
                return RowProblem.of(r.startLine, "exchange.problem.extraCells", r.cells.size(), header.size());
            }
        }
        return null;
    }

    private static RowProblem.Column column(List<String> header, int index) {
        return new RowProblem.Column(index + 1, index < header.size() ? header.get(index).strip() : "");
    }

    /** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (GBK) when it decodes cleanly, else Windows-1252. */
    public static Charset detectCharset(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (decodesCleanly(bytes, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (decodesCleanly(bytes, GB18030) && !looksLatin(bytes)) {
            return GB18030;
        }
        return WINDOWS_1252;
    }

    /**
     * Whether the non-ASCII bytes look like Western single-byte text (Müller, Zoë: a high byte
     * between ASCII letters) rather than GBK (Chinese characters: two high bytes in a row).
     * Many Latin-1 files also decode "cleanly" as GB18030, into nonsense Chinese.
     */
    static boolean looksLatin(byte[] bytes) {
        int pairs = 0;
        int singles = 0;
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0xff) < 0x80) {
                continue;
            }
            if (i + 1 < bytes.length && (bytes[i + 1] & 0xff) >= 0x80) {
                pairs++;
                i++;
            } else {
                singles++;
            }
        }
        return singles > pairs;
    }

    private static boolean decodesCleanly(byte[] bytes, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decode(byte[] bytes, Charset cs) {
        String text = new String(bytes, cs);
        if ((cs.equals(StandardCharsets.UTF_16LE) || cs.equals(StandardCharsets.UTF_16BE))
                && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
            return text.substring(1);
        }
        return text;
    }

    /** The separator that splits the first lines into the same, largest number of cells. */
    public static char detectSeparator(String text) {
        List<String> firstLines = new ArrayList<>();
        for (String line : text.split("\\R", 12)) {
            if (!line.isBlank()) {
                firstLines.add(line);
            }
            if (firstLines.size() == 10) {
                break;
            }
        }
        char best = ',';
        int bestScore = 0;
        for (char sep : SEPARATORS) {
            int headerCount = count(firstLines.get(0), sep);
            if (headerCount == 0) {
                continue;
            }
            int consistent = 0;
            for (String line : firstLines) {
                if (count(line, sep) == headerCount) {
                    consistent++;
                }
            }
            int score = consistent * 1000 + headerCount;
            if (score > bestScore) {
                bestScore = score;
                best = sep;
            }
        }
        return best;
    }

    /** Separators outside quotes. */
    private static int count(String line, char sep) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == sep && !quoted) {
                n++;
            }
        }
        return n;
    }
}
