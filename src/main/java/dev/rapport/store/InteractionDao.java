package dev.rapport.store;

import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.FollowUpDue;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.OpenComplaint;
import dev.rapport.domain.Tier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;
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

    String INSERT_ROW = "INSERT INTO interaction (" + COLUMNS + ", created_at, updated_at, changed_by) VALUES ("
            + VALUES + ", :now, :now, :changedBy)";
    String INSERT_PERSON = "INSERT INTO interaction_contact (interaction_id, contact_id, happened_at, channel)"
            + " VALUES (:id, :contactId, :at, :channel)";

    @SqlUpdate(INSERT_ROW)
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

    /** Many rows at once (sample data, benchmarks): their ids, in the order given. */
    @SqlBatch(INSERT_ROW)
    @GetGeneratedKeys("id")
    long[] insertRows(@BindMethods List<Interaction> interactions, @Bind("searchText") List<String> searchTexts,
            @Bind("now") OffsetDateTime now, @Bind("changedBy") String changedBy);

    @SqlBatch(INSERT_PERSON)
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

    /** The people of many interactions at once, one row each (all lists of equal length). */
    @SqlBatch(INSERT_PERSON)
    void insertPeople(@Bind("id") List<Long> interactionIds, @Bind("contactId") List<Long> contactIds,
            @Bind("at") List<LocalDateTime> at, @Bind("channel") List<String> channels);

    @SqlQuery("SELECT COUNT(*) FROM interaction WHERE deleted_at IS NULL")
    long countActive();

    @SqlQuery("SELECT id FROM interaction WHERE deleted_at IS NULL FETCH FIRST 1 ROW ONLY")
    java.util.Optional<Long> firstActive();

    // ---- timelines: the varying parts are @Define'd from TimelineSql's fixed text, the values bound ----

    String ACCOUNT_PAGE = "SELECT i.* FROM interaction i USE INDEX (<index>)"
            + " WHERE i.account_id = :owner AND i.deleted_at IS NULL<filters> ORDER BY <order> LIMIT :limit";
    String CONTACT_PAGE = "SELECT i.* FROM interaction_contact ic USE INDEX (<index>)"
            + " JOIN interaction i ON i.id = ic.interaction_id"
            + " WHERE ic.contact_id = :owner AND i.deleted_at IS NULL<filters> ORDER BY <order> LIMIT :limit";

    @SqlQuery(ACCOUNT_PAGE)
    List<Interaction> accountPage(@Define("index") String index, @Define("filters") String filters,
            @Define("order") String order, @BindMap Map<String, Object> values);

    @SqlQuery(CONTACT_PAGE)
    List<Interaction> contactPage(@Define("index") String index, @Define("filters") String filters,
            @Define("order") String order, @BindMap Map<String, Object> values);

    /** The plan H2 chooses for {@link #accountPage}, for the tests that check the indexes. */
    @SqlQuery("EXPLAIN " + ACCOUNT_PAGE)
    String explainAccountPage(@Define("index") String index, @Define("filters") String filters,
            @Define("order") String order, @BindMap Map<String, Object> values);

    @SqlQuery("EXPLAIN " + CONTACT_PAGE)
    String explainContactPage(@Define("index") String index, @Define("filters") String filters,
            @Define("order") String order, @BindMap Map<String, Object> values);

    /** A person in an interaction, by name. */
    record PersonIn(long interactionId, long contactId, String name) {
    }

    /** Maps {@link PersonIn}. */
    final class PersonInMapper implements RowMapper<PersonIn> {
        @Override
        public PersonIn map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new PersonIn(rs.getLong("interaction_id"), rs.getLong("contact_id"), rs.getString("name"));
        }
    }

    @SqlQuery("SELECT ic.interaction_id, ic.contact_id, c.name FROM interaction_contact ic"
            + " JOIN contact c ON c.id = ic.contact_id WHERE ic.interaction_id IN (<ids>)"
            + " ORDER BY ic.interaction_id, c.name")
    @UseRowMapper(PersonInMapper.class)
    List<PersonIn> peopleIn(@BindList("ids") List<Long> interactionIds);

    @SqlQuery("SELECT id, name FROM account WHERE id IN (<ids>)")
    @KeyColumn("id")
    @ValueColumn("name")
    Map<Long, String> accountNames(@BindList("ids") List<Long> accountIds);

    // ---- what needs the rep ----

    String FOLLOW_UPS_DUE = "SELECT i.id, i.account_id, a.name AS account_name, i.follow_up_on,"
            + " i.follow_up_what, i.subject, i.channel FROM interaction i JOIN account a ON a.id = i.account_id"
            + " WHERE i.follow_up_done = FALSE AND i.follow_up_on >= :from AND i.follow_up_on <= :today"
            + " AND i.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY i.follow_up_on, i.id";

    /** Maps {@link FollowUpDue}. */
    final class FollowUpDueMapper implements RowMapper<FollowUpDue> {
        @Override
        public FollowUpDue map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new FollowUpDue(rs.getLong("id"), rs.getLong("account_id"), rs.getString("account_name"),
                    rs.getObject("follow_up_on", LocalDate.class), rs.getString("follow_up_what"),
                    rs.getString("subject"), InteractionChannel.valueOf(rs.getString("channel")));
        }
    }

    /** {@code from}: the earliest day looked at, a bound so H2 reads the follow-up index as a range. */
    @SqlQuery(FOLLOW_UPS_DUE)
    @UseRowMapper(FollowUpDueMapper.class)
    List<FollowUpDue> followUpsDue(@Bind("from") LocalDate from, @Bind("today") LocalDate today);

    @SqlQuery("EXPLAIN " + FOLLOW_UPS_DUE)
    String explainFollowUpsDue(@Bind("from") LocalDate from, @Bind("today") LocalDate today);

    String OPEN_COMPLAINTS = "SELECT i.id, i.account_id, a.name AS account_name, i.happened_at,"
            + " i.subject, i.complaint_status FROM interaction i JOIN account a ON a.id = i.account_id"
            + " WHERE i.complaint_status IN (<open>)"
            + " AND i.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY i.happened_at, i.id";

    /** Maps {@link OpenComplaint}. */
    final class OpenComplaintMapper implements RowMapper<OpenComplaint> {
        @Override
        public OpenComplaint map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new OpenComplaint(rs.getLong("id"), rs.getLong("account_id"), rs.getString("account_name"),
                    rs.getObject("happened_at", LocalDateTime.class).toLocalDate(), rs.getString("subject"),
                    ComplaintStatus.valueOf(rs.getString("complaint_status")));
        }
    }

    /** @param open the statuses of a complaint not yet closed */
    @SqlQuery(OPEN_COMPLAINTS)
    @UseRowMapper(OpenComplaintMapper.class)
    List<OpenComplaint> openComplaints(@BindList("open") List<String> open);

    @SqlQuery("EXPLAIN " + OPEN_COMPLAINTS)
    String explainOpenComplaints(@BindList("open") List<String> open);

    @SqlQuery("SELECT i.account_id, COUNT(*) AS n FROM interaction i WHERE i.complaint_status IN (<open>)"
            + " AND i.deleted_at IS NULL GROUP BY i.account_id")
    @KeyColumn("account_id")
    @ValueColumn("n")
    Map<Long, Integer> openComplaintCounts(@BindList("open") List<String> open);

    /** An account that may be going quiet, before the domain rule decides by its tier and the day it was added. */
    record QuietCandidate(long id, String name, Tier tier, LocalDateTime lastContactAt, Instant createdAt) {
    }

    /** Maps {@link QuietCandidate}. */
    final class QuietCandidateMapper implements RowMapper<QuietCandidate> {
        @Override
        public QuietCandidate map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new QuietCandidate(rs.getLong("id"), rs.getString("name"), Tier.valueOf(rs.getString("tier")),
                    rs.getObject("last_contact_at", LocalDateTime.class), Columns.instant(rs, "created_at"));
        }
    }

    @SqlQuery("SELECT id, name, tier, created_at, last_contact_at FROM account"
            + " WHERE deleted_at IS NULL AND stage <> 'EXITED' AND (last_contact_at IS NULL"
            + " OR (tier = 'A' AND last_contact_at < :quietA) OR (tier = 'B' AND last_contact_at < :quietB)"
            + " OR (tier = 'C' AND last_contact_at < :quietC))")
    @UseRowMapper(QuietCandidateMapper.class)
    List<QuietCandidate> quietCandidates(@Bind("quietA") LocalDateTime quietA, @Bind("quietB") LocalDateTime quietB,
            @Bind("quietC") LocalDateTime quietC);

    @SqlQuery("SELECT id, last_contact_at FROM account WHERE deleted_at IS NULL AND last_contact_at IS NOT NULL")
    @KeyColumn("id")
    @ValueColumn("last_contact_at")
    Map<Long, LocalDateTime> lastContactByAccount();

    @SqlQuery("SELECT id, last_contact_at FROM contact WHERE deleted_at IS NULL AND last_contact_at IS NOT NULL")
    @KeyColumn("id")
    @ValueColumn("last_contact_at")
    Map<Long, LocalDateTime> lastContactByContact();

    @SqlQuery("SELECT last_contact_at FROM account WHERE id = :id")
    Optional<LocalDateTime> lastContactOfAccount(@Bind("id") long accountId);
}
