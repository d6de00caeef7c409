package dev.rapport.store;

import dev.rapport.domain.Birthday;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.PersonBirthday;
import dev.rapport.domain.Relation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.MonthDay;
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

/**
 * A contact's family members, and the birthdays (contacts' own and their families') that fall on
 * given days of the year. People who left their account, and deleted rows, are not looked up.
 */
@RegisterRowMapper(FamilyDao.MemberMapper.class)
@RegisterRowMapper(FamilyDao.BirthdayMapper.class)
public interface FamilyDao {
    String LIVE_CONTACT = "c.deleted_at IS NULL AND a.deleted_at IS NULL AND c.left_account = FALSE";

    @SqlQuery("SELECT * FROM family_member WHERE contact_id = :contactId AND deleted_at IS NULL"
            + " ORDER BY CASE relation WHEN 'SPOUSE' THEN 0 WHEN 'CHILD' THEN 1 WHEN 'PARENT' THEN 2 ELSE 3 END,"
            + " birthday_year, name")
    List<FamilyMember> ofContact(@Bind("contactId") long contactId);

    @SqlQuery("SELECT * FROM family_member WHERE id = :id AND deleted_at IS NULL")
    Optional<FamilyMember> find(@Bind("id") long id);

    @SqlUpdate("INSERT INTO family_member (contact_id, relation, name, birthday_month, birthday_day, birthday_year,"
            + " notes, created_at, updated_at, changed_by) VALUES (:contactId, :relation, :name, :month, :day, :year,"
            + " :notes, :now, :now, :changedBy)")
    @GetGeneratedKeys("id")
    long insert(@Bind("contactId") long contactId, @Bind("relation") String relation, @Bind("name") String name,
            @Bind("month") Integer month, @Bind("day") Integer day, @Bind("year") Integer year,
            @Bind("notes") String notes, @Bind("now") OffsetDateTime now, @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE family_member SET relation = :relation, name = :name, birthday_month = :month,"
            + " birthday_day = :day, birthday_year = :year, notes = :notes, updated_at = :now,"
            + " row_version = row_version + 1, changed_by = :changedBy WHERE id = :id AND row_version = :version AND deleted_at IS NULL")
    int update(@Bind("id") long id, @Bind("version") long version, @Bind("relation") String relation, @Bind("name") String name,
            @Bind("month") Integer month, @Bind("day") Integer day, @Bind("year") Integer year,
            @Bind("notes") String notes, @Bind("now") OffsetDateTime now, @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE family_member SET deleted_at = :now, row_version = row_version + 1, changed_by = :changedBy"
            + " WHERE id = :id AND row_version = :version AND deleted_at IS NULL")
    int softDelete(@Bind("id") long id, @Bind("version") long version, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE family_member SET deleted_at = NULL, row_version = row_version + 1, changed_by = :changedBy"
            + " WHERE id = :id AND row_version = :version AND deleted_at IS NOT NULL")
    int restore(@Bind("id") long id, @Bind("version") long version, @Bind("changedBy") String changedBy);

    @SqlQuery("SELECT c.id AS contact_id, c.name AS contact_name, a.id AS account_id, a.name AS account_name,"
            + " NULL AS family_id, NULL AS relation, NULL AS family_name,"
            + " c.birthday_month, c.birthday_day, c.birthday_year"
            + " FROM contact c JOIN account a ON a.id = c.account_id"
            + " WHERE c.birthday_month = :month AND c.birthday_day BETWEEN :fromDay AND :toDay AND " + LIVE_CONTACT)
    List<PersonBirthday> contactsBornIn(@Bind("month") int month, @Bind("fromDay") int fromDay,
            @Bind("toDay") int toDay);

    @SqlQuery("SELECT c.id AS contact_id, c.name AS contact_name, a.id AS account_id, a.name AS account_name,"
            + " f.id AS family_id, f.relation, f.name AS family_name,"
            + " f.birthday_month, f.birthday_day, f.birthday_year"
            + " FROM family_member f JOIN contact c ON c.id = f.contact_id JOIN account a ON a.id = c.account_id"
            + " WHERE f.birthday_month = :month AND f.birthday_day BETWEEN :fromDay AND :toDay"
            + " AND f.deleted_at IS NULL AND " + LIVE_CONTACT)
    List<PersonBirthday> familyBornIn(@Bind("month") int month, @Bind("fromDay") int fromDay,
            @Bind("toDay") int toDay);

    /** The birthdays of one account's people and of their families, whatever the day, for its next date. */
    @SqlQuery("SELECT c.id AS contact_id, c.name AS contact_name, a.id AS account_id, a.name AS account_name,"
            + " NULL AS family_id, NULL AS relation, NULL AS family_name,"
            + " c.birthday_month, c.birthday_day, c.birthday_year"
            + " FROM contact c JOIN account a ON a.id = c.account_id"
            + " WHERE a.id = :accountId AND c.birthday_month IS NOT NULL AND " + LIVE_CONTACT
            + " UNION ALL"
            + " SELECT c.id, c.name, a.id, a.name, f.id, f.relation, f.name,"
            + " f.birthday_month, f.birthday_day, f.birthday_year"
            + " FROM family_member f JOIN contact c ON c.id = f.contact_id JOIN account a ON a.id = c.account_id"
            + " WHERE a.id = :accountId AND f.birthday_month IS NOT NULL AND f.deleted_at IS NULL AND " + LIVE_CONTACT)
    List<PersonBirthday> birthdaysOfAccount(@Bind("accountId") long accountId);

    static Birthday birthday(ResultSet rs) throws SQLException {
        Integer month = Columns.intOrNull(rs, "birthday_month");
        return month == null ? null
                : new Birthday(MonthDay.of(month, rs.getInt("birthday_day")), Columns.intOrNull(rs, "birthday_year"));
    }

    final class MemberMapper implements RowMapper<FamilyMember> {
        @Override
        public FamilyMember map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new FamilyMember(rs.getLong("id"), rs.getLong("contact_id"),
                    Columns.enumOrNull(rs, "relation", Relation.class), rs.getString("name"), birthday(rs),
                    rs.getString("notes"), rs.getLong("row_version"));
        }
    }

    final class BirthdayMapper implements RowMapper<PersonBirthday> {
        @Override
        public PersonBirthday map(ResultSet rs, StatementContext ctx) throws SQLException {
            long family = rs.getLong("family_id");
            Long familyId = rs.wasNull() ? null : family;
            return new PersonBirthday(rs.getLong("contact_id"), rs.getString("contact_name"),
                    rs.getLong("account_id"), rs.getString("account_name"), familyId,
                    Columns.enumOrNull(rs, "relation", Relation.class), rs.getString("family_name"), birthday(rs));
        }
    }

    @SqlQuery("SELECT COUNT(*) FROM family_member WHERE deleted_at IS NULL")
    long countActive();
}
