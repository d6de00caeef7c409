package dev.rapport.domain;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures behind the Insights charts for one year and group: the portfolio at the year's end
 * by tier, stage and level, the year's exits by reason and churn by group, and today's health scores
 * in bands of twenty, the year's plan actions (planned, done, budget, actual cost) by level, and
 * contacts logged per month (1-12) and channel (the channel's name).
 */
public record Insights(int year, AccountGroup group, Map<Tier, Integer> byTier, Map<LifecycleStage, Integer> byStage,
        Map<RelationshipLevel, Integer> byLevel, Map<ExitReason, Integer> exitsByReason,
        List<ChurnAnalysis.Row> churnByGroup, Map<String, Integer> healthBands,
        Map<RelationshipLevel, dev.rapport.domain.plan.LevelFigures> planByLevel,
        Map<Integer, Map<String, Integer>> interactionsByMonth) {

    public static final List<String> BANDS = List.of("0-19", "20-39", "40-59", "60-79", "80-100");

    public static <E extends Enum<E>> Map<E, Integer> zeroes(Class<E> type) {
        Map<E, Integer> m = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, 0);
        }
        return m;
    }

    /** Adds up the plans' figures level by level (planned, done, cancelled, budget, actual). */
    public static Map<RelationshipLevel, dev.rapport.domain.plan.LevelFigures> sumByLevel(
            List<Map<RelationshipLevel, dev.rapport.domain.plan.LevelFigures>> plans) {
        Map<RelationshipLevel, dev.rapport.domain.plan.LevelFigures> out = new EnumMap<>(RelationshipLevel.class);
        for (RelationshipLevel l : RelationshipLevel.values()) {
            int planned = 0;
            int done = 0;
            int cancelled = 0;
            java.math.BigDecimal budget = java.math.BigDecimal.ZERO;
            java.math.BigDecimal actual = java.math.BigDecimal.ZERO;
            for (Map<RelationshipLevel, dev.rapport.domain.plan.LevelFigures> p : plans) {
                dev.rapport.domain.plan.LevelFigures f = p.get(l);
                if (f != null) {
                    planned += f.planned();
                    done += f.done();
                    cancelled += f.cancelled();
                    budget = budget.add(f.budget());
                    actual = actual.add(f.actual());
                }
            }
            out.put(l, new dev.rapport.domain.plan.LevelFigures(l, planned, done, cancelled, budget, actual, null));
        }
        return out;
    }

    public static Map<String, Integer> bands(List<Integer> scores) {
        Map<String, Integer> m = new LinkedHashMap<>();
        BANDS.forEach(b -> m.put(b, 0));
        for (int s : scores) {
            m.merge(BANDS.get(Math.min(4, Math.max(0, s) / 20)), 1, Integer::sum);
        }
        return m;
    }
}
