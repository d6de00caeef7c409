package dev.rapport.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What makes an exit record acceptable: a date not in the future, revenue not negative, a sane margin. */
public final class ExitRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ExitRules() {
    }

    public static List<FieldProblem> check(AccountExit exit, LocalDate customerSince, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (exit.exitedOn().isAfter(today)) {
            problems.add(FieldProblem.of("exitedOn", "validation.dateInFuture"));
        }
        if (customerSince != null && customerSince.isAfter(exit.exitedOn())) {
            problems.add(FieldProblem.of("customerSince", "retention.validation.sinceAfterExit"));
        }
        if (exit.revenueAtExit() == null) {
            problems.add(FieldProblem.of("revenueAtExit", "validation.required"));
        } else if (exit.revenueAtExit().signum() < 0) {
            problems.add(FieldProblem.of("revenueAtExit", "validation.notNegative"));
        }
        if (exit.marginPctAtExit() == null) {
            problems.add(FieldProblem.of("marginPctAtExit", "validation.required"));
        } else {
            Ranges.check(problems, "marginPctAtExit", exit.marginPctAtExit(), HUNDRED.negate(), HUNDRED);
        }
        return problems;
    }

    public static void require(AccountExit exit, LocalDate customerSince, LocalDate today) {
        List<FieldProblem> problems = check(exit, customerSince, today);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
