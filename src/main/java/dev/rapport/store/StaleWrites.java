package dev.rapport.store;

import dev.rapport.domain.EditConflict;
import java.time.Instant;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Turns a version-checked write that matched no row into an {@link EditConflict}: the row changed
 * (or went away) since the caller read it. Looks up when it last changed so the user is told.
 */
final class StaleWrites {
    /** The tables whose rows carry updated_at; the others name no time. */
    private static final Set<String> TIMED = Set.of("account", "contact", "plan", "interaction");

    private StaleWrites() {
    }

    /** Throws the conflict when a checked write changed no row. */
    static void requireOne(int rows, Handle h, String table, long id) {
        if (rows == 0) {
            throw conflict(h, table, id);
        }
    }

    static EditConflict conflict(Handle h, String table, long id) {
        Instant changedAt = null;
        if (TIMED.contains(table)) {
            // table is one of the constants above, never text from outside
            changedAt = h.createQuery("SELECT updated_at FROM " + table + " WHERE id = :id")
                    .bind("id", id)
                    .mapTo(java.time.OffsetDateTime.class)
                    .findOne()
                    .map(java.time.OffsetDateTime::toInstant)
                    .orElse(null);
        }
        return new EditConflict(table, id, changedAt);
    }
}
