package dev.rapport.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Customer lifetime value (客户终生价值): the present value of the margin expected over the
 * remaining years, CLV = Σ_{t=1..n} m ÷ (1 + r)^t with m = revenue × margin %.
 */
public final class LifetimeValue {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LifetimeValue() {
    }

    /** Rounded to cents; null revenue or margin means the value is unknown (null). */
    public static BigDecimal of(BigDecimal annualRevenue, BigDecimal marginPct, RetentionSettings s) {
        if (annualRevenue == null || marginPct == null) {
            return null;
        }
        BigDecimal margin = annualRevenue.multiply(marginPct).divide(HUNDRED, MC);
        BigDecimal factor = BigDecimal.ONE.add(s.discountRatePct().divide(HUNDRED, MC));
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal discount = BigDecimal.ONE;
        for (int t = 1; t <= s.horizonYears(); t++) {
            discount = discount.multiply(factor, MC);
            sum = sum.add(margin.divide(discount, MC));
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }

    /** The yearly margin the value is built from: revenue × margin %, rounded to cents. */
    public static BigDecimal yearlyMargin(BigDecimal annualRevenue, BigDecimal marginPct) {
        if (annualRevenue == null || marginPct == null) {
            return null;
        }
        return annualRevenue.multiply(marginPct).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
