package dev.rapport.testutil;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as a spreadsheet would split it on a given separator, which need not be the one it
 * was written with (Excel splits on its locale's list separator). Written here independently of
 * Rapport's reader, as the oracle for the formula guard.
 */
public final class SpreadsheetSplit {
    /** The separators a spreadsheet may split a line on. */
    public static final List<Character> SEPARATORS = List.of(',', ';', '\t');

    private SpreadsheetSplit() {
    }

    /** Every cell of the text split on the separator: quoted cells, doubled quotes, line breaks in quotes. */
    public static List<String> cells(String text, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inQuotes = false;
        boolean atStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    cell.append(c);
                }
            } else if (c == separator || c == '\n' || c == '\r') {
                cells.add(cell.toString());
                cell.setLength(0);
                atStart = true;
                continue;
            } else if (c == '"' && atStart) {
                inQuotes = true;
            } else {
                cell.append(c);
            }
            atStart = false;
        }
        cells.add(cell.toString());
        return cells;
    }

    /** The cells a spreadsheet would run as formulas when it splits the text on any of , ; or tab. */
    public static List<String> formulaCells(String text) {
        List<String> formulas = new ArrayList<>();
        for (char separator : SEPARATORS) {
            for (String cell : cells(text, separator)) {
                // a spreadsheet that trims spaces, tabs or line breaks off a cell must not find a formula either
                String s = cell.stripLeading();
                if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
                    formulas.add((separator == '\t' ? "TAB" : String.valueOf(separator)) + " splits off: " + cell);
                }
            }
        }
        return formulas;
    }
}
