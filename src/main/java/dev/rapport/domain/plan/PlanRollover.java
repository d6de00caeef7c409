package dev.rapport.domain.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * "Plan next year": the new year's draft starts from this year's objectives, SWOT, strategy
 * and budget, with the recurring actions copied a year later as fresh, planned actions, and on
 * request the actions still open carried forward. Nothing of this year's outcome is copied.
 */
public final class PlanRollover {
    private PlanRollover() {
    }

    public static Plan nextYear(Plan from, boolean carryOpen) {
        List<PlanAction> actions = new ArrayList<>();
        for (PlanAction a : from.actions()) {
            if (a.recurring()) {
                actions.add(fresh(a, ""));
            } else if (carryOpen && a.isOpen()) {
                actions.add(fresh(a, a.notes()));
            }
        }
        return new Plan(null, from.accountId(), from.year() + 1, PlanStatus.DRAFT, from.objectives(), from.swot(),
                from.strategy(), from.budget(), actions, YearEndReview.NONE, null, null, 0L);
    }

    private static PlanAction fresh(PlanAction a, String notes) {
        PlanAction next = a.shiftedYears(1);
        return new PlanAction(null, null, next.title(), next.level(), next.type(), next.month(), next.date(),
                next.owner(), next.contactIds(), next.budget(), ActionStatus.PLANNED, null, null, notes,
                next.recurring(), null, 0L);
    }
}
