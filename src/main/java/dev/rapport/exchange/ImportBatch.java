package dev.rapport.exchange;

import java.util.List;

/**
 * What was read from a file: its rows, and problems that concern the whole file.
 *
 * @param unit how the user finds a row: by line (CSV) or by card (vCard)
 */
public record ImportBatch(Unit unit, List<ImportRow> rows, List<RowProblem> fileProblems) {

    public enum Unit { LINE, CARD }

    public ImportBatch {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
    }
}
