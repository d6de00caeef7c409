package dev.rapport.exchange.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
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
 * @param unreadableFrom the line from which the parser gave up (a quote never closed, a cell
 *     too long), or 0 when the whole file was read
 */
public record CsvTable(Charset charset, char separator, List<String> header, List<Line> lines, int unreadableFrom) {

    /** The separators Rapport recognises, in order of preference when counts tie. */
    public static final List<Character> SEPARATORS = List.of(',', ';', '\t', '|');
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One record: the line it starts on (1 = the header) and its cells. */
    public record Line(int number, List<String> cells) {
        public Line {
            cells = List.copyOf(cells);
        }
    }

    public CsvTable {
        header = List.copyOf(header);
        lines = List.copyOf(lines);
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
     * @throws NotCsvException when the file is empty or not text
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
        List<String> header = null;
        List<Line> lines = new ArrayList<>();
        int unreadableFrom = 0;
        CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(sep).skipEmptyLines(true)
                .ignoreDifferentFieldCount(true).acceptCharsAfterQuotes(true).ofCsvRecord(text);
        try {
            for (CsvRecord r : reader) {
                if (header == null) {
                    header = r.getFields();
                } else {
                    lines.add(new Line((int) r.getStartingLineNumber(), r.getFields()));
                }
            }
        } catch (CsvParseException e) {
            // a cell too long for the parser (an unclosed quote swallowing the rest of the file):
            // the lines read so far are kept and the file is reported as cut short
            unreadableFrom = lines.isEmpty() ? 2 : lines.get(lines.size() - 1).number() + 1;
        }
        if (header == null) {
            throw new NotCsvException("exchange.import.empty");
        }
        return new CsvTable(cs, sep, header, lines, unreadableFrom);
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
