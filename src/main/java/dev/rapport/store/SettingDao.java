package dev.rapport.store;

import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Business settings kept with the data, one row a name. */
public interface SettingDao {
    @SqlQuery("SELECT val FROM setting WHERE name = :name")
    Optional<String> get(@Bind("name") String name);

    @SqlUpdate("MERGE INTO setting (name, val) KEY (name) VALUES (:name, :val)")
    void put(@Bind("name") String name, @Bind("val") String value);

    @SqlQuery("SELECT name, val FROM setting")
    @KeyColumn("name")
    @ValueColumn("val")
    Map<String, String> all();
}
