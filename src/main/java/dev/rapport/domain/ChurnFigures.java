package dev.rapport.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The seeds' exit-management figures for one period and group.
 *
 * @param accountsAtStart       accounts we had on the period's first day
 * @param exits                 exits in the period, including accounts won and lost within it
 * @param exitsOfNewAccounts    of those, accounts that began during the period (not in the rate's base)
 * @param churnRatePct          accounts at start that left ÷ accounts at start, in per cent; empty with none at start
 * @param revenueLost           annual revenue of the accounts that left
 * @param profitLost            revenue lost × margin at exit: what the exits cost per year
 * @param averageLifetimeValueLost the mean customer lifetime value of the accounts that left; empty without exits
 * @param breakEvenRetentionBudget what a measure that kept all of them may cost and still pay off in a year
 */
public record ChurnFigures(int accountsAtStart, int exits, int exitsOfNewAccounts, Optional<BigDecimal> churnRatePct,
        BigDecimal revenueLost, BigDecimal profitLost, Optional<BigDecimal> averageLifetimeValueLost,
        BigDecimal breakEvenRetentionBudget) {
}
