package dev.rapport.domain;

import java.math.BigDecimal;

/**
 * What an account is worth and how the relationship stands: lifetime value (null without
 * revenue and margin), RFM, health score and the ABC tiers proposed by revenue and by margin.
 */
public record AccountValue(long accountId, BigDecimal yearlyMargin, BigDecimal lifetimeValue,
        RetentionSettings settings, Rfm rfm, HealthScore health, Tier proposedByRevenue, Tier proposedByMargin) {
}
