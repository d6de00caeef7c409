package dev.rapport.domain.plan;

import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One thing the plan says we will do for the account: at which level of bond, of which type,
 * in which month (on a given day, or just "some time in May"), by whom, with whom, for how much;
 * and afterwards what it cost and what it achieved. An id of null means not saved yet. The version is the
 * stored row's version when it was read (0 when not saved).
 *
 * <p>When a day is given, the month is always that day's month.
 */
public record PlanAction(
        Long id,
        Long planId,
        String title,
        RelationshipLevel level,
        ActionType type,
        YearMonth month,
        LocalDate date,
        String owner,
        List<Long> contactIds,
        BigDecimal budget,
        ActionStatus status,
        BigDecimal actualCost,
        Integer effect,
        String notes,
        boolean recurring,
        LocalDate doneOn,
        long version) {

    public PlanAction {
        title = Text.trimToEmpty(title);
        Objects.requireNonNull(level, "level");
        type = type == null ? ActionType.OTHER : type;
        if (date != null) {
            month = YearMonth.from(date);
        }
        Objects.requireNonNull(month, "month");
        owner = Text.trimToEmpty(owner);
        contactIds = contactIds == null ? List.of() : contactIds.stream().filter(Objects::nonNull).distinct().toList();
        status = status == null ? ActionStatus.PLANNED : status;
        notes = notes == null ? "" : notes.strip();
    }

    /** A new planned action for a month, no day, no budget yet. */
    public static PlanAction planned(String title, RelationshipLevel level, ActionType type, YearMonth month) {
        return new PlanAction(null, null, title, level, type, month, null, "", List.of(), null,
                ActionStatus.PLANNED, null, null, "", false, null, 0L);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** The last day it can be done on time: its day, else the end of its month. */
    public LocalDate dueBy() {
        return date != null ? date : month.atEndOfMonth();
    }

    public PlanAction withId(Long newId, Long newPlanId) {
        return new PlanAction(newId, newPlanId, title, level, type, month, date, owner, contactIds, budget, status,
                actualCost, effect, notes, recurring, doneOn, version);
    }

    public PlanAction withStatus(ActionStatus newStatus) {
        return new PlanAction(id, planId, title, level, type, month, date, owner, contactIds, budget, newStatus,
                actualCost, effect, notes, recurring, newStatus == ActionStatus.DONE ? doneOn : null, version);
    }

    public PlanAction withBudget(BigDecimal newBudget) {
        return new PlanAction(id, planId, title, level, type, month, date, owner, contactIds, newBudget, status,
                actualCost, effect, notes, recurring, doneOn, version);
    }

    public PlanAction withOutcome(BigDecimal newActualCost, Integer newEffect, String newNotes) {
        return new PlanAction(id, planId, title, level, type, month, date, owner, contactIds, budget, status,
                newActualCost, newEffect, newNotes, recurring, doneOn, version);
    }

    public PlanAction withOwnerAndContacts(String newOwner, List<Long> newContacts) {
        return new PlanAction(id, planId, title, level, type, month, date, newOwner,
                newContacts, budget, status, actualCost, effect, notes, recurring, doneOn, version);
    }

    public PlanAction withRecurring(boolean newRecurring) {
        return new PlanAction(id, planId, title, level, type, month, date, owner, contactIds, budget, status,
                actualCost, effect, notes, newRecurring, doneOn, version);
    }

    public PlanAction onDate(LocalDate newDate) {
        return new PlanAction(id, planId, title, level, type, newDate == null ? month : YearMonth.from(newDate),
                newDate, owner, contactIds, budget, status, actualCost, effect, notes, recurring, doneOn, version);
    }

    /**
     * Done on that day. A cost given replaces the one recorded; none keeps it (a logged visit
     * that cost nothing extra does not wipe a gift's price entered before).
     */
    public PlanAction done(LocalDate on, BigDecimal cost) {
        return new PlanAction(id, planId, title, level, type, month, date, owner, contactIds, budget,
                ActionStatus.DONE, cost != null ? cost : actualCost, effect, notes, recurring, on, version);
    }

    /**
     * Moved to another month. A day is kept where the new month has it, else the month's last
     * day (31 May moved to June is 30 June).
     */
    public PlanAction movedTo(YearMonth newMonth) {
        LocalDate newDate = date == null ? null : newMonth.atDay(Math.min(date.getDayOfMonth(), newMonth.lengthOfMonth()));
        return new PlanAction(id, planId, title, level, type, newMonth, newDate, owner, contactIds, budget, status,
                actualCost, effect, notes, recurring, doneOn, version);
    }

    /** The same action a number of years later; 29 February becomes 28 February in a common year. */
    PlanAction shiftedYears(int years) {
        LocalDate newDate = date == null ? null : date.plusYears(years);
        return new PlanAction(id, planId, title, level, type, month.plusYears(years), newDate, owner, contactIds,
                budget, status, actualCost, effect, notes, recurring, doneOn, version);
    }

    /** The same action as stored at another row version (what the store read or wrote last). */
    public PlanAction withVersion(long newVersion) {
        return new PlanAction(id, planId, title, level, type, month, date, owner, contactIds, budget, status, actualCost, effect, notes, recurring, doneOn, newVersion);
    }
}
