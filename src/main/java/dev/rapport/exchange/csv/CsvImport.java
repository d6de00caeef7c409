package dev.rapport.exchange.csv;

import dev.rapport.domain.DateOrder;
import dev.rapport.exchange.FieldValues;
import dev.rapport.exchange.ImportBatch;
import dev.rapport.exchange.ImportField;
import dev.rapport.exchange.ImportRow;
import dev.rapport.exchange.RowBuilder;
import dev.rapport.exchange.RowProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a read CSV table into import rows, following the (possibly user-adjusted) column mapping,
 * with day/month/year dates read in one order for the whole file (see {@link #dateOrder}).
 */
public final class CsvImport {
    private CsvImport() {
    }

    public static ImportBatch rows(CsvTable table, ColumnMapping mapping) {
        List<RowProblem> fileProblems = new ArrayList<>();
        if (!mapping.namesSomething()) {
            fileProblems.add(RowProblem.of(0, "exchange.import.noNameColumn"));
            return new ImportBatch(ImportBatch.Unit.LINE, List.of(), fileProblems);
        }
        DateOrderFound found = dateOrder(table, mapping);
        List<ImportRow> rows = new ArrayList<>(table.lines().size());
        for (CsvTable.Line line : table.lines()) {
            if (line.isRefused()) {
                rows.add(new ImportRow(line.number(), null, null, List.of(line.problem())));
                continue;
            }
            RowBuilder row = new RowBuilder(line.number(), found.used());
            List<String> cells = line.cells();
            // a line with more cells than the header holding something is refused by CsvTable
            for (int i = 0; i < cells.size() && i < mapping.size(); i++) {
                int labelColumn = mapping.labelColumnOf(i);
                String label = labelColumn >= 0 && labelColumn < cells.size() ? cells.get(labelColumn) : null;
                ImportField field = mapping.field(i);
                row.put(field, mapping.header().get(i), cells.get(i), label);
            }
            if (!row.isEmpty()) {
                rows.add(row.build());
            }
        }
        return new ImportBatch(ImportBatch.Unit.LINE, rows, fileProblems,
                found.note() == null ? List.of() : List.of(found.note()));
    }

    /**
     * The order day/month/year dates of the file are read in, and the note for the report that
     * says so (null when the file has no such date).
     */
    public record DateOrderFound(DateOrder used, RowProblem note) {
    }

    /**
     * The order of day and month for the whole file: the user's choice, else the only order the
     * file's unambiguous dates allow (a 25/03/2025 anywhere makes 03/04/2025 the 3rd of April).
     * With no such date, or dates that contradict each other, each date is read as before: month
     * first unless its first number can only be a day.
     */
    public static DateOrderFound dateOrder(CsvTable table, ColumnMapping mapping) {
        List<Integer> dateColumns = new ArrayList<>();
        for (int i = 0; i < mapping.size(); i++) {
            if (mapping.field(i) == ImportField.BIRTHDAY || mapping.field(i) == ImportField.LEFT_ON) {
                dateColumns.add(i);
            }
        }
        boolean any = false;
        int dayFirstLine = 0;
        String dayFirst = null;
        int monthFirstLine = 0;
        String monthFirst = null;
        for (CsvTable.Line line : table.lines()) {
            if (line.isRefused()) {
                continue;
            }
            for (int column : dateColumns) {
                if (column >= line.cells().size()) {
                    continue;
                }
                String cell = line.cells().get(column).strip();
                DateOrder shown = FieldValues.orderShownBy(cell);
                if (shown == null) {
                    continue;
                }
                any = true;
                if (shown == DateOrder.DAY_MONTH && dayFirst == null) {
                    dayFirst = cell;
                    dayFirstLine = line.number();
                } else if (shown == DateOrder.MONTH_DAY && monthFirst == null) {
                    monthFirst = cell;
                    monthFirstLine = line.number();
                }
            }
        }
        DateOrder chosen = mapping.dateOrder();
        if (!any) {
            return new DateOrderFound(chosen, null);
        }
        if (chosen != DateOrder.AUTO) {
            return new DateOrderFound(chosen, RowProblem.of(0, "exchange.report.dateOrder.chosen", chosen));
        }
        if (dayFirst != null && monthFirst == null) {
            return new DateOrderFound(DateOrder.DAY_MONTH, RowProblem.of(0, "exchange.report.dateOrder.detected",
                    DateOrder.DAY_MONTH, dayFirstLine, dayFirst));
        }
        if (monthFirst != null && dayFirst == null) {
            return new DateOrderFound(DateOrder.MONTH_DAY, RowProblem.of(0, "exchange.report.dateOrder.detected",
                    DateOrder.MONTH_DAY, monthFirstLine, monthFirst));
        }
        if (dayFirst != null) {
            return new DateOrderFound(DateOrder.AUTO, RowProblem.of(0, "exchange.report.dateOrder.mixed",
                    dayFirstLine, dayFirst, monthFirstLine, monthFirst));
        }
        return new DateOrderFound(DateOrder.AUTO, RowProblem.of(0, "exchange.report.dateOrder.assumed"));
    }
}
