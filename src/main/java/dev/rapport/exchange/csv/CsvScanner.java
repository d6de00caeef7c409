package dev.rapport.exchange.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits CSV text into records as RFC 4180 reads them (quoted cells, doubled quotation marks,
 * line breaks inside quotes) and remembers, for each record, the lines it spans and what in it
 * nobody writing a spreadsheet would have meant: a quoted cell running over lines, text after a
 * closing quotation mark, a quotation mark never closed, a carriage return without a line feed.
 * {@link CsvTable} decides from these which records are rows and which are refused.
 *
 * <p>A file's lines end as its first line does: in LF or CR LF (then a CR alone is an anomaly,
 * which spreadsheets would read as a line break), or in CR alone (old Mac files).
 */
final class CsvScanner {
    /** One record as scanned, with the lines it spans and its doubtful parts. */
    static final class Record {
        int startLine;
        /** The line the record ends on. */
        int endLine;
        /** Where the next record starts, and its line. */
        int next;
        int nextLine;
        final List<String> cells = new ArrayList<>();
        /** The cells whose quoted text holds a line break, and the line each starts on. */
        final List<Integer> multiLineCells = new ArrayList<>();
        final List<Integer> multiLineCellStarts = new ArrayList<>();
        /** Where the line after the record's first line starts (inside a quoted cell), or -1. */
        int firstBreak = -1;
        /** The cell whose quotation mark was never closed, or -1. */
        int unclosedCell = -1;
        /** The first cell with text after its closing quotation mark, or -1. */
        int textAfterQuoteCell = -1;
        /** The first cell with a quotation mark inside unquoted text (or after its closing one), or -1. */
        int strayQuoteCell = -1;
        /** The first cell holding a carriage return without a line feed in an LF file, or -1. */
        int bareCrCell = -1;
        private boolean quoted;

        /** An empty line: no character at all (not even a quotation mark). */
        boolean isEmptyLine() {
            return cells.size() == 1 && cells.get(0).isEmpty() && !quoted;
        }

        boolean spansLines() {
            return firstBreak >= 0;
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private static final Pattern LF_BREAK = Pattern.compile("\\r?\\n");
    private static final Pattern ANY_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    private final String text;
    private final char separator;
    private final boolean crLines;
    /**
     * Characters left to scan before quoted cells may no longer run over lines. Re-reading the
     * lines a broken quotation mark took in costs a second pass over them; a file crafted so that
     * every line opens a quote that runs to its end would need a pass per line. Once this budget
     * is spent, a quotation mark ends with its line: such files are refused line by line, in time
     * linear in their size.
     */
    private long budget;

    CsvScanner(String text, char separator) {
        this.text = text;
        this.separator = separator;
        this.crLines = endsLinesInCr(text);
        this.budget = 4L * text.length() + 65_536;
    }

    /** Whether the first line break of the text is a CR without LF. */
    static boolean endsLinesInCr(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return false;
            }
            if (c == '\r') {
                return i + 1 >= text.length() || text.charAt(i + 1) != '\n';
            }
        }
        return false;
    }

    /** The record starting at offset, which is on the given line. */
    Record scan(int offset, int line) {
        Record r = scan(offset, line, budget > 0);
        budget -= r.next - offset;
        return r;
    }

    /**
     * The record starting at offset.
     *
     * @param quotesSpanLines false to end a quoted cell (as never closed) at the end of its line
     */
    Record scan(int offset, int line, boolean quotesSpanLines) {
        Record r = new Record();
        r.startLine = line;
        int n = text.length();
        StringBuilder cell = new StringBuilder();
        boolean inQuotes = false;
        boolean closedQuote = false;
        boolean cellHasBreak = false;
        int i = offset;
        while (true) {
            if (i >= n) {
                if (inQuotes) {
                    r.unclosedCell = r.cells.size();
                }
                r.cells.add(cell.toString());
                r.endLine = line;
                r.next = n;
                r.nextLine = line;
                return r;
            }
            char c = text.charAt(i);
            int breakLength = breakAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                    } else {
                        inQuotes = false;
                        closedQuote = true;
                        i++;
                    }
                    continue;
                }
                if (breakLength > 0 && quotesSpanLines) {
                    cell.append(text, i, i + breakLength);
                    i += breakLength;
                    line++;
                    if (!cellHasBreak) {
                        cellHasBreak = true;
                        r.multiLineCells.add(r.cells.size());
                        r.multiLineCellStarts.add(line - 1);
                    }
                    if (r.firstBreak < 0) {
                        r.firstBreak = i;
                    }
                    continue;
                }
                if (breakLength == 0) {
                    if (c == '\r' && r.bareCrCell < 0) {
                        r.bareCrCell = r.cells.size();
                    }
                    cell.append(c);
                    i++;
                    continue;
                }
                // a quotation mark that may not run past its line: never closed
                r.unclosedCell = r.cells.size();
                inQuotes = false;
            }
            if (c == separator) {
                r.cells.add(cell.toString());
                cell.setLength(0);
                closedQuote = false;
                cellHasBreak = false;
                i++;
                continue;
            }
            if (breakLength > 0) {
                r.cells.add(cell.toString());
                r.endLine = line;
                r.next = i + breakLength;
                r.nextLine = line + 1;
                return r;
            }
            if (c == '\r' && r.bareCrCell < 0) {
                r.bareCrCell = r.cells.size();
            }
            if (c == '"' && cell.length() == 0 && !closedQuote) {
                inQuotes = true;
                r.quoted = true;
                i++;
                continue;
            }
            if (closedQuote && r.textAfterQuoteCell < 0) {
                r.textAfterQuoteCell = r.cells.size();
            }
            if (c == '"' && r.strayQuoteCell < 0) {
                r.strayQuoteCell = r.cells.size();
            }
            cell.append(c);
            i++;
        }
    }

    /** A quoted cell's text split at the line breaks the scanner counted as such. */
    String[] lines(String cell) {
        return (crLines ? ANY_BREAK : LF_BREAK).split(cell, -1);
    }

    /** The length of the line break at i (2 for CR LF), or 0 when there is none (a CR alone in an LF file). */
    private int breakAt(int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return 1;
        }
        if (c != '\r') {
            return 0;
        }
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            return 2;
        }
        return crLines ? 1 : 0;
    }
}
