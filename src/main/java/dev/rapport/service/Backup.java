package dev.rapport.service;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup file and what it holds. Counts are -1 when the backed-up file could not be opened
 * (a damaged database is kept all the same before it is replaced).
 */
public record Backup(Path file, Instant created, long size, int accounts, int contacts, boolean encrypted,
        String kind) {

    public boolean countsKnown() {
        return accounts >= 0;
    }
}
