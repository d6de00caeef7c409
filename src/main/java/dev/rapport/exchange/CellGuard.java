package dev.rapport.exchange;

/**
 * Keeps spreadsheets from running cell text as a formula (CSV injection): text starting with
 * = + - @ (or a tab or carriage return) is written with a leading apostrophe, which Excel,
 * LibreOffice and Numbers show as plain text. Reading strips that apostrophe again.
 */
public final class CellGuard {
    private CellGuard() {
    }

    public static String guard(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return startsDangerously(cell, 0) ? "'" + cell : cell;
    }

    public static String unguard(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && startsDangerously(cell, 1)) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean startsDangerously(String cell, int at) {
        char c = cell.charAt(at);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
