package dev.rapport.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/**
 * A person's preference tags, in the order typed, and the version they carry on the contact row
 * ({@code tags_version}), apart from the contact's own so the contact form and the tag editor never
 * overwrite each other.
 */
public interface ContactTagDao {
    /** The free text (saved with the contact) and the version of the tags, read together. */
    record Head(String interests, long tagsVersion) {
    }

    /** Maps {@link Head}. */
    final class HeadMapper implements RowMapper<Head> {
        @Override
        public Head map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Head(rs.getString("interests"), rs.getLong("tags_version"));
        }
    }

    @SqlQuery("SELECT interests, tags_version FROM contact WHERE id = :id AND deleted_at IS NULL")
    @UseRowMapper(HeadMapper.class)
    Optional<Head> head(@Bind("id") long contactId);

    @SqlQuery("SELECT tag FROM contact_tag WHERE contact_id = :id ORDER BY position")
    List<String> tags(@Bind("id") long contactId);

    @SqlQuery("SELECT name FROM contact WHERE id = :id AND deleted_at IS NULL")
    Optional<String> contactName(@Bind("id") long contactId);

    /** The version check that guards the tags: 0 when they changed (or the person went) since read. */
    @SqlUpdate("UPDATE contact SET tags_version = tags_version + 1, tags_changed_at = :now,"
            + " tags_changed_by = :changedBy WHERE id = :id AND tags_version = :version AND deleted_at IS NULL")
    int bumpTagsVersion(@Bind("id") long contactId, @Bind("version") long version, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);

    @SqlUpdate("DELETE FROM contact_tag WHERE contact_id = :id")
    void deleteTags(@Bind("id") long contactId);

    @SqlBatch("INSERT INTO contact_tag (contact_id, position, tag) VALUES (:id, :pos, :tag)")
    void insertTags(@Bind("id") long contactId, @Bind("pos") List<Integer> positions, @Bind("tag") List<String> tags);
}
