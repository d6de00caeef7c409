package dev.rapport.store;

import dev.rapport.domain.Cadence;
import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.ContactClock;
import dev.rapport.domain.FollowUpDue;
import dev.rapport.domain.Interaction;
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

/**
 * The contact log: interactions, the people in them, and the last-contact dates of accounts and
 * people, which every change here keeps up to date. Timelines are read a page at a time, newest
 * first, by position (keyset), on indexes built for exactly these queries.
 */
public final class InteractionRepository {
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
            InteractionDao dao = h.attach(InteractionDao.class);
            long[] ids = dao.insertRows(interactions, interactions.stream().map(Interaction::searchText).toList(), now,
                    db.changedBy());
            List<Long> peopleOf = new ArrayList<>();
            List<Long> people = new ArrayList<>();
            List<LocalDateTime> peopleAt = new ArrayList<>();
            List<String> peopleChannel = new ArrayList<>();
            Map<Long, LocalDateTime> accountNewest = new LinkedHashMap<>();
            Map<Long, LocalDateTime> contactNewest = new LinkedHashMap<>();
            for (int k = 0; k < interactions.size(); k++) {
                Interaction i = interactions.get(k);
                accountNewest.merge(i.accountId(), i.at(), (a, b) -> a.isAfter(b) ? a : b);
                for (Long c : i.contactIds()) {
                    contactNewest.merge(c, i.at(), (a, b) -> a.isAfter(b) ? a : b);
                    peopleOf.add(ids[k]);
                    people.add(c);
                    peopleAt.add(i.at());
                    peopleChannel.add(i.channel().name());
                }
            }
            if (!people.isEmpty()) {
                dao.insertPeople(peopleOf, people, peopleAt, peopleChannel);
            }
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

    /** Whether any entry is not deleted: stops at the first one, where a count reads them all. */
    public boolean anyActive() {
        return db.withHandle(h -> h.attach(InteractionDao.class).firstActive().isPresent());
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
        TimelineSql q = TimelineSql.account(accountId, filter, after, limit);
        return db.withHandle(h -> {
            InteractionDao dao = h.attach(InteractionDao.class);
            return page(dao, dao.accountPage(q.index(), q.filters(), q.order(), q.values()), limit);
        });
    }

    /** A page of a person's timeline, newest first. */
    public TimelinePage contactPage(long contactId, TimelineFilter filter, TimelinePage.Cursor after, int limit) {
        TimelineSql q = TimelineSql.contact(contactId, filter, after, limit);
        return db.withHandle(h -> {
            InteractionDao dao = h.attach(InteractionDao.class);
            return page(dao, dao.contactPage(q.index(), q.filters(), q.order(), q.values()), limit);
        });
    }

    /** The query plan H2 chooses for an account timeline page, for tests that check the indexes. */
    String explainAccountPage(long accountId, TimelineFilter filter, TimelinePage.Cursor after, int limit) {
        TimelineSql q = TimelineSql.account(accountId, filter, after, limit);
        return db.withHandle(h -> h.attach(InteractionDao.class)
                .explainAccountPage(q.index(), q.filters(), q.order(), q.values()));
    }

    String explainContactPage(long contactId, TimelineFilter filter, TimelinePage.Cursor after, int limit) {
        TimelineSql q = TimelineSql.contact(contactId, filter, after, limit);
        return db.withHandle(h -> h.attach(InteractionDao.class)
                .explainContactPage(q.index(), q.filters(), q.order(), q.values()));
    }

    private static TimelinePage page(InteractionDao dao, List<Interaction> found, int limit) {
        List<Interaction> rows = found;
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
        for (InteractionDao.PersonIn p : dao.peopleIn(ids)) {
            contactIds.computeIfAbsent(p.interactionId(), k -> new ArrayList<>()).add(p.contactId());
            contactNames.computeIfAbsent(p.interactionId(), k -> new ArrayList<>()).add(p.name());
        }
        Set<Long> accountIds = new LinkedHashSet<>();
        rows.forEach(i -> accountIds.add(i.accountId()));
        Map<Long, String> accountNames = dao.accountNames(new ArrayList<>(accountIds));
        List<TimelineEntry> entries = new ArrayList<>(rows.size());
        for (Interaction i : rows) {
            entries.add(new TimelineEntry(i.withContacts(contactIds.getOrDefault(i.id(), List.of())),
                    accountNames.getOrDefault(i.accountId(), ""), contactNames.getOrDefault(i.id(), List.of())));
        }
        Interaction last = rows.get(rows.size() - 1);
        return new TimelinePage(entries, more ? new TimelinePage.Cursor(last.at(), last.id()) : null);
    }

    // ---- what needs the rep ----

    /** The first day a follow-up can be due on: a bound, so H2 reads the follow-up index as a range. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The statuses of a complaint not yet closed. */
    private static final List<String> OPEN_STATUSES = List.of(ComplaintStatus.OPEN.name(),
            ComplaintStatus.IN_PROGRESS.name());

    /** Follow-ups not done and due on or before {@code today}, the longest overdue first. */
    public List<FollowUpDue> followUpsDue(LocalDate today) {
        return db.withHandle(h -> h.attach(InteractionDao.class).followUpsDue(EARLIEST, today));
    }

    /** Complaints open or in progress, oldest first. */
    public List<OpenComplaint> openComplaints() {
        return db.withHandle(h -> h.attach(InteractionDao.class).openComplaints(OPEN_STATUSES));
    }

    /** How many complaints each account has open, for flagging accounts. */
    public Map<Long, Integer> openComplaintCounts() {
        return new HashMap<>(db.withHandle(h -> h.attach(InteractionDao.class).openComplaintCounts(OPEN_STATUSES)));
    }

    /**
     * The accounts that may be going quiet on {@code today}: last contacted before their tier's
     * cadence allows, or never (the domain rule then decides by the day they were added). Accounts
     * that exited the relationship are not expected to be contacted.
     */
    public List<ContactClock.AccountClock> quietCandidates(Cadence cadence, LocalDate today, ZoneId zone) {
        return db.withHandle(h -> h.attach(InteractionDao.class).quietCandidates(
                        cadence.quietBefore(Tier.A, today).atStartOfDay(),
                        cadence.quietBefore(Tier.B, today).atStartOfDay(),
                        cadence.quietBefore(Tier.C, today).atStartOfDay()))
                .stream()
                .map(q -> new ContactClock.AccountClock(q.id(), q.name(), q.tier(), q.lastContactAt(),
                        q.createdAt().atZone(zone).toLocalDate()))
                .toList();
    }

    /** Each active account's last contact (accounts never contacted are absent). */
    public Map<Long, LocalDateTime> lastContactByAccount() {
        return new LinkedHashMap<>(db.withHandle(h -> h.attach(InteractionDao.class).lastContactByAccount()));
    }

    /** Each active person's last contact (people never contacted are absent). */
    public Map<Long, LocalDateTime> lastContactByContact() {
        return new LinkedHashMap<>(db.withHandle(h -> h.attach(InteractionDao.class).lastContactByContact()));
    }

    public Optional<LocalDateTime> lastContactOfAccount(long accountId) {
        return db.withHandle(h -> h.attach(InteractionDao.class).lastContactOfAccount(accountId));
    }

    /** The plan H2 chooses for {@link #followUpsDue}, for the index tests. */
    String explainFollowUpsDue(LocalDate today) {
        return db.withHandle(h -> h.attach(InteractionDao.class).explainFollowUpsDue(EARLIEST, today));
    }

    /** The plan H2 chooses for {@link #openComplaints}, for the index tests. */
    String explainOpenComplaints() {
        return db.withHandle(h -> h.attach(InteractionDao.class).explainOpenComplaints(OPEN_STATUSES));
    }
}
