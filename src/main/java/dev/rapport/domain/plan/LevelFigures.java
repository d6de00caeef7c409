package dev.rapport.domain.plan;

import dev.rapport.domain.RelationshipLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Plan against actual for a group of actions (one level, one month, or all).
 * Cancelled actions are not counted as planned and their budget is not counted; what they cost
 * before they were cancelled is. The average effect is over the actions whose effect was rated,
 * to two decimals, or null when none was.
 *
 * @param level null for a total over all levels
 */
public record LevelFigures(
        RelationshipLevel level,
        int planned,
        int done,
        int cancelled,
        BigDecimal budget,
        BigDecimal actual,
        BigDecimal averageEffect) {

    public static LevelFigures of(RelationshipLevel level, Collection<PlanAction> actions) {
        int planned = 0;
        int done = 0;
        int cancelled = 0;
        int rated = 0;
        int effectSum = 0;
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        for (PlanAction a : actions) {
            if (level != null && a.level() != level) {
                continue;
            }
            if (a.status() == ActionStatus.CANCELLED) {
                cancelled++;
            } else {
                planned++;
                if (a.budget() != null) {
                    budget = budget.add(a.budget());
                }
            }
            if (a.status() == ActionStatus.DONE) {
                done++;
            }
            if (a.actualCost() != null) {
                actual = actual.add(a.actualCost());
            }
            if (a.effect() != null) {
                rated++;
                effectSum += a.effect();
            }
        }
        BigDecimal average = rated == 0 ? null
                : BigDecimal.valueOf(effectSum).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);
        return new LevelFigures(level, planned, done, cancelled, budget, actual, average);
    }

    /** Done as a share of planned, 0..1 (0 when nothing is planned). */
    public double doneShare() {
        return planned == 0 ? 0 : (double) done / planned;
    }

    /** Actual minus budget: positive when over budget. */
    public BigDecimal variance() {
        return actual.subtract(budget);
    }
}
