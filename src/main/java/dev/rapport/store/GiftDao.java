package dev.rapport.store;

import dev.rapport.domain.Gift;
import dev.rapport.domain.GiftIdea;
import java.math.BigDecimal;
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

/** The gifts given to a contact (or their family), and gift ideas for them. */
@RegisterRowMapper(GiftDao.GiftMapper.class)
@RegisterRowMapper(GiftDao.IdeaMapper.class)
public interface GiftDao {

    /**
     * The gift log's rows and, read alongside, the gift interactions of the contact log the person
     * took part in: one list of what was given, whichever way it was recorded. A contact-log gift on
     * a day the gift log already has a gift for the person is the same gift recorded twice, and the
     * gift log's row (with its occasion, recipient and giver) stands for both.
     */
    @SqlQuery("SELECT g.id, g.contact_id, g.family_member_id, f.name AS family_name, g.given_on, g.occasion, g.what,"
            + " g.cost, g.given_by, CAST(NULL AS BIGINT) AS interaction_id, g.row_version"
            + " FROM gift g LEFT JOIN family_member f ON f.id = g.family_member_id"
            + " WHERE g.contact_id = :contactId AND g.deleted_at IS NULL"
            + " UNION ALL"
            + " SELECT NULL, ic.contact_id, NULL, NULL, CAST(i.happened_at AS DATE), '', i.subject, i.cost, '', i.id, 0"
            + " FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id"
            + " WHERE ic.contact_id = :contactId AND ic.channel = 'GIFT' AND i.deleted_at IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM gift d WHERE d.contact_id = ic.contact_id AND d.deleted_at IS NULL"
            + " AND d.given_on = CAST(i.happened_at AS DATE))"
            + " ORDER BY given_on DESC, interaction_id DESC NULLS FIRST, id DESC")
    List<Gift> ofContact(@Bind("contactId") long contactId);

    /** One gift of the gift log, not deleted (a contact-log gift is read through its interaction). */
    @SqlQuery("SELECT g.id, g.contact_id, g.family_member_id, f.name AS family_name, g.given_on, g.occasion, g.what,"
            + " g.cost, g.given_by, CAST(NULL AS BIGINT) AS interaction_id, g.row_version"
            + " FROM gift g LEFT JOIN family_member f ON f.id = g.family_member_id"
            + " WHERE g.id = :id AND g.deleted_at IS NULL")
    Optional<Gift> find(@Bind("id") long id);

    @SqlUpdate("INSERT INTO gift (contact_id, family_member_id, given_on, occasion, what, cost, given_by,"
            + " created_at, updated_at, changed_by) VALUES (:contactId, :familyId, :givenOn, :occasion, :what, :cost,"
            + " :givenBy, :now, :now, :changedBy)")
    @GetGeneratedKeys("id")
    long insert(@Bind("contactId") long contactId, @Bind("familyId") Long familyId,
            @Bind("givenOn") LocalDate givenOn, @Bind("occasion") String occasion, @Bind("what") String what,
            @Bind("cost") BigDecimal cost, @Bind("givenBy") String givenBy, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE gift SET family_member_id = :familyId, given_on = :givenOn, occasion = :occasion,"
            + " what = :what, cost = :cost, given_by = :givenBy, updated_at = :now,"
            + " row_version = row_version + 1, changed_by = :changedBy WHERE id = :id AND row_version = :version AND deleted_at IS NULL")
    int update(@Bind("id") long id, @Bind("version") long version, @Bind("familyId") Long familyId, @Bind("givenOn") LocalDate givenOn,
            @Bind("occasion") String occasion, @Bind("what") String what, @Bind("cost") BigDecimal cost,
            @Bind("givenBy") String givenBy, @Bind("now") OffsetDateTime now, @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE gift SET deleted_at = :now, row_version = row_version + 1, changed_by = :changedBy"
            + " WHERE id = :id AND row_version = :version AND deleted_at IS NULL")
    int softDelete(@Bind("id") long id, @Bind("version") long version, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE gift SET deleted_at = NULL, row_version = row_version + 1, changed_by = :changedBy"
            + " WHERE id = :id AND row_version = :version AND deleted_at IS NOT NULL")
    int restore(@Bind("id") long id, @Bind("version") long version, @Bind("changedBy") String changedBy);

    @SqlQuery("SELECT * FROM gift_idea WHERE contact_id = :contactId AND deleted_at IS NULL ORDER BY id")
    List<GiftIdea> ideasOf(@Bind("contactId") long contactId);

    @SqlUpdate("INSERT INTO gift_idea (contact_id, idea, created_at, changed_by) VALUES (:contactId, :idea, :now,"
            + " :changedBy)")
    @GetGeneratedKeys("id")
    long insertIdea(@Bind("contactId") long contactId, @Bind("idea") String idea, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE gift_idea SET deleted_at = :now, row_version = row_version + 1, changed_by = :changedBy"
            + " WHERE id = :id AND row_version = :version AND deleted_at IS NULL")
    int softDeleteIdea(@Bind("id") long id, @Bind("version") long version, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE gift_idea SET deleted_at = NULL, row_version = row_version + 1, changed_by = :changedBy"
            + " WHERE id = :id AND row_version = :version AND deleted_at IS NOT NULL")
    int restoreIdea(@Bind("id") long id, @Bind("version") long version, @Bind("changedBy") String changedBy);

    final class GiftMapper implements RowMapper<Gift> {
        @Override
        public Gift map(ResultSet rs, StatementContext ctx) throws SQLException {
            long family = rs.getLong("family_member_id");
            Long familyId = rs.wasNull() ? null : family;
            long id = rs.getLong("id");
            Long giftId = rs.wasNull() ? null : id;
            long interaction = rs.getLong("interaction_id");
            Long interactionId = rs.wasNull() ? null : interaction;
            return new Gift(giftId, rs.getLong("contact_id"), familyId, rs.getString("family_name"),
                    rs.getObject("given_on", LocalDate.class), rs.getString("occasion"), rs.getString("what"),
                    rs.getBigDecimal("cost"), rs.getString("given_by"), interactionId, rs.getLong("row_version"));
        }
    }

    final class IdeaMapper implements RowMapper<GiftIdea> {
        @Override
        public GiftIdea map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new GiftIdea(rs.getLong("id"), rs.getLong("contact_id"), rs.getString("idea"), rs.getLong("row_version"));
        }
    }
}
