package dev.rapport.store;

import dev.rapport.domain.Cadence;
import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.ContactClock;
import dev.rapport.domain.FollowUpDue;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.OpenComplaint;
import dev.rapport.domain.Tier;
import dev.rapport.domain.TimelineEntry;
import dev.rapport.domain.TimelineFilter;
import dev.rapport.domain.TimelinePage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * The contact log: interactions, the people in them, and the last-contact dates of accounts and
 * people, which every change here keeps up to date. Timelines are read a page at a time, newest
 * first, by position (keyset), on indexes built for exactly these queries.
 */
public final class InteractionRepository {
    private static final String OPEN_STATUSES = "('" + ComplaintStatus.OPEN.name() + "', '"
            + ComplaintStatus.IN_PROGRESS.name() + "')";

    private final Database db;
    private final Clock clock;

    public InteractionRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<Interaction> find(long id) {
        return db.withHandle(h -> {
            InteractionDao dao = h.attach(InteractionDao.class);
            return dao.row(id).map(i -> i.withContacts(dao.contactsOf(id)));
        });
    }

    /** Saves a new interaction with its people and moves their last contact. */
    public Interaction insert(Interaction interaction) {
        Instant now = clock.instant();
        return db.inTransaction(() -> db.withHandle(h -> {
            InteractionDao dao = h.attach(InteractionDao.class);
            long id = dao.insertRow(interaction, interaction.searchText(), Columns.utc(now), db.changedBy());
            insertContacts(dao, id, interaction);
            refreshClocks(dao, List.of(interaction.accountId()), interaction.contactIds());
            return interaction.withId(id, now, now).withVersion(1);
        }));
    }

    /**
     * Saves many interactions at once (sample data, benchmarks); each last contact then moves
     * forward once to the newest of them, instead of after each row.
     */
    public void insertAll(List<Interaction> interactions) {
        if (interactions.isEmpty()) {
            return;
        }
        OffsetDateTime now = Columns.utc(clock.instant());
        db.inTransaction(() -> db.withHandle(h -> {
            PreparedBatch rows = h.prepareBatch("INSERT INTO interaction (" + InteractionDao.COLUMNS
                    + ", created_at, updated_at, changed_by) VALUES (" + InteractionDao.VALUES + ", :now, :now, :changedBy)");
            String changedBy = db.changedBy();
            for (Interaction i : interactions) {
                rows.bindMethods(i).bind("searchText", i.searchText()).bind("now", now).bind("changedBy", changedBy)
                        .add();
            }
            List<Long> ids = rows.executePreparedBatch("id").mapTo(Long.class).list();
            PreparedBatch people = h.prepareBatch("INSERT INTO interaction_contact (interaction_id, contact_id,"
                    + " happened_at, channel) VALUES (:id, :contactId, :at, :channel)");
            Map<Long, LocalDateTime> accountNewest = new LinkedHashMap<>();
            Map<Long, LocalDateTime> contactNewest = new LinkedHashMap<>();
            for (int k = 0; k < interactions.size(); k++) {
                Interaction i = interactions.get(k);
                accountNewest.merge(i.accountId(), i.at(), (a, b) -> a.isAfter(b) ? a : b);
                for (Long c : i.contactIds()) {
                    contactNewest.merge(c, i.at(), (a, b) -> a.isAfter(b) ? a : b);
                    people.bind("id", ids.get(k)).bind("contactId", c).bind("at", i.at())
                            .bind("channel", i.channel().name()).add();
                }
            }
            if (people.size() > 0) {
                people.execute();
            }
            InteractionDao dao = h.attach(InteractionDao.class);
            dao.advanceAccountClocks(new ArrayList<>(accountNewest.keySet()), new ArrayList<>(accountNewest.values()));
            if (!contactNewest.isEmpty()) {
                dao.advanceContactClocks(new ArrayList<>(contactNewest.keySet()),
                        new ArrayList<>(contactNewest.values()));
            }
            return null;
        }));
    }

    /**
     * Saves changes; the last contact of the accounts and people before and after the change
     * is recomputed (an interaction may move to another day, account or person).
     *
     * @throws dev.rapport.domain.EditConflict when it changed or was deleted since it was read: nothing is
     *     written, the newer data stays
     */
    public Interaction update(Interaction interaction) {
        Instant now = clock.instant();
        return db.inTransaction(() -> db.withHandle(h -> {
            InteractionDao dao = h.attach(InteractionDao.class);
            long id = interaction.id();
            Long oldAccount = dao.accountOf(id).orElseThrow(() -> StaleWrites.conflict(h, "interaction", id));
            List<Long> oldContacts = dao.contactsOf(id);
            StaleWrites.requireOne(dao.updateRow(interaction, interaction.searchText(), Columns.utc(now), db.changedBy()), h,
                    "interaction", id);
            // the people of the entry are its own rows: the version checked above guards them
            dao.deleteContacts(id);
            insertContacts(dao, id, interaction);
            Set<Long> contacts = new LinkedHashSet<>(oldContacts);
            contacts.addAll(interaction.contactIds());
            refreshClocks(dao, new LinkedHashSet<>(List.of(oldAccount, interaction.accountId())), contacts);
            return interaction.withId(id, interaction.createdAt(), now).withVersion(interaction.version() + 1);
        }));
    }

    /**
     * Marks a follow-up done (or not done again).
     *
     * @param version the version the caller read: the tick's undo names the version the tick left,
     *     so an undo over a newer change of the entry is refused like any other stale write
     * @return the version after the tick
     * @throws dev.rapport.domain.EditConflict when the entry changed, was deleted or has no follow-up
     */
    public long setFollowUpDone(long id, boolean done, long version) {
        OffsetDateTime now = Columns.utc(clock.instant());
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(InteractionDao.class).setFollowUpDone(id, done, version, now,
                    db.changedBy()), h, "interaction", id);
            return null;
        });
        return version + 1;
    }

    /**
     * Hides the interaction until {@link #restore}; last contacts go back to what was before it.
     *
     * @param version the version the caller read
     * @return the version after the delete, which the undo names
     * @throws dev.rapport.domain.EditConflict when it changed or was deleted since it was read
     */
    public long softDelete(long id, long version) {
        OffsetDateTime now = Columns.utc(clock.instant());
        db.inTransaction(() -> db.withHandle(h -> {
            InteractionDao dao = h.attach(InteractionDao.class);
            StaleWrites.requireOne(dao.softDelete(id, version, now, db.changedBy()), h, "interaction", id);
            refreshClocks(dao, dao.accountOf(id).stream().toList(), dao.contactsOf(id));
            return null;
        }));
        return version + 1;
    }

    /**
     * Undoes {@link #softDelete}.
     *
     * @param version the version the delete left
     * @throws dev.rapport.domain.EditConflict when it changed since (restored already)
     */
    public long restore(long id, long version) {
        OffsetDateTime now = Columns.utc(clock.instant());
        db.inTransaction(() -> db.withHandle(h -> {
            InteractionDao dao = h.attach(InteractionDao.class);
            StaleWrites.requireOne(dao.restore(id, version, now, db.changedBy()), h, "interaction", id);
            refreshClocks(dao, dao.accountOf(id).stream().toList(), dao.contactsOf(id));
            return null;
        }));
        return version + 1;
    }

    public long countActive() {
        return db.withHandle(h -> h.attach(InteractionDao.class).countActive());
    }

    private static void insertContacts(InteractionDao dao, long id, Interaction i) {
        if (!i.contactIds().isEmpty()) {
            dao.insertContacts(id, i.contactIds(), i.at(), i.channel().name());
        }
    }

    private static void refreshClocks(InteractionDao dao, Collection<Long> accountIds, Collection<Long> contactIds) {
        for (List<Long> chunk : chunks(accountIds)) {
            dao.refreshAccountClocks(chunk);
        }
        for (List<Long> chunk : chunks(contactIds)) {
            dao.refreshContactClocks(chunk);
        }
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            out.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return out;
    }

    // ---- timelines ----

    /** A page of an account's timeline, newest first, starting after {@code after} (null: the newest). */
    public TimelinePage accountPage(long accountId, TimelineFilter filter, TimelinePage.Cursor after, int limit) {
        return db.withHandle(h -> page(h, accountQuery(h, accountId, filter, after, limit, false), limit));
    }

    /** A page of a person's timeline, newest first. */
    public TimelinePage contactPage(long contactId, TimelineFilter filter, TimelinePage.Cursor after, int limit) {
        return db.withHandle(h -> page(h, contactQuery(h, contactId, filter, after, limit, false), limit));
    }

    /** The query plan H2 chooses for an account timeline page, for tests that check the indexes. */
    String explainAccountPage(long accountId, TimelineFilter filter, TimelinePage.Cursor after, int limit) {
        return db.withHandle(h -> accountQuery(h, accountId, filter, after, limit, true).mapTo(String.class).one());
    }

    String explainContactPage(long contactId, TimelineFilter filter, TimelinePage.Cursor after, int limit) {
        return db.withHandle(h -> contactQuery(h, contactId, filter, after, limit, true).mapTo(String.class).one());
    }

    private static Query accountQuery(Handle h, long accountId, TimelineFilter filter, TimelinePage.Cursor after,
            int limit, boolean explain) {
        StringBuilder sql = new StringBuilder(explain ? "EXPLAIN " : "")
                .append("SELECT i.* FROM interaction i USE INDEX (")
                .append(filter.channel() == null ? "interaction_account_time" : "interaction_account_channel_time")
                .append(") WHERE i.account_id = :owner AND i.deleted_at IS NULL");
        if (filter.channel() != null) {
            sql.append(" AND i.channel = :channel");
        }
        if (after != null) {
            // the first condition lets the index start at the cursor; the second breaks ties by id
            sql.append(" AND i.happened_at <= :afterAt AND (i.happened_at < :afterAt OR i.id < :afterId)");
        }
        List<String> words = filter.words();
        for (int k = 0; k < words.size(); k++) {
            sql.append(" AND i.search_text LIKE :w").append(k).append(" ESCAPE '!'");
        }
        // the leading columns repeat the index's (fixed by the WHERE), so H2 reads the index in order and stops early
        sql.append(filter.channel() == null ? " ORDER BY i.account_id, " : " ORDER BY i.account_id, i.channel, ")
                .append("i.happened_at DESC, i.id DESC LIMIT :limit");
        return bind(h.createQuery(sql.toString()), accountId, filter, after, limit, words);
    }

    private static Query contactQuery(Handle h, long contactId, TimelineFilter filter, TimelinePage.Cursor after,
            int limit, boolean explain) {
        StringBuilder sql = new StringBuilder(explain ? "EXPLAIN " : "")
                .append("SELECT i.* FROM interaction_contact ic USE INDEX (")
                .append(filter.channel() == null ? "interaction_contact_time" : "interaction_contact_channel_time")
                .append(") JOIN interaction i ON i.id = ic.interaction_id")
                .append(" WHERE ic.contact_id = :owner AND i.deleted_at IS NULL");
        if (filter.channel() != null) {
            sql.append(" AND ic.channel = :channel");
        }
        if (after != null) {
            sql.append(" AND ic.happened_at <= :afterAt AND (ic.happened_at < :afterAt OR ic.interaction_id < :afterId)");
        }
        List<String> words = filter.words();
        for (int k = 0; k < words.size(); k++) {
            sql.append(" AND i.search_text LIKE :w").append(k).append(" ESCAPE '!'");
        }
        sql.append(filter.channel() == null ? " ORDER BY ic.contact_id, " : " ORDER BY ic.contact_id, ic.channel, ")
                .append("ic.happened_at DESC, ic.interaction_id DESC LIMIT :limit");
        return bind(h.createQuery(sql.toString()), contactId, filter, after, limit, words);
    }

    private static Query bind(Query q, long owner, TimelineFilter filter, TimelinePage.Cursor after, int limit,
            List<String> words) {
        q.bind("owner", owner).bind("limit", limit + 1);
        if (filter.channel() != null) {
            q.bind("channel", filter.channel().name());
        }
        if (after != null) {
            q.bind("afterAt", after.at()).bind("afterId", after.id());
        }
        for (int k = 0; k < words.size(); k++) {
            q.bind("w" + k, "%" + likeEscape(words.get(k)) + "%");
        }
        return q;
    }

    static String likeEscape(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static TimelinePage page(Handle h, Query query, int limit) {
        List<Interaction> rows = query.map(new InteractionMapper()).list();
        boolean more = rows.size() > limit;
        if (more) {
            rows = rows.subList(0, limit);
        }
        if (rows.isEmpty()) {
            return new TimelinePage(List.of(), null);
        }
        List<Long> ids = rows.stream().map(Interaction::id).toList();
        Map<Long, List<Long>> contactIds = new HashMap<>();
        Map<Long, List<String>> contactNames = new HashMap<>();
        h.createQuery("SELECT ic.interaction_id, ic.contact_id, c.name FROM interaction_contact ic"
                + " JOIN contact c ON c.id = ic.contact_id WHERE ic.interaction_id IN (<ids>)"
                + " ORDER BY ic.interaction_id, c.name")
                .bindList("ids", ids)
                .map((rs, ctx) -> {
                    long id = rs.getLong(1);
                    contactIds.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getLong(2));
                    contactNames.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString(3));
                    return id;
                }).list();
        Set<Long> accountIds = new LinkedHashSet<>();
        rows.forEach(i -> accountIds.add(i.accountId()));
        Map<Long, String> accountNames = new HashMap<>();
        h.createQuery("SELECT id, name FROM account WHERE id IN (<ids>)").bindList("ids", new ArrayList<>(accountIds))
                .map((rs, ctx) -> accountNames.put(rs.getLong(1), rs.getString(2))).list();
        List<TimelineEntry> entries = new ArrayList<>(rows.size());
        for (Interaction i : rows) {
            entries.add(new TimelineEntry(i.withContacts(contactIds.getOrDefault(i.id(), List.of())),
                    accountNames.getOrDefault(i.accountId(), ""), contactNames.getOrDefault(i.id(), List.of())));
        }
        Interaction last = rows.get(rows.size() - 1);
        return new TimelinePage(entries, more ? new TimelinePage.Cursor(last.at(), last.id()) : null);
    }

    // ---- what needs the rep ----

    static final String FOLLOW_UPS_DUE = "SELECT i.id, i.account_id, a.name AS account_name, i.follow_up_on,"
            + " i.follow_up_what, i.subject, i.channel FROM interaction i JOIN account a ON a.id = i.account_id"
            + " WHERE i.follow_up_done = FALSE AND i.follow_up_on >= :from AND i.follow_up_on <= :today"
            + " AND i.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY i.follow_up_on, i.id";

    /** Follow-ups not done and due on or before {@code today}, the longest overdue first. */
    public List<FollowUpDue> followUpsDue(LocalDate today) {
        return db.withHandle(h -> h.createQuery(FOLLOW_UPS_DUE)
                .bind("from", LocalDate.of(1900, 1, 1)).bind("today", today)
                .map((rs, ctx) -> new FollowUpDue(rs.getLong("id"), rs.getLong("account_id"),
                        rs.getString("account_name"), rs.getObject("follow_up_on", LocalDate.class),
                        rs.getString("follow_up_what"), rs.getString("subject"),
                        InteractionChannel.valueOf(rs.getString("channel"))))
                .list());
    }

    static final String OPEN_COMPLAINTS = "SELECT i.id, i.account_id, a.name AS account_name, i.happened_at,"
            + " i.subject, i.complaint_status FROM interaction i JOIN account a ON a.id = i.account_id"
            + " WHERE i.complaint_status IN " + OPEN_STATUSES
            + " AND i.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY i.happened_at, i.id";

    /** Complaints open or in progress, oldest first. */
    public List<OpenComplaint> openComplaints() {
        return db.withHandle(h -> h.createQuery(OPEN_COMPLAINTS)
                .map((rs, ctx) -> new OpenComplaint(rs.getLong("id"), rs.getLong("account_id"),
                        rs.getString("account_name"), rs.getObject("happened_at", LocalDateTime.class).toLocalDate(),
                        rs.getString("subject"), ComplaintStatus.valueOf(rs.getString("complaint_status"))))
                .list());
    }

    /** How many complaints each account has open, for flagging accounts. */
    public Map<Long, Integer> openComplaintCounts() {
        return db.withHandle(h -> {
            Map<Long, Integer> counts = new HashMap<>();
            h.createQuery("SELECT i.account_id, COUNT(*) FROM interaction i WHERE i.complaint_status IN "
                    + OPEN_STATUSES + " AND i.deleted_at IS NULL GROUP BY i.account_id")
                    .map((rs, ctx) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
            return counts;
        });
    }

    static final String QUIET_CANDIDATES = "SELECT id, name, tier, created_at, last_contact_at FROM account"
            + " WHERE deleted_at IS NULL AND stage <> 'EXITED' AND (last_contact_at IS NULL"
            + " OR (tier = 'A' AND last_contact_at < :quietA) OR (tier = 'B' AND last_contact_at < :quietB)"
            + " OR (tier = 'C' AND last_contact_at < :quietC))";

    /**
     * The accounts that may be going quiet on {@code today}: last contacted before their tier's
     * cadence allows, or never (the domain rule then decides by the day they were added). Accounts
     * that exited the relationship are not expected to be contacted.
     */
    public List<ContactClock.AccountClock> quietCandidates(Cadence cadence, LocalDate today, ZoneId zone) {
        return db.withHandle(h -> h.createQuery(QUIET_CANDIDATES)
                .bind("quietA", cadence.quietBefore(Tier.A, today).atStartOfDay())
                .bind("quietB", cadence.quietBefore(Tier.B, today).atStartOfDay())
                .bind("quietC", cadence.quietBefore(Tier.C, today).atStartOfDay())
                .map((rs, ctx) -> new ContactClock.AccountClock(rs.getLong("id"), rs.getString("name"),
                        Tier.valueOf(rs.getString("tier")), rs.getObject("last_contact_at", LocalDateTime.class),
                        Columns.instant(rs, "created_at").atZone(zone).toLocalDate()))
                .list());
    }

    /** Each active account's last contact (accounts never contacted are absent). */
    public Map<Long, LocalDateTime> lastContactByAccount() {
        return lastContacts("SELECT id, last_contact_at FROM account WHERE deleted_at IS NULL"
                + " AND last_contact_at IS NOT NULL");
    }

    /** Each active person's last contact (people never contacted are absent). */
    public Map<Long, LocalDateTime> lastContactByContact() {
        return lastContacts("SELECT id, last_contact_at FROM contact WHERE deleted_at IS NULL"
                + " AND last_contact_at IS NOT NULL");
    }

    public Optional<LocalDateTime> lastContactOfAccount(long accountId) {
        return db.withHandle(h -> h.createQuery("SELECT last_contact_at FROM account WHERE id = :id")
                .bind("id", accountId).mapTo(LocalDateTime.class).findOne());
    }

    private Map<Long, LocalDateTime> lastContacts(String sql) {
        return db.withHandle(h -> {
            Map<Long, LocalDateTime> out = new LinkedHashMap<>();
            h.createQuery(sql).map((rs, ctx) -> out.put(rs.getLong(1), rs.getObject(2, LocalDateTime.class))).list();
            return out;
        });
    }

    /** The plan H2 chooses for one of this repository's fixed queries, for the index tests. */
    String explain(String sql, Map<String, Object> bindings) {
        return db.withHandle(h -> {
            Query q = h.createQuery("EXPLAIN " + sql);
            bindings.forEach(q::bind);
            return q.mapTo(String.class).one();
        });
    }
}
