package dev.rapport.store;

import dev.rapport.domain.AccountExit;
import dev.rapport.domain.AccountSegment;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes exit records and an account's "customer since" day; joins the caller's transaction. */
public final class RetentionRepository {
    private final Database db;
    private final Clock clock;

    public RetentionRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public AccountExit insert(AccountExit exit) {
        AccountSegment seg = exit.segmentAtExit();
        return db.withHandle(h -> exit.withId(h.attach(ExitDao.class).insert(exit, exit.reason().name(),
                seg == null ? null : seg.tier().name(), seg == null ? null : seg.partyType().name(),
                seg == null ? null : seg.industry(), Columns.utc(clock.instant()), db.changedBy())).withVersion(1));
    }

    public List<AccountExit> exitsOf(long accountId) {
        return db.withHandle(h -> h.attach(ExitDao.class).ofAccount(accountId));
    }

    /** Every exit of every account not deleted, oldest first. */
    public List<AccountExit> allExits() {
        return db.withHandle(h -> h.attach(ExitDao.class).all());
    }

    /**
     * Notes the day an exit was undone.
     *
     * @return the version the write left
     * @throws dev.rapport.domain.EditConflict when the exit changed since it was read (or was reactivated)
     */
    public long markReactivated(AccountExit exit, LocalDate day) {
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(ExitDao.class).reactivate(exit.id(), exit.version(), day, db.changedBy()), h,
                    "account_exit", exit.id());
            return null;
        });
        return exit.version() + 1;
    }

    /**
     * Takes a reactivation back: the exit has no day of return again.
     *
     * @param version the version the reactivation left
     * @return the version this write left
     * @throws dev.rapport.domain.EditConflict when the exit changed since (edited, or not reactivated)
     */
    public long clearReactivated(long exitId, long version) {
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(ExitDao.class).unreactivate(exitId, version, db.changedBy()), h,
                    "account_exit", exitId);
            return null;
        });
        return version + 1;
    }

    /**
     * Saves the typed parts of an exit (date, reason, words, revenue, margin, avoidable, win-back
     * plan); the segment at exit and the reactivation day are not touched.
     *
     * @return the exit at the version the update left
     * @throws dev.rapport.domain.EditConflict when the exit changed or went since it was read
     */
    public AccountExit update(AccountExit exit) {
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(ExitDao.class).update(exit, exit.reason().name(), db.changedBy()), h, "account_exit",
                    exit.id());
            return null;
        });
        return exit.withVersion(exit.version() + 1);
    }

    /** The "customer since" day the user set for the account, or null when none was set. */
    public LocalDate customerSinceSet(long accountId) {
        return db.withHandle(h -> h.attach(ExitDao.class).customerSinceOf(accountId));
    }

    /**
     * Removes an exit recorded by mistake (the Undo right after recording it).
     *
     * @throws dev.rapport.domain.EditConflict when the exit changed since it was read
     */
    public void deleteExit(AccountExit exit) {
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(ExitDao.class).delete(exit.id(), exit.version()), h, "account_exit",
                    exit.id());
            return null;
        });
    }

    /** Sets (or with null clears) the day the relationship began. */
    public void setCustomerSince(long accountId, LocalDate since) {
        if (db.withHandle(h -> h.attach(ExitDao.class).setCustomerSince(accountId, since)) == 0) {
            throw new NotFoundException("account " + accountId);
        }
    }

    /** The "customer since" days that were set, by account. */
    public Map<Long, LocalDate> customerSince() {
        Map<Long, LocalDate> out = new HashMap<>();
        for (Map<String, Object> row : db.withHandle(h -> h.attach(ExitDao.class).customerSinceRows())) {
            Object day = row.get("customer_since");
            out.put(((Number) row.get("id")).longValue(),
                    day instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) day);
        }
        return out;
    }

    /** Per account, how many key buying roles (decision maker, influencer, champion) current people hold. */
    public Map<Long, Integer> keyRolesCovered() {
        Map<Long, Integer> out = new HashMap<>();
        for (Map<String, Object> row : db.withHandle(h -> h.attach(ExitDao.class).keyRoleRows())) {
            out.put(((Number) row.get("account_id")).longValue(), ((Number) row.get("roles")).intValue());
        }
        return out;
    }

    /** How many contacts were logged per account since that moment. */
    public Map<Long, Integer> interactionCounts(java.time.LocalDateTime from) {
        Map<Long, Integer> out = new HashMap<>();
        for (Map<String, Object> row : db.withHandle(h -> h.attach(ExitDao.class).interactionCountRows(from))) {
            out.put(((Number) row.get("account_id")).longValue(), ((Number) row.get("n")).intValue());
        }
        return out;
    }

    /** One account's contacts in one channel in one month (1-12). */
    public record MonthCount(long accountId, String channel, int month, int count) {
    }

    /** Contacts logged from {@code from} (included) to {@code to} (excluded), per account, channel and month. */
    public List<MonthCount> interactionsByMonth(java.time.LocalDateTime from, java.time.LocalDateTime to) {
        return db.withHandle(h -> h.attach(ExitDao.class).interactionMonthRows(from, to)).stream()
                .map(r -> new MonthCount(((Number) r.get("account_id")).longValue(), (String) r.get("channel"),
                        ((Number) r.get("m")).intValue(), ((Number) r.get("n")).intValue()))
                .toList();
    }
}
