package dev.rapport.domain.plan;

import dev.rapport.domain.FieldProblem;
import dev.rapport.domain.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a plan acceptable to save. Money is never negative; a plan whose actions cost
 * more than its budget is allowed (and flagged, see {@link PlanReview#budgetFlagged()}).
 * Problems with an action are reported at {@code actions.N.field}.
 */
public final class PlanRules {
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_TITLE = 300;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PlanRules() {
    }

    public static List<FieldProblem> check(Plan plan) {
        List<FieldProblem> problems = new ArrayList<>();
        if (plan.year() < MIN_YEAR || plan.year() > MAX_YEAR) {
            problems.add(FieldProblem.of("year", "validation.range", MIN_YEAR, MAX_YEAR));
        }
        notNegative(problems, "budget", plan.budget());
        Objectives o = plan.objectives();
        notNegative(problems, "revenueTarget", o.revenueTarget());
        percent(problems, "shareOfWalletTarget", o.shareOfWalletTarget());
        satisfaction(problems, "targetSatisfaction", o.targetSatisfaction());
        YearEndReview r = plan.review();
        notNegative(problems, "actualRevenue", r.actualRevenue());
        percent(problems, "actualShareOfWallet", r.actualShareOfWallet());
        satisfaction(problems, "actualSatisfaction", r.actualSatisfaction());
        for (int i = 0; i < plan.actions().size(); i++) {
            problems.addAll(checkAction(plan.actions().get(i), plan.year(), "actions." + i + "."));
        }
        return problems;
    }

    /** The problems of one action in a plan for that year, fields prefixed as given. */
    public static List<FieldProblem> checkAction(PlanAction a, int year, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (a.title().isEmpty()) {
            problems.add(FieldProblem.of(prefix + "title", "validation.required"));
        } else if (a.title().length() > MAX_TITLE) {
            problems.add(FieldProblem.of(prefix + "title", "validation.tooLong", MAX_TITLE));
        }
        if (a.month().getYear() != year) {
            problems.add(FieldProblem.of(prefix + "month", "plans.validation.actionYear", year));
        }
        notNegative(problems, prefix + "budget", a.budget());
        notNegative(problems, prefix + "actualCost", a.actualCost());
        satisfaction(problems, prefix + "effect", a.effect());
        return problems;
    }

    public static void require(Plan plan) {
        List<FieldProblem> problems = check(plan);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static void notNegative(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            problems.add(FieldProblem.of(field, "validation.notNegative"));
        }
    }

    private static void percent(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            problems.add(FieldProblem.of(field, "validation.range", 0, 100));
        }
    }

    private static void satisfaction(List<FieldProblem> problems, String field, Integer value) {
        if (value != null && (value < 1 || value > 5)) {
            problems.add(FieldProblem.of(field, "validation.range", 1, 5));
        }
    }
}
