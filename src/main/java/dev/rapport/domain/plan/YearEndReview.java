package dev.rapport.domain.plan;

import dev.rapport.domain.Account;
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

    /**
     * The review as the plan is closed: what the rep left empty is filled from the account as it
     * is now (its annual revenue, share of wallet, level of bond and satisfaction are what the year
     * reached) and today becomes the review day; what the rep typed stays, the conclusion too.
     */
    public YearEndReview filledFrom(Account account, LocalDate today) {
        return new YearEndReview(actualRevenue != null ? actualRevenue : account.annualRevenue(),
                actualShareOfWallet != null ? actualShareOfWallet : account.shareOfWalletPct(),
                levelReached != null ? levelReached : account.level(),
                actualSatisfaction != null ? actualSatisfaction : account.satisfaction(), conclusion,
                reviewedOn != null ? reviewedOn : today);
    }

    public boolean isEmpty() {
        return actualRevenue == null && actualShareOfWallet == null && levelReached == null
                && actualSatisfaction == null && conclusion.isEmpty() && reviewedOn == null;
    }
}
