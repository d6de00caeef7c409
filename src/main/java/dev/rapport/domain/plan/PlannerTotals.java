package dev.rapport.domain.plan;

import dev.rapport.domain.RelationshipLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The portfolio's figures for a year: budget and actual by level and by month, and the share
 * of actions at each level (are we stuck at the financial level?). Counts only the actions the
 * filter lets through.
 */
public record PlannerTotals(
        Map<RelationshipLevel, LevelFigures> byLevel,
        Map<Integer, LevelFigures> byMonth,
        LevelFigures total,
        BigDecimal planBudgets) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PlannerTotals {
        byLevel = Map.copyOf(byLevel);
        byMonth = Map.copyOf(byMonth);
    }

    public static PlannerTotals of(List<PlannedAccount> rows, PlannerFilter filter) {
        List<PlanAction> all = new ArrayList<>();
        BigDecimal budgets = BigDecimal.ZERO;
        for (PlannedAccount row : rows) {
            if (!filter.showsAccount(row.account())) {
                continue;
            }
            if (row.plan().budget() != null) {
                budgets = budgets.add(row.plan().budget());
            }
            for (PlanAction a : row.plan().actions()) {
                if (filter.test(row.account(), a)) {
                    all.add(a);
                }
            }
        }
        Map<RelationshipLevel, LevelFigures> levels = new EnumMap<>(RelationshipLevel.class);
        for (RelationshipLevel l : RelationshipLevel.values()) {
            levels.put(l, LevelFigures.of(l, all));
        }
        Map<Integer, LevelFigures> months = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            int month = m;
            months.put(m, LevelFigures.of(null, all.stream().filter(a -> a.month().getMonthValue() == month).toList()));
        }
        return new PlannerTotals(levels, months, LevelFigures.of(null, all), budgets);
    }

    /**
     * The level's share of all actions that are not cancelled, as a percentage with one
     * decimal; zero when there are none.
     */
    public BigDecimal sharePct(RelationshipLevel level) {
        if (total.planned() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(byLevel.get(level).planned()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(total.planned()), 1, RoundingMode.HALF_UP);
    }
}
