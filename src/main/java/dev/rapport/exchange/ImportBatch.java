package dev.rapport.exchange;

import java.util.List;

/**
 * What was read from a file: its rows, problems that concern the whole file, and notes on how
 * the whole file was read (the order of day and month in its dates).
 *
 * @param unit how the user finds a row: by line (CSV) or by card (vCard)
 */
public record ImportBatch(Unit unit, List<ImportRow> rows, List<RowProblem> fileProblems, List<RowProblem> fileNotes) {

    public enum Unit { LINE, CARD }

    public ImportBatch {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
        fileNotes = List.copyOf(fileNotes);
    }

    public ImportBatch(Unit unit, List<ImportRow> rows, List<RowProblem> fileProblems) {
        this(unit, rows, fileProblems, List.of());
    }
}
