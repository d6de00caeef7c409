package dev.rapport.domain.plan;

import dev.rapport.domain.RelationshipLevel;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the rep records when the year closes: the figures reached, the level of bond reached
 * and a conclusion. The action figures (planned, done, cost, effect) are computed, see
 * {@link PlanReview}; these are what only the rep knows.
 */
public record YearEndReview(
        BigDecimal actualRevenue,
        BigDecimal actualShareOfWallet,
        RelationshipLevel levelReached,
        Integer actualSatisfaction,
        String conclusion,
        LocalDate reviewedOn) {

    public static final YearEndReview NONE = new YearEndReview(null, null, null, null, "", null);

    public YearEndReview {
        conclusion = conclusion == null ? "" : conclusion.strip();
    }

    public boolean isEmpty() {
        return actualRevenue == null && actualShareOfWallet == null && levelReached == null
                && actualSatisfaction == null && conclusion.isEmpty() && reviewedOn == null;
    }
}
