package dev.rapport.domain.plan;

import dev.rapport.domain.RelationshipLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * Plan against actual for one plan: per level and in total, the plan's budget against what
 * its actions plan to spend and did spend, and the year's figures against the objectives.
 */
public record PlanReview(
        Map<RelationshipLevel, LevelFigures> byLevel,
        LevelFigures total,
        BigDecimal planBudget,
        Objectives objectives,
        YearEndReview review) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PlanReview {
        byLevel = Map.copyOf(byLevel);
    }

    public static PlanReview of(Plan plan) {
        Map<RelationshipLevel, LevelFigures> levels = new EnumMap<>(RelationshipLevel.class);
        for (RelationshipLevel l : RelationshipLevel.values()) {
            levels.put(l, LevelFigures.of(l, plan.actions()));
        }
        return new PlanReview(levels, LevelFigures.of(null, plan.actions()), plan.budget(), plan.objectives(),
                plan.review());
    }

    public LevelFigures level(RelationshipLevel level) {
        return byLevel.get(level);
    }

    /** The actions' budgets add up to more than the plan's budget: allowed, but flagged. */
    public boolean plannedExceedsBudget() {
        return planBudget != null && total.budget().compareTo(planBudget) > 0;
    }

    /** More has been spent than the plan's budget. */
    public boolean actualExceedsBudget() {
        return planBudget != null && total.actual().compareTo(planBudget) > 0;
    }

    public boolean budgetFlagged() {
        return plannedExceedsBudget() || actualExceedsBudget();
    }

    /** What was spent as a percentage of the plan's budget, one decimal; null without a positive budget. */
    public BigDecimal budgetUsedPct() {
        return percent(total.actual(), planBudget);
    }

    /** Revenue reached as a percentage of the target, one decimal; null unless both are known. */
    public BigDecimal revenueAchievedPct() {
        return percent(review.actualRevenue(), objectives.revenueTarget());
    }

    /** Share of wallet reached minus the target, in percentage points; null unless both are known. */
    public BigDecimal shareOfWalletGap() {
        if (review.actualShareOfWallet() == null || objectives.shareOfWalletTarget() == null) {
            return null;
        }
        return review.actualShareOfWallet().subtract(objectives.shareOfWalletTarget());
    }

    /** Whether the level reached is at least the target level; null unless both are known. */
    public Boolean levelTargetMet() {
        if (review.levelReached() == null || objectives.targetLevel() == null) {
            return null;
        }
        return review.levelReached().rank() >= objectives.targetLevel().rank();
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
