package dev.rapport.store;

import dev.rapport.domain.ChangedBy;
import dev.rapport.domain.EditConflict;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Turns a version-checked write that matched no row into an {@link EditConflict}: the row changed
 * (or went away) since the caller read it. Looks up when it last changed and who changed it
 * (decision 0017) so the user is told.
 */
final class StaleWrites {
    /** The tables whose rows carry updated_at; the others name no time. */
    private static final Set<String> TIMED = Set.of("account", "contact", "plan", "interaction");
    /** Every versioned table: each carries changed_by. */
    private static final Set<String> VERSIONED = Set.of("account", "contact", "family_member", "important_date",
            "gift", "gift_idea", "plan", "plan_action", "account_exit", "interaction");
    /** The time column of a table that keeps none: typed, so every table's row maps the same way. */
    private static final String NO_TIME = "CAST(NULL AS TIMESTAMP WITH TIME ZONE)";

    private StaleWrites() {
    }

    /** Throws the conflict when a checked write changed no row. */
    static void requireOne(int rows, Handle h, String table, long id) {
        if (rows == 0) {
            throw conflict(h, table, id);
        }
    }

    static EditConflict conflict(Handle h, String table, long id) {
        if (!VERSIONED.contains(table)) {
            throw new IllegalArgumentException("not a versioned table: " + table);
        }
        // table is one of the constants above, never text from outside: the query @Defines it
        String when = TIMED.contains(table) ? "updated_at" : NO_TIME;
        return conflict(table, id, h.attach(ConflictDao.class).lastChange(table, when, id));
    }

    /** A person's preference tags changed since they were read: when and by whom, from the tags' own columns. */
    static EditConflict tagsConflict(Handle h, long contactId) {
        return conflict("contact_tag", contactId, h.attach(ConflictDao.class).lastTagsChange(contactId));
    }

    private static EditConflict conflict(String record, long id, Optional<ConflictDao.Stored> row) {
        Instant changedAt = row.map(ConflictDao.Stored::changedAt).map(OffsetDateTime::toInstant).orElse(null);
        ChangedBy changedBy = row.map(ConflictDao.Stored::changedBy).flatMap(ChangedBy::parse).orElse(null);
        return new EditConflict(record, id, changedAt, changedBy);
    }
}
