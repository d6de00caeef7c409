package dev.rapport.domain;

/** How many accounts and contacts a database holds, as the user counts them (deleted ones not). */
public record DataCounts(int accounts, int contacts) {
    /** Counts of a file that could not be opened. */
    public static final DataCounts UNKNOWN = new DataCounts(-1, -1);

    public boolean known() {
        return accounts >= 0;
    }
}
