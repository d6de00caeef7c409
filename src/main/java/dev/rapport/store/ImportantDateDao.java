package dev.rapport.store;

import dev.rapport.domain.DateKind;
import dev.rapport.domain.DatedEvent;
import dev.rapport.domain.ImportantDate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Important dates of contacts and of accounts. */
@RegisterRowMapper(ImportantDateDao.DateMapper.class)
@RegisterRowMapper(ImportantDateDao.EventMapper.class)
public interface ImportantDateDao {

    @SqlQuery("SELECT * FROM important_date WHERE contact_id = :contactId AND deleted_at IS NULL"
            + " ORDER BY MONTH(event_date), DAY_OF_MONTH(event_date), title")
    List<ImportantDate> ofContact(@Bind("contactId") long contactId);

    @SqlQuery("SELECT * FROM important_date WHERE account_id = :accountId AND deleted_at IS NULL"
            + " ORDER BY MONTH(event_date), DAY_OF_MONTH(event_date), title")
    List<ImportantDate> ofAccount(@Bind("accountId") long accountId);

    @SqlQuery("SELECT * FROM important_date WHERE id = :id AND deleted_at IS NULL")
    Optional<ImportantDate> find(@Bind("id") long id);

    @SqlUpdate("INSERT INTO important_date (contact_id, account_id, kind, title, event_date, yearly, created_at,"
            + " updated_at, changed_by) VALUES (:contactId, :accountId, :kind, :title, :date, :yearly, :now, :now,"
            + " :changedBy)")
    @GetGeneratedKeys("id")
    long insert(@Bind("contactId") Long contactId, @Bind("accountId") Long accountId, @Bind("kind") String kind,
            @Bind("title") String title, @Bind("date") LocalDate date, @Bind("yearly") boolean yearly,
            @Bind("now") OffsetDateTime now, @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE important_date SET kind = :kind, title = :title, event_date = :date, yearly = :yearly,"
            + " updated_at = :now, row_version = row_version + 1, changed_by = :changedBy"
            + " WHERE id = :id AND row_version = :version AND deleted_at IS NULL")
    int update(@Bind("id") long id, @Bind("version") long version, @Bind("kind") String kind, @Bind("title") String title,
            @Bind("date") LocalDate date, @Bind("yearly") boolean yearly, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE important_date SET deleted_at = :now, row_version = row_version + 1, changed_by = :changedBy"
            + " WHERE id = :id AND row_version = :version AND deleted_at IS NULL")
    int softDelete(@Bind("id") long id, @Bind("version") long version, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE important_date SET deleted_at = NULL, row_version = row_version + 1, changed_by = :changedBy"
            + " WHERE id = :id AND row_version = :version AND deleted_at IS NOT NULL")
    int restore(@Bind("id") long id, @Bind("version") long version, @Bind("changedBy") String changedBy);

    /**
     * The live dates falling on days fromDay..toDay of a month in any year (yearly ones, and one-off
     * ones from the given day on); the caller keeps those that really come in its window.
     */
    @SqlQuery("SELECT d.*, c.name AS contact_name, a.id AS owner_account_id, a.name AS account_name"
            + " FROM important_date d LEFT JOIN contact c ON c.id = d.contact_id"
            + " JOIN account a ON a.id = COALESCE(d.account_id, c.account_id)"
            + " WHERE d.deleted_at IS NULL AND a.deleted_at IS NULL"
            + " AND (d.contact_id IS NULL OR (c.deleted_at IS NULL AND c.left_account = FALSE))"
            + " AND (d.yearly OR d.event_date >= :from)"
            + " AND MONTH(d.event_date) = :month AND DAY_OF_MONTH(d.event_date) BETWEEN :fromDay AND :toDay")
    List<DatedEvent> comingOn(@Bind("from") LocalDate from, @Bind("month") int month, @Bind("fromDay") int fromDay,
            @Bind("toDay") int toDay);

    /** The live dates of one account and of its people that can still come from the given day on. */
    @SqlQuery("SELECT d.*, c.name AS contact_name, a.id AS owner_account_id, a.name AS account_name"
            + " FROM important_date d LEFT JOIN contact c ON c.id = d.contact_id"
            + " JOIN account a ON a.id = COALESCE(d.account_id, c.account_id)"
            + " WHERE a.id = :accountId AND d.deleted_at IS NULL AND a.deleted_at IS NULL"
            + " AND (d.contact_id IS NULL OR (c.deleted_at IS NULL AND c.left_account = FALSE))"
            + " AND (d.yearly OR d.event_date >= :from)")
    List<DatedEvent> comingOfAccount(@Bind("from") LocalDate from, @Bind("accountId") long accountId);

    final class DateMapper implements RowMapper<ImportantDate> {
        @Override
        public ImportantDate map(ResultSet rs, StatementContext ctx) throws SQLException {
            long contact = rs.getLong("contact_id");
            Long contactId = rs.wasNull() ? null : contact;
            long account = rs.getLong("account_id");
            Long accountId = rs.wasNull() ? null : account;
            return new ImportantDate(rs.getLong("id"), contactId, accountId,
                    Columns.enumOrNull(rs, "kind", DateKind.class), rs.getString("title"),
                    rs.getObject("event_date", LocalDate.class), rs.getBoolean("yearly"), rs.getLong("row_version"));
        }
    }

    final class EventMapper implements RowMapper<DatedEvent> {
        @Override
        public DatedEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new DatedEvent(new DateMapper().map(rs, ctx), rs.getString("contact_name"),
                    rs.getLong("owner_account_id"), rs.getString("account_name"));
        }
    }
}
