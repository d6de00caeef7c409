package dev.rapport.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The relationship health score, 0 to 100, with the parts that explain it. Only parts with real
 * data count; their weights are scaled up to the whole, so a missing part never drags the score.
 */
public record HealthScore(int score, List<Part> parts) {
    /** Below this an active account is suggested for the "at risk" stage. */
    public static final int AT_RISK_BELOW = 40;
    private static final Set<LifecycleStage> CAN_DRIFT =
            EnumSet.of(LifecycleStage.INITIATION, LifecycleStage.GROWTH, LifecycleStage.MAINTENANCE);

    /**
     * One part: how good it is (0..1), its weight, and the facts that explain it (for the
     * message {@code retention.health.part.NAME}).
     */
    public record Part(HealthPart part, BigDecimal value, List<Object> facts) {
        public Part {
            facts = List.copyOf(facts);
        }

        /** The part on its own, 0..100. */
        public int points() {
            return value.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).intValue();
        }
    }

    public HealthScore {
        parts = List.copyOf(parts);
    }

    public static HealthScore of(EngagementFacts f) {
        List<Part> parts = new ArrayList<>();
        if (f.daysSinceLastContact() != null || f.neverContacted()) {
            BigDecimal v;
            if (f.neverContacted()) {
                v = BigDecimal.ZERO;
            } else {
                int days = f.daysSinceLastContact();
                int cadence = f.cadenceDays();
                // full marks within the cadence, falling to nothing at twice the cadence
                v = days <= cadence ? BigDecimal.ONE : days >= 2 * cadence ? BigDecimal.ZERO
                        : BigDecimal.valueOf(2L * cadence - days).divide(BigDecimal.valueOf(cadence), MathContext.DECIMAL64);
            }
            parts.add(new Part(HealthPart.CONTACT_FRESHNESS, v, f.neverContacted() ? List.of(-1, f.cadenceDays())
                    : List.of(f.daysSinceLastContact(), f.cadenceDays())));
        }
        if (f.keyRolesCovered() != null) {
            int covered = Math.max(0, Math.min(EngagementFacts.KEY_ROLES, f.keyRolesCovered()));
            parts.add(new Part(HealthPart.KEY_PEOPLE, ratio(covered, EngagementFacts.KEY_ROLES),
                    List.of(covered, EngagementFacts.KEY_ROLES)));
        }
        if (f.planProgress() != null) {
            BigDecimal p = f.planProgress().max(BigDecimal.ZERO).min(BigDecimal.ONE);
            parts.add(new Part(HealthPart.PLAN_PROGRESS, p, List.of(p.multiply(BigDecimal.valueOf(100))
                    .setScale(0, RoundingMode.HALF_UP).intValue())));
        }
        if (f.openComplaints() != null) {
            int open = Math.max(0, f.openComplaints());
            // one open complaint halves the part, two or more empty it
            BigDecimal v = open == 0 ? BigDecimal.ONE : open == 1 ? new BigDecimal("0.5") : BigDecimal.ZERO;
            parts.add(new Part(HealthPart.OPEN_COMPLAINTS, v, List.of(open)));
        }
        if (f.satisfaction() != null) {
            int s = Math.max(1, Math.min(5, f.satisfaction()));
            parts.add(new Part(HealthPart.SATISFACTION, ratio(s - 1, 4), List.of(s)));
        }
        parts.add(new Part(HealthPart.LEVEL, ratio(f.level().rank(), 3), List.of(f.level().rank())));
        BigDecimal weighted = BigDecimal.ZERO;
        int weights = 0;
        for (Part p : parts) {
            weighted = weighted.add(p.value().multiply(BigDecimal.valueOf(p.part().weight())));
            weights += p.part().weight();
        }
        int score = weighted.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(weights), 0, RoundingMode.HALF_UP).intValue();
        return new HealthScore(score, parts);
    }

    private static BigDecimal ratio(int a, int b) {
        return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), MathContext.DECIMAL64);
    }

    /** Whether an account in this stage with this score should be moved to "at risk". */
    public boolean suggestsAtRisk(LifecycleStage stage) {
        return score < AT_RISK_BELOW && CAN_DRIFT.contains(stage);
    }
}
