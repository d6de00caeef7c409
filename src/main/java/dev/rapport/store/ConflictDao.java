package dev.rapport.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/**
 * When a versioned row last changed and who changed it (decision 0017), read after a checked write
 * matched no row. One query for every versioned table: the table and its time column are
 * {@code @Define}d, and {@link StaleWrites} only ever passes names from its own fixed lists.
 */
public interface ConflictDao {
    /** What a stale write is told: when the row changed (null where the table keeps no time) and by whom. */
    record Stored(OffsetDateTime changedAt, String changedBy) {
    }

    /** Maps {@link Stored}. */
    final class StoredMapper implements RowMapper<Stored> {
        @Override
        public Stored map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Stored(rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by"));
        }
    }

    /**
     * @param table    a versioned table, from {@link StaleWrites}'s list
     * @param whenColumn its updated_at, or a typed NULL for tables without one
     */
    @SqlQuery("SELECT <when> AS changed_at, changed_by FROM <table> WHERE id = :id")
    @UseRowMapper(StoredMapper.class)
    Optional<Stored> lastChange(@Define("table") String table, @Define("when") String whenColumn, @Bind("id") long id);

    /** A person's preference tags carry their own change columns on the contact row. */
    @SqlQuery("SELECT tags_changed_at AS changed_at, tags_changed_by AS changed_by"
            + " FROM contact WHERE id = :id AND deleted_at IS NULL")
    @UseRowMapper(StoredMapper.class)
    Optional<Stored> lastTagsChange(@Bind("id") long contactId);
}
