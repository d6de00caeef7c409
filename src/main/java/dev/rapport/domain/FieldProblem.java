package dev.rapport.domain;

import java.util.List;

/**
 * Why a field's value is not acceptable: a message key the UI translates, with its arguments.
 * The domain names the problem; it never words it.
 */
public record FieldProblem(String field, String messageKey, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String messageKey, Object... args) {
        return new FieldProblem(field, messageKey, List.of(args));
    }
}
