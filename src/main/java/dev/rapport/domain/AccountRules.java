package dev.rapport.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What makes an account acceptable to save. */
public final class AccountRules {
    public static final int MAX_NAME = 200;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AccountRules() {
    }

    public static List<FieldProblem> check(Account a, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        if (a.name().isEmpty()) {
            problems.add(FieldProblem.of("name", "validation.required"));
        } else if (a.name().length() > MAX_NAME) {
            problems.add(FieldProblem.of("name", "validation.tooLong", MAX_NAME));
        }
        if (a.annualRevenue() != null && a.annualRevenue().signum() < 0) {
            problems.add(FieldProblem.of("annualRevenue", "validation.notNegative"));
        }
        Ranges.check(problems, "grossMarginPct", a.grossMarginPct(), HUNDRED.negate(), HUNDRED);
        Ranges.check(problems, "shareOfWalletPct", a.shareOfWalletPct(), BigDecimal.ZERO, HUNDRED);
        if (a.satisfaction() != null && (a.satisfaction() < 1 || a.satisfaction() > 5)) {
            problems.add(FieldProblem.of("satisfaction", "validation.range", 1, 5));
        }
        if (!a.phone().isEmpty() && !ContactDetails.isPhone(a.phone(), locale)) {
            problems.add(FieldProblem.of("phone", "validation.phone"));
        }
        if (!a.website().isEmpty() && a.website().chars().anyMatch(Character::isWhitespace)) {
            problems.add(FieldProblem.of("website", "validation.website"));
        }
        return problems;
    }

    public static void require(Account a, Locale locale) {
        List<FieldProblem> problems = check(a, locale);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
