package dev.rapport.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Steps 1 to 4 of exit management (退出管理): churn rate, exits by reason and by group, profit
 * lost, and what retention may cost. Pure arithmetic over {@link ChurnSubject}s.
 */
public final class ChurnAnalysis {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ChurnAnalysis() {
    }

    /** One group's row of the churn table: its key (see {@link ChurnGroup#keyOf}) and figures. */
    public record Row(String group, ChurnFigures figures) {
    }

    /**
     * The churn table: the whole portfolio, one row per group (an account that left counts in the
     * group it was in then, see {@link ChurnSubject#groupedFor}), and the exits counted by reason.
     */
    public record Table(Period period, ChurnGroup grouping, ChurnFigures total, List<Row> rows,
            Map<ExitReason, Integer> exitsByReason) {
    }

    public static Table table(List<ChurnSubject> subjects, Period period, ChurnGroup grouping, RetentionSettings settings) {
        Map<String, List<ChurnSubject>> groups = new TreeMap<>();
        for (ChurnSubject s : subjects) {
            groups.computeIfAbsent(grouping.keyOf(s.groupedFor(period)), k -> new ArrayList<>()).add(s);
        }
        List<Row> rows = new ArrayList<>();
        if (grouping != ChurnGroup.NONE) {
            groups.forEach((key, members) -> {
                ChurnFigures f = figures(members, period, settings);
                if (f.accountsAtStart() > 0 || f.exits() > 0) {
                    rows.add(new Row(key, f));
                }
            });
        }
        return new Table(period, grouping, figures(subjects, period, settings), List.copyOf(rows),
                exitsByReason(subjects, period));
    }

    public static ChurnFigures figures(List<ChurnSubject> subjects, Period period, RetentionSettings settings) {
        int atStart = 0;
        int exits = 0;
        int exitsOfNew = 0;
        Set<Long> leaversFromStart = new HashSet<>();
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal profit = BigDecimal.ZERO;
        BigDecimal lifetimeValue = BigDecimal.ZERO;
        for (ChurnSubject s : subjects) {
            boolean present = s.activeOn(period.start());
            if (present) {
                atStart++;
            }
            for (AccountExit e : s.exits()) {
                if (!period.contains(e.exitedOn())) {
                    continue;
                }
                exits++;
                if (present) {
                    leaversFromStart.add(s.accountId());
                } else {
                    exitsOfNew++;
                }
                revenue = revenue.add(e.revenueOrZero());
                profit = profit.add(e.profitAtExit());
                lifetimeValue = lifetimeValue.add(LifetimeValue.of(e.revenueOrZero(),
                        e.marginPctAtExit() == null ? BigDecimal.ZERO : e.marginPctAtExit(), settings));
            }
        }
        Optional<BigDecimal> rate = atStart == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(leaversFromStart.size()).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(atStart), 2, RoundingMode.HALF_UP));
        Optional<BigDecimal> averageLtv = exits == 0 ? Optional.empty()
                : Optional.of(lifetimeValue.divide(BigDecimal.valueOf(exits), 2, RoundingMode.HALF_UP));
        return new ChurnFigures(atStart, exits, exitsOfNew, rate, revenue.setScale(2, RoundingMode.HALF_UP),
                profit.setScale(2, RoundingMode.HALF_UP), averageLtv, profit.setScale(2, RoundingMode.HALF_UP));
    }

    /** Exits in the period counted per reason, every reason present (zero when none), in the enum's order. */
    public static Map<ExitReason, Integer> exitsByReason(List<ChurnSubject> subjects, Period period) {
        Map<ExitReason, Integer> counts = new EnumMap<>(ExitReason.class);
        for (ExitReason r : ExitReason.values()) {
            counts.put(r, 0);
        }
        for (ChurnSubject s : subjects) {
            for (AccountExit e : s.exits()) {
                if (period.contains(e.exitedOn())) {
                    counts.merge(e.reason(), 1, Integer::sum);
                }
            }
        }
        return new LinkedHashMap<>(counts);
    }
}
