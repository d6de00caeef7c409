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

    /**
     * A column of the file, named in a report by its header, or by its number where the header
     * has no name for it.
     *
     * @param number 1 for the first column
     */
    public record Column(int number, String header) {
        public Column {
            header = header == null ? "" : header;
        }

        @Override
        public String toString() {
            return header.isBlank() ? "#" + number : header;
        }
    }

    public static RowProblem of(int position, String messageKey, Object... args) {
        return new RowProblem(position, messageKey, List.of(args));
    }
}
