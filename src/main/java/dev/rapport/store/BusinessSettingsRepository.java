package dev.rapport.store;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Business settings kept with the data, so that backups carry them. */
public final class BusinessSettingsRepository {
    private final Database db;

    public BusinessSettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        return db.withHandle(h -> h.createQuery("SELECT val FROM setting WHERE name = :name")
                .bind("name", name).mapTo(String.class).findOne());
    }

    public void put(String name, String value) {
        db.withHandle(h -> h.createUpdate("MERGE INTO setting (name, val) KEY (name) VALUES (:name, :val)")
                .bind("name", name).bind("val", value).execute());
    }

    /** Saves several settings as one change: all of them are saved, or none. */
    public void putAll(Map<String, String> values) {
        db.inTransaction(() -> values.forEach(this::put));
    }

    public Map<String, String> all() {
        return db.withHandle(h -> h.createQuery("SELECT name, val FROM setting")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
