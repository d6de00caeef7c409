package dev.rapport.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What makes a logged interaction acceptable to save. */
public final class InteractionRules {
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_OUTCOME = 1000;
    public static final int MAX_NOTES = 20_000;
    public static final int MAX_FOLLOW_UP = 500;
    public static final int MAX_RESOLUTION = 4000;
    private static final BigDecimal MAX_COST = new BigDecimal("99999999999999999.99");

    private InteractionRules() {
    }

    public static List<FieldProblem> check(Interaction i) {
        List<FieldProblem> problems = new ArrayList<>();
        if (i.at() == null) {
            problems.add(FieldProblem.of("at", "validation.required"));
        }
        if (i.channel() == null) {
            problems.add(FieldProblem.of("channel", "validation.required"));
        }
        if (i.subject().isEmpty()) {
            problems.add(FieldProblem.of("subject", "validation.required"));
        }
        length(problems, "subject", i.subject(), MAX_SUBJECT);
        length(problems, "outcome", i.outcome(), MAX_OUTCOME);
        length(problems, "notes", i.notes(), MAX_NOTES);
        length(problems, "followUpWhat", i.followUpWhat(), MAX_FOLLOW_UP);
        length(problems, "resolution", i.resolution(), MAX_RESOLUTION);
        if (i.cost() != null) {
            if (i.cost().signum() < 0) {
                problems.add(FieldProblem.of("cost", "validation.notNegative"));
            } else if (i.cost().compareTo(MAX_COST) > 0 || i.cost().stripTrailingZeros().scale() > 2) {
                problems.add(FieldProblem.of("cost", "validation.number"));
            }
        }
        if (i.followUpOn() == null && !i.followUpWhat().isEmpty()) {
            problems.add(FieldProblem.of("followUpOn", "contactlog.validation.followUpDate"));
        }
        if (i.followUpOn() != null && i.at() != null && i.followUpOn().isBefore(i.date())) {
            problems.add(FieldProblem.of("followUpOn", "contactlog.validation.followUpBefore"));
        }
        if (!i.isComplaint()) {
            if (i.complaintStatus() != null || i.resolvedOn() != null) {
                problems.add(FieldProblem.of("complaintStatus", "contactlog.validation.notAComplaint"));
            }
        } else if (i.complaintStatus() == ComplaintStatus.RESOLVED) {
            if (i.resolvedOn() == null) {
                problems.add(FieldProblem.of("resolvedOn", "contactlog.validation.resolvedOn"));
            } else if (i.at() != null && i.resolvedOn().isBefore(i.date())) {
                problems.add(FieldProblem.of("resolvedOn", "contactlog.validation.resolvedBefore"));
            }
        } else if (i.resolvedOn() != null) {
            problems.add(FieldProblem.of("resolvedOn", "contactlog.validation.resolvedOnlyWhenResolved"));
        }
        return problems;
    }

    public static void require(Interaction i) {
        List<FieldProblem> problems = check(i);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static void length(List<FieldProblem> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.add(FieldProblem.of(field, "validation.tooLong", max));
        }
    }
}
