package dev.rapport.exchange;

import java.util.List;

/**
 * Why one row (a CSV line, a vCard) was not taken in: a message key of the exchange bundle with
 * its arguments. Position 0 means the whole file.
 */
public record RowProblem(int position, String messageKey, List<Object> args) {

    public RowProblem {
        args = List.copyOf(args);
    }

    public static RowProblem of(int position, String messageKey, Object... args) {
        return new RowProblem(position, messageKey, List.of(args));
    }
}
