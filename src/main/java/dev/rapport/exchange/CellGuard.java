package dev.rapport.exchange;

/**
 * Keeps spreadsheets from running cell text as a formula (CSV injection), whichever separator
 * the spreadsheet splits a line on. Excel splits on its locale's list separator (comma,
 * semicolon), a tab-separated file on tabs, so a notes cell {@code x;=cmd|' /C calc'!A0}
 * written into a comma file becomes the formula cell {@code =cmd|...} in a semicolon locale.
 *
 * <p>So every fragment of a value that could start a cell (the value's start, and the text after
 * each comma, semicolon, tab, bar or line break in it), once any spaces and quotation marks are
 * passed, gets an apostrophe when it starts with = + - @ tab or CR, or with apostrophes followed
 * by one of them (so that a value that really starts with an apostrophe reads back unchanged).
 * Excel, LibreOffice and Numbers show a cell starting with an apostrophe as text. Reading takes
 * exactly one apostrophe off each such fragment again: {@code unguard(guard(s)).equals(s)} for
 * every s. A field holding any separator, a quotation mark or a line break is quoted.
 */
public final class CellGuard {
    /** Where a spreadsheet may start a new cell inside a value: any separator it might split on, a line break. */
    private static final String CELL_STARTS = ",;\t|\r\n";
    /** What a spreadsheet may pass over before it looks at a cell's first character. */
    private static final String PASSED_OVER = " \"";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CellGuard() {
    }

    /** The value with an apostrophe before each fragment a spreadsheet could run as a formula. */
    public static String guard(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        StringBuilder out = null;
        int copied = 0;
        for (int start = 0; start < cell.length(); start++) {
            if (start > 0 && CELL_STARTS.indexOf(cell.charAt(start - 1)) < 0) {
                continue;
            }
            int at = passOver(cell, start);
            if (apostrophesThenFormula(cell, at) >= 0) {
                if (out == null) {
                    out = new StringBuilder(cell.length() + 8);
                }
                out.append(cell, copied, at).append('\'');
                copied = at;
            }
        }
        return out == null ? cell : out.append(cell, copied, cell.length()).toString();
    }

    /** The value as it was before {@link #guard}: one apostrophe off each guarded fragment. */
    public static String unguard(String cell) {
        if (cell == null || cell.indexOf('\'') < 0) {
            return cell;
        }
        StringBuilder out = null;
        int copied = 0;
        for (int start = 0; start < cell.length(); start++) {
            if (start > 0 && CELL_STARTS.indexOf(cell.charAt(start - 1)) < 0) {
                continue;
            }
            int at = passOver(cell, start);
            if (apostrophesThenFormula(cell, at) > 0) {
                if (out == null) {
                    out = new StringBuilder(cell.length());
                }
                out.append(cell, copied, at);
                copied = at + 1;
            }
        }
        return out == null ? cell : out.append(cell, copied, cell.length()).toString();
    }

    /**
     * One CSV field: the value guarded, and quoted (quotation marks doubled) when it holds the
     * separator, any other separator a spreadsheet might split on, a quotation mark or a line break.
     */
    public static String field(String value, char separator) {
        String v = guard(value);
        return needsQuotes(v, separator) ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** Whether a (guarded) field must be quoted: see {@link #field}. */
    public static boolean needsQuotes(String value, char separator) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == separator || c == '"' || CELL_STARTS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int passOver(String cell, int from) {
        int at = from;
        while (at < cell.length() && PASSED_OVER.indexOf(cell.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    /** The number of apostrophes at {@code at} when a formula character follows them, else -1. */
    private static int apostrophesThenFormula(String cell, int at) {
        int i = at;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0 ? i - at : -1;
    }
}
