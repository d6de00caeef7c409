package dev.rapport.domain;

import java.math.BigDecimal;
import java.util.List;

final class Ranges {
    private Ranges() {
    }

    static void check(List<FieldProblem> problems, String field, BigDecimal value, BigDecimal min,
            BigDecimal max) {
        if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            problems.add(FieldProblem.of(field, "validation.range", min, max));
        }
    }
}
