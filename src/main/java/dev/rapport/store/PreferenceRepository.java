package dev.rapport.store;

import dev.rapport.domain.Preferences;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A contact's interests and preferences: the free text lives on the contact row (its interests
 * column, edited with the contact), the tags beside it, in the order typed. Saving writes the
 * tags only, so neither the contact form nor the tag editor overwrites what the other saved.
 */
public final class PreferenceRepository {
    private final Database db;

    public PreferenceRepository(Database db) {
        this.db = db;
    }

    public Optional<Preferences> find(long contactId) {
        return db.withHandle(h -> h.createQuery("SELECT interests FROM contact WHERE id = :id AND deleted_at IS NULL")
                .bind("id", contactId).mapTo(String.class).findOne()
                .map(text -> new Preferences(contactId, text, h.createQuery(
                        "SELECT tag FROM contact_tag WHERE contact_id = :id ORDER BY position")
                        .bind("id", contactId).mapTo(String.class).list())));
    }

    /**
     * Saves the tags (the text is saved with the contact).
     *
     * @throws NotFoundException when the contact was deleted meanwhile
     */
    public Preferences save(Preferences p) {
        return db.inTransaction(() -> db.withHandle(h -> {
            boolean live = h.createQuery("SELECT COUNT(*) FROM contact WHERE id = :id AND deleted_at IS NULL")
                    .bind("id", p.contactId()).mapTo(Integer.class).one() > 0;
            if (!live) {
                throw new NotFoundException("contact " + p.contactId());
            }
            h.createUpdate("DELETE FROM contact_tag WHERE contact_id = :id").bind("id", p.contactId()).execute();
            List<String> tags = new ArrayList<>(p.tags());
            for (int i = 0; i < tags.size(); i++) {
                h.createUpdate("INSERT INTO contact_tag (contact_id, position, tag) VALUES (:id, :pos, :tag)")
                        .bind("id", p.contactId()).bind("pos", i).bind("tag", tags.get(i)).execute();
            }
            return p;
        }));
    }
}
