package dev.rapport.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Business settings kept with the data, so that backups carry them. */
public final class BusinessSettingsRepository {
    private final Database db;

    public BusinessSettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        return db.withHandle(h -> h.attach(SettingDao.class).get(name));
    }

    public void put(String name, String value) {
        db.withHandle(h -> {
            h.attach(SettingDao.class).put(name, value);
            return null;
        });
    }

    /** Saves several settings as one change: all of them are saved, or none. */
    public void putAll(Map<String, String> values) {
        db.inTransaction(() -> values.forEach(this::put));
    }

    public Map<String, String> all() {
        return new HashMap<>(db.withHandle(h -> h.attach(SettingDao.class).all()));
    }
}
