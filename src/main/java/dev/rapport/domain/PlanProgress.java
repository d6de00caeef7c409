package dev.rapport.domain;

import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.PlanAction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;

/**
 * How far a year's plan is along: of the actions due by today (and those already done early),
 * the share done. Cancelled actions do not count; with nothing due yet there is no progress to
 * judge (null), so a plan made in January does not look behind.
 */
public final class PlanProgress {
    private PlanProgress() {
    }

    public static BigDecimal of(List<PlanAction> actions, LocalDate today) {
        int considered = 0;
        int done = 0;
        for (PlanAction a : actions) {
            if (a.status() == ActionStatus.CANCELLED) {
                continue;
            }
            boolean isDone = a.status() == ActionStatus.DONE;
            if (isDone || !a.dueBy().isAfter(today)) {
                considered++;
                if (isDone) {
                    done++;
                }
            }
        }
        return considered == 0 ? null
                : BigDecimal.valueOf(done).divide(BigDecimal.valueOf(considered), MathContext.DECIMAL64);
    }
}
