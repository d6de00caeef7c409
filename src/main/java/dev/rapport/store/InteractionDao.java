package dev.rapport.store;

import dev.rapport.domain.Interaction;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The contact log's rows and the people in them, and the last-contact columns they keep up to date. */
@RegisterRowMapper(InteractionMapper.class)
public interface InteractionDao {

    String COLUMNS = "account_id, happened_at, channel, subject, notes, outcome, sentiment, cost, follow_up_on,"
            + " follow_up_what, follow_up_done, complaint_status, resolution, resolved_on, search_text";
    String VALUES = ":accountId, :at, :channel, :subject, :notes, :outcome, :sentiment, :cost, :followUpOn,"
            + " :followUpWhat, :followUpDone, :complaintStatus, :resolution, :resolvedOn, :searchText";

    @SqlQuery("SELECT * FROM interaction WHERE id = :id AND deleted_at IS NULL")
    Optional<Interaction> row(@Bind("id") long id);

    @SqlQuery("SELECT account_id FROM interaction WHERE id = :id")
    Optional<Long> accountOf(@Bind("id") long id);

    @SqlQuery("SELECT contact_id FROM interaction_contact WHERE interaction_id = :id ORDER BY contact_id")
    List<Long> contactsOf(@Bind("id") long id);

    @SqlUpdate("INSERT INTO interaction (" + COLUMNS + ", created_at, updated_at, changed_by) VALUES (" + VALUES
            + ", :now, :now, :changedBy)")
    @GetGeneratedKeys("id")
    long insertRow(@BindMethods Interaction interaction, @Bind("searchText") String searchText,
            @Bind("now") OffsetDateTime now, @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE interaction SET account_id = :accountId, happened_at = :at, channel = :channel,"
            + " subject = :subject, notes = :notes, outcome = :outcome, sentiment = :sentiment, cost = :cost,"
            + " follow_up_on = :followUpOn, follow_up_what = :followUpWhat, follow_up_done = :followUpDone,"
            + " complaint_status = :complaintStatus, resolution = :resolution, resolved_on = :resolvedOn,"
            + " search_text = :searchText, updated_at = :now, row_version = row_version + 1,"
            + " changed_by = :changedBy WHERE id = :id AND row_version = :version AND deleted_at IS NULL")
    int updateRow(@BindMethods Interaction interaction, @Bind("searchText") String searchText,
            @Bind("now") OffsetDateTime now, @Bind("changedBy") String changedBy);

    @SqlUpdate("DELETE FROM interaction_contact WHERE interaction_id = :id")
    void deleteContacts(@Bind("id") long id);

    @SqlBatch("INSERT INTO interaction_contact (interaction_id, contact_id, happened_at, channel)"
            + " VALUES (:id, :contactId, :at, :channel)")
    void insertContacts(@Bind("id") long id, @Bind("contactId") List<Long> contactIds, @Bind("at") LocalDateTime at,
            @Bind("channel") String channel);

    @SqlUpdate("UPDATE interaction SET follow_up_done = :done, updated_at = :now, row_version = row_version + 1,"
            + " changed_by = :changedBy WHERE id = :id AND row_version = :version"
            + " AND deleted_at IS NULL AND follow_up_on IS NOT NULL")
    int setFollowUpDone(@Bind("id") long id, @Bind("done") boolean done, @Bind("version") long version,
            @Bind("now") OffsetDateTime now, @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE interaction SET deleted_at = :now, updated_at = :now, row_version = row_version + 1,"
            + " changed_by = :changedBy WHERE id = :id AND row_version = :version AND deleted_at IS NULL")
    int softDelete(@Bind("id") long id, @Bind("version") long version, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE interaction SET deleted_at = NULL, updated_at = :now, row_version = row_version + 1,"
            + " changed_by = :changedBy WHERE id = :id AND row_version = :version AND deleted_at IS NOT NULL")
    int restore(@Bind("id") long id, @Bind("version") long version, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);

    // The newest row on the timeline index: read in order, it stops at the first one not deleted,
    // where MAX() read every interaction of the account (50,000 for a busy one).
    @SqlUpdate("UPDATE account SET last_contact_at = (SELECT i.happened_at FROM interaction i"
            + " USE INDEX (interaction_account_time) WHERE i.account_id = account.id AND i.deleted_at IS NULL"
            + " ORDER BY i.account_id, i.happened_at DESC, i.id DESC LIMIT 1) WHERE id IN (<ids>)")
    void refreshAccountClocks(@BindList("ids") List<Long> accountIds);

    @SqlUpdate("UPDATE contact SET last_contact_at = (SELECT ic.happened_at FROM interaction_contact ic"
            + " USE INDEX (interaction_contact_time) JOIN interaction i ON i.id = ic.interaction_id"
            + " WHERE ic.contact_id = contact.id AND i.deleted_at IS NULL"
            + " ORDER BY ic.contact_id, ic.happened_at DESC, ic.interaction_id DESC LIMIT 1) WHERE id IN (<ids>)")
    void refreshContactClocks(@BindList("ids") List<Long> contactIds);

    /** After inserts only: the last contact moves forward to the newest new interaction, never back. */
    @SqlBatch("UPDATE account SET last_contact_at = :at WHERE id = :id"
            + " AND (last_contact_at IS NULL OR last_contact_at < :at)")
    void advanceAccountClocks(@Bind("id") List<Long> ids, @Bind("at") List<LocalDateTime> newest);

    @SqlBatch("UPDATE contact SET last_contact_at = :at WHERE id = :id"
            + " AND (last_contact_at IS NULL OR last_contact_at < :at)")
    void advanceContactClocks(@Bind("id") List<Long> ids, @Bind("at") List<LocalDateTime> newest);

    @SqlQuery("SELECT COUNT(*) FROM interaction WHERE deleted_at IS NULL")
    long countActive();
}
