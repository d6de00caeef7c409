package dev.rapport.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ABC analysis (80/20): ranked by value, the accounts that bring the first 80 % of the total are
 * A, those up to 95 % are B, the rest C. The account that crosses a line still belongs above it.
 * Accounts without a value (or none above zero) are C.
 */
public final class AbcClassification {
    private static final BigDecimal A_SHARE = new BigDecimal("0.80");
    private static final BigDecimal B_SHARE = new BigDecimal("0.95");

    private AbcClassification() {
    }

    /** The value an account is ranked by, or null when it lacks the figures. */
    public static BigDecimal valueOf(Account a, AbcBasis basis) {
        return switch (basis) {
            case REVENUE -> a.annualRevenue();
            case MARGIN -> LifetimeValue.yearlyMargin(a.annualRevenue(), a.grossMarginPct());
        };
    }

    public static Map<Long, Tier> propose(Map<Long, BigDecimal> values) {
        List<Map.Entry<Long, BigDecimal>> ranked = new ArrayList<>(values.entrySet());
        ranked.sort(Comparator.comparing((Map.Entry<Long, BigDecimal> e) -> e.getValue() == null ? BigDecimal.ZERO
                : e.getValue()).reversed().thenComparing(Map.Entry::getKey));
        BigDecimal total = ranked.stream().map(Map.Entry::getValue)
                .filter(v -> v != null && v.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<Long, Tier> out = new LinkedHashMap<>();
        BigDecimal before = BigDecimal.ZERO;
        for (Map.Entry<Long, BigDecimal> e : ranked) {
            BigDecimal v = e.getValue();
            if (v == null || v.signum() <= 0 || total.signum() == 0) {
                out.put(e.getKey(), Tier.C);
                continue;
            }
            BigDecimal shareBefore = before.divide(total, java.math.MathContext.DECIMAL64);
            out.put(e.getKey(), shareBefore.compareTo(A_SHARE) < 0 ? Tier.A
                    : shareBefore.compareTo(B_SHARE) < 0 ? Tier.B : Tier.C);
            before = before.add(v);
        }
        return out;
    }
}
