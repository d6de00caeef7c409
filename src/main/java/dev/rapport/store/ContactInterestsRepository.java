package dev.rapport.store;

import dev.rapport.domain.Preferences;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A contact's interests and preferences: the free text lives on the contact row (its interests
 * column, edited with the contact), the tags beside it, in the order typed. Saving writes the
 * tags only, so neither the contact form nor the tag editor overwrites what the other saved.
 * The tags carry a version of their own (the contact's {@code tags_version}), so two tag editors of
 * one person cannot overwrite each other either.
 */
public final class ContactInterestsRepository {
    private final Database db;
    private final Clock clock;

    public ContactInterestsRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<Preferences> find(long contactId) {
        return db.withHandle(h -> h.createQuery("SELECT interests, tags_version FROM contact WHERE id = :id"
                        + " AND deleted_at IS NULL")
                .bind("id", contactId)
                .map((rs, ctx) -> new Preferences(contactId, rs.getString("interests"), List.of(),
                        rs.getLong("tags_version")))
                .findOne()
                .map(head -> new Preferences(contactId, head.text(), h.createQuery(
                        "SELECT tag FROM contact_tag WHERE contact_id = :id ORDER BY position")
                        .bind("id", contactId).mapTo(String.class).list(), head.version())));
    }

    /** The person's name, for the words of an undo ("preference tags of 王伟"); empty when deleted. */
    public Optional<String> contactName(long contactId) {
        return db.withHandle(h -> h.createQuery("SELECT name FROM contact WHERE id = :id AND deleted_at IS NULL")
                .bind("id", contactId).mapTo(String.class).findOne());
    }

    /**
     * Saves the tags (the text is saved with the contact) and returns them at their new version.
     *
     * @throws dev.rapport.domain.EditConflict when the tags were saved elsewhere since they were read, or the
     *     contact was deleted: nothing is written, the newer tags stay
     */
    public Preferences save(Preferences p) {
        Instant now = clock.instant();
        return db.inTransaction(() -> db.withHandle(h -> {
            int checked = h.createUpdate("UPDATE contact SET tags_version = tags_version + 1, tags_changed_at = :now,"
                            + " tags_changed_by = :changedBy"
                            + " WHERE id = :id AND tags_version = :version AND deleted_at IS NULL")
                    .bind("id", p.contactId()).bind("version", p.version()).bind("now", Columns.utc(now))
                    .bind("changedBy", db.changedBy()).execute();
            if (checked == 0) {
                throw StaleWrites.tagsConflict(h, p.contactId());
            }
            // the tags are replaced only after their version was checked above, in the same transaction
            h.createUpdate("DELETE FROM contact_tag WHERE contact_id = :id").bind("id", p.contactId()).execute();
            List<String> tags = new ArrayList<>(p.tags());
            for (int i = 0; i < tags.size(); i++) {
                h.createUpdate("INSERT INTO contact_tag (contact_id, position, tag) VALUES (:id, :pos, :tag)")
                        .bind("id", p.contactId()).bind("pos", i).bind("tag", tags.get(i)).execute();
            }
            return p.withVersion(p.version() + 1);
        }));
    }
}
