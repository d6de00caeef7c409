package dev.rapport.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How lifetime value is discounted: the yearly discount rate in per cent and how many more years
 * a relationship is expected to last.
 */
public record RetentionSettings(BigDecimal discountRatePct, int horizonYears) {
    public static final RetentionSettings DEFAULTS = new RetentionSettings(BigDecimal.valueOf(8), 5);
    public static final int MAX_HORIZON = 50;

    public static List<FieldProblem> check(BigDecimal discountRatePct, Integer horizonYears) {
        List<FieldProblem> problems = new ArrayList<>();
        if (discountRatePct == null) {
            problems.add(FieldProblem.of("discountRatePct", "validation.required"));
        } else {
            Ranges.check(problems, "discountRatePct", discountRatePct, BigDecimal.ZERO, BigDecimal.valueOf(100));
        }
        if (horizonYears == null) {
            problems.add(FieldProblem.of("horizonYears", "validation.required"));
        } else if (horizonYears < 1 || horizonYears > MAX_HORIZON) {
            problems.add(FieldProblem.of("horizonYears", "validation.range", 1, MAX_HORIZON));
        }
        return problems;
    }
}
