package dev.rapport.domain.plan;

import dev.rapport.domain.RelationshipLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Small builders for plans and actions in tests. */
final class PlanFixtures {
    private PlanFixtures() {
    }

    static PlanAction action(String title, RelationshipLevel level, ActionType type, YearMonth month, LocalDate date,
            String budget, ActionStatus status, String actual, Integer effect, boolean recurring) {
        return new PlanAction(null, null, title, level, type, month, date, "", List.of(), money(budget), status,
                money(actual), effect, "", recurring, status == ActionStatus.DONE ? (date != null ? date
                        : month.atDay(10)) : null, 0L);
    }

    static BigDecimal money(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
