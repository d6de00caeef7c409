package dev.rapport.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What makes family members, important dates, gifts and gift ideas acceptable to save. */
public final class MemoryRules {
    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 500;
    public static final int MAX_TAG = 100;

    private MemoryRules() {
    }

    public static List<FieldProblem> check(FamilyMember m, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        name(problems, "name", m.name(), MAX_NAME);
        Birthday b = m.birthday();
        if (b != null && b.year() != null && b.celebratedIn(b.year()).isAfter(today)) {
            problems.add(FieldProblem.of("birthday", "validation.birthdayInFuture"));
        }
        return problems;
    }

    public static List<FieldProblem> check(ImportantDate d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.date() == null) {
            problems.add(FieldProblem.of("date", "validation.required"));
        }
        if (d.kind() == DateKind.CUSTOM && d.title().isEmpty()) {
            problems.add(FieldProblem.of("title", "validation.required"));
        } else if (d.title().length() > MAX_NAME) {
            problems.add(FieldProblem.of("title", "validation.tooLong", MAX_NAME));
        }
        if ((d.contactId() == null) == (d.accountId() == null)) {
            throw new IllegalArgumentException("an important date belongs to a contact or an account: " + d);
        }
        return problems;
    }

    public static List<FieldProblem> check(Gift g, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        name(problems, "what", g.what(), MAX_TEXT);
        if (g.givenOn() == null) {
            problems.add(FieldProblem.of("givenOn", "validation.required"));
        } else if (g.givenOn().isAfter(today)) {
            problems.add(FieldProblem.of("givenOn", "validation.dateInFuture"));
        }
        if (g.cost() != null && g.cost().compareTo(BigDecimal.ZERO) < 0) {
            problems.add(FieldProblem.of("cost", "validation.notNegative"));
        }
        if (g.occasion().length() > MAX_NAME) {
            problems.add(FieldProblem.of("occasion", "validation.tooLong", MAX_NAME));
        }
        if (g.givenBy().length() > MAX_NAME) {
            problems.add(FieldProblem.of("givenBy", "validation.tooLong", MAX_NAME));
        }
        return problems;
    }

    public static List<FieldProblem> check(GiftIdea idea) {
        List<FieldProblem> problems = new ArrayList<>();
        name(problems, "idea", idea.idea(), MAX_TEXT);
        return problems;
    }

    public static List<FieldProblem> check(Preferences p) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String tag : p.tags()) {
            if (tag.length() > MAX_TAG) {
                problems.add(FieldProblem.of("tags", "validation.tooLong", MAX_TAG));
                break;
            }
        }
        return problems;
    }

    public static void require(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static void name(List<FieldProblem> problems, String field, String value, int max) {
        if (value.isEmpty()) {
            problems.add(FieldProblem.of(field, "validation.required"));
        } else if (value.length() > max) {
            problems.add(FieldProblem.of(field, "validation.tooLong", max));
        }
    }
}
