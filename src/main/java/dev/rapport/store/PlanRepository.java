package dev.rapport.store;

import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes plans with their SWOT, actions and contacts; joins the caller's transaction
 * when there is one. Action ids stay the same across saves, so a logged interaction can point
 * at one.
 */
public final class PlanRepository {
    private final Database db;
    private final Clock clock;

    public PlanRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<Plan> find(long id) {
        return db.withHandle(h -> h.attach(PlanDao.class).find(id));
    }

    public Optional<Plan> findFor(long accountId, int year) {
        return db.withHandle(h -> {
            PlanDao dao = h.attach(PlanDao.class);
            return dao.planRowFor(accountId, year).map(p -> dao.complete(List.of(p)).get(0));
        });
    }

    public boolean exists(long accountId, int year) {
        return db.withHandle(h -> h.attach(PlanDao.class).planRowFor(accountId, year).isPresent());
    }

    /** The account's plans, the latest year first. */
    public List<Plan> forAccount(long accountId) {
        return db.withHandle(h -> {
            PlanDao dao = h.attach(PlanDao.class);
            return dao.complete(dao.planRowsOfAccount(accountId));
        });
    }

    /** Every plan for the year whose account is not deleted, by account name. */
    public List<Plan> forYear(int year) {
        return db.withHandle(h -> {
            PlanDao dao = h.attach(PlanDao.class);
            return dao.complete(dao.planRowsOfYear(year));
        });
    }

    public int countForAccount(long accountId) {
        return db.withHandle(h -> h.attach(PlanDao.class).countForAccount(accountId));
    }

    public Optional<PlanAction> findAction(long actionId) {
        return db.withHandle(h -> h.attach(PlanDao.class).findAction(actionId));
    }

    /** Saves a new plan with everything in it and returns it as stored, with ids. */
    public Plan insert(Plan plan) {
        Instant now = clock.instant();
        return db.inTransaction(() -> db.withHandle(h -> {
            PlanDao dao = h.attach(PlanDao.class);
            long id = dao.insertPlanRow(PlanRows.PlanRow.of(plan), Columns.utc(now), db.changedBy());
            dao.replaceSwot(id, plan.swot());
            for (int i = 0; i < plan.actions().size(); i++) {
                PlanAction a = plan.actions().get(i);
                long actionId = dao.insertActionRow(PlanRows.ActionRow.of(a, id, i), db.changedBy());
                dao.replaceActionContacts(actionId, a.contactIds());
            }
            return dao.find(id).orElseThrow();
        }));
    }

    /**
     * Saves changes to a plan: actions without an id are added, actions no longer in the plan
     * are removed, the others are updated in place. The plan's version guards the whole: it is
     * checked before anything is written, so a stale editor cannot remove an action added since.
     *
     * @throws dev.rapport.domain.EditConflict when the plan (or one of its actions) changed or was deleted
     *     since it was read: nothing is written, the newer data stays
     */
    public Plan update(Plan plan) {
        Instant now = clock.instant();
        return db.inTransaction(() -> db.withHandle(h -> {
            PlanDao dao = h.attach(PlanDao.class);
            StaleWrites.requireOne(dao.updatePlanRow(PlanRows.PlanRow.of(plan), Columns.utc(now), db.changedBy()), h, "plan",
                    plan.id());
            // the SWOT, the actions and their contacts are the plan's own rows: the version checked above
            // guards them, and any write to one action alone bumps it (touchPlan)
            dao.replaceSwot(plan.id(), plan.swot());
            Set<Long> kept = new HashSet<>();
            plan.actions().forEach(a -> kept.add(a.id()));
            for (Long existing : new ArrayList<>(dao.actionIds(plan.id()))) {
                if (!kept.contains(existing)) {
                    dao.deleteActionRow(existing);
                }
            }
            for (int i = 0; i < plan.actions().size(); i++) {
                PlanAction a = plan.actions().get(i);
                long actionId;
                if (a.id() == null) {
                    actionId = dao.insertActionRow(PlanRows.ActionRow.of(a, plan.id(), i), db.changedBy());
                } else {
                    // an action of another plan, or one read at another version, is never written over
                    StaleWrites.requireOne(dao.updateActionRow(PlanRows.ActionRow.of(a, plan.id(), i), db.changedBy()), h,
                            "plan_action", a.id());
                    actionId = a.id();
                }
                dao.replaceActionContacts(actionId, a.contactIds());
            }
            return dao.find(plan.id()).orElseThrow();
        }));
    }

    /**
     * Saves one action of a stored plan, in its place, and bumps the plan's version (which guards
     * the whole plan, so a plan editor opened before this save is refused).
     *
     * @throws dev.rapport.domain.EditConflict when the action changed or was deleted since it was read
     */
    public PlanAction updateAction(PlanAction action) {
        Instant now = clock.instant();
        return db.inTransaction(() -> db.withHandle(h -> {
            PlanDao dao = h.attach(PlanDao.class);
            if (dao.actionRow(action.id()).isEmpty()) {
                throw StaleWrites.conflict(h, "plan_action", action.id());
            }
            int position = dao.positionOf(action.id());
            StaleWrites.requireOne(dao.updateActionRow(PlanRows.ActionRow.of(action, action.planId(), position), db.changedBy()), h,
                    "plan_action", action.id());
            dao.replaceActionContacts(action.id(), action.contactIds());
            dao.touchPlan(action.planId(), Columns.utc(now), db.changedBy());
            return dao.findAction(action.id()).orElseThrow();
        }));
    }

    /**
     * Hides the plan with its actions until {@link #restore} brings it back.
     *
     * @param version the version the caller read
     * @return the version after the delete, which the undo names
     * @throws dev.rapport.domain.EditConflict when it changed or was deleted since it was read
     */
    public long softDelete(long planId, long version) {
        Instant now = clock.instant();
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(PlanDao.class).softDeletePlanRow(planId, version, Columns.utc(now), db.changedBy()), h,
                    "plan", planId);
            return null;
        });
        return version + 1;
    }

    /** A deleted plan as it was, for the undo; empty when it is not deleted (or does not exist). */
    public Optional<Plan> findDeleted(long planId) {
        return db.withHandle(h -> {
            PlanDao dao = h.attach(PlanDao.class);
            return dao.deletedPlanRow(planId).map(p -> dao.complete(List.of(p)).get(0));
        });
    }

    /**
     * Brings a deleted plan back with the same ids.
     *
     * @param version the version the delete left
     * @throws dev.rapport.domain.EditConflict when it is not deleted at that version (undone already, or
     *     changed since)
     */
    public void restore(long planId, long version) {
        Instant now = clock.instant();
        db.withHandle(h -> {
            StaleWrites.requireOne(h.attach(PlanDao.class).restorePlanRow(planId, version, Columns.utc(now), db.changedBy()), h,
                    "plan", planId);
            return null;
        });
    }
}
