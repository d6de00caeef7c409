package dev.rapport.store;

import dev.rapport.domain.ChangedBy;
import dev.rapport.domain.EditConflict;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
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
        // table is one of the constants above, never text from outside
        String when = TIMED.contains(table) ? "updated_at" : "CAST(NULL AS TIMESTAMP WITH TIME ZONE)";
        return stored(h, table, id, "SELECT " + when + " AS changed_at, changed_by FROM " + table + " WHERE id = :id");
    }

    /** A person's preference tags changed since they were read: when and by whom, from the tags' own columns. */
    static EditConflict tagsConflict(Handle h, long contactId) {
        return stored(h, "contact_tag", contactId, "SELECT tags_changed_at AS changed_at, tags_changed_by AS changed_by"
                + " FROM contact WHERE id = :id AND deleted_at IS NULL");
    }

    private static EditConflict stored(Handle h, String record, long id, String sql) {
        Optional<Map<String, Object>> row = h.createQuery(sql).bind("id", id).mapToMap().findOne();
        Instant changedAt = row.map(r -> r.get("changed_at")).map(StaleWrites::instant).orElse(null);
        ChangedBy changedBy = row.map(r -> (String) r.get("changed_by")).flatMap(ChangedBy::parse).orElse(null);
        return new EditConflict(record, id, changedAt, changedBy);
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime t ? t.toInstant() : null;
    }
}
