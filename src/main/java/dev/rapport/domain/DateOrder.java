package dev.rapport.domain;

/**
 * How a written date like 03/04/2025 is read: day first (3 April, as most of the world and
 * Chinese spreadsheets exported with a European locale write it) or month first (March 4, as
 * Outlook in the US writes it). {@code AUTO} finds the order from the dates of the file itself:
 * one value whose first number is over 12 (25/03/2025) can only be day first, one whose second is
 * (03/25/2025) only month first.
 */
public enum DateOrder {
    AUTO, DAY_MONTH, MONTH_DAY;

    /**
     * What one written date says about the order: DAY_MONTH or MONTH_DAY when only that order can
     * read it, AUTO when both can (03/04/2025), null when it is no day-and-month date at all.
     */
    public static DateOrder shownBy(int first, int second) {
        if (first < 1 || second < 1 || first > 31 || second > 31) {
            return null;
        }
        if (first > 12 && second <= 12) {
            return DAY_MONTH;
        }
        if (second > 12 && first <= 12) {
            return MONTH_DAY;
        }
        return first <= 12 && second <= 12 ? AUTO : null;
    }
}
