package dev.rapport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What makes a contact acceptable to save. */
public final class ContactRules {
    public static final int MAX_NAME = 200;

    private ContactRules() {
    }

    public static List<FieldProblem> check(Contact c, Locale locale, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.name().isEmpty()) {
            problems.add(FieldProblem.of("name", "validation.required"));
        } else if (c.name().length() > MAX_NAME) {
            problems.add(FieldProblem.of("name", "validation.tooLong", MAX_NAME));
        }
        for (int i = 0; i < c.emails().size(); i++) {
            if (!ContactDetails.isEmail(c.emails().get(i).value())) {
                problems.add(FieldProblem.of("emails." + i, "validation.email"));
            }
        }
        for (int i = 0; i < c.phones().size(); i++) {
            if (!ContactDetails.isPhone(c.phones().get(i).value(), locale)) {
                problems.add(FieldProblem.of("phones." + i, "validation.phone"));
            }
        }
        if (c.birthday() != null && c.birthday().year() != null
                && c.birthday().celebratedIn(c.birthday().year()).isAfter(today)) {
            problems.add(FieldProblem.of("birthday", "validation.birthdayInFuture"));
        }
        if (c.leftOn() != null && c.leftOn().isAfter(today)) {
            problems.add(FieldProblem.of("leftOn", "validation.dateInFuture"));
        }
        return problems;
    }

    public static void require(Contact c, Locale locale, LocalDate today) {
        List<FieldProblem> problems = check(c, locale, today);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
