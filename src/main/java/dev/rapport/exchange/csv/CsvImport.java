package dev.rapport.exchange.csv;

import dev.rapport.exchange.ImportBatch;
import dev.rapport.exchange.ImportField;
import dev.rapport.exchange.ImportRow;
import dev.rapport.exchange.RowBuilder;
import dev.rapport.exchange.RowProblem;
import java.util.ArrayList;
import java.util.List;

/** Turns a read CSV table into import rows, following the (possibly user-adjusted) column mapping. */
public final class CsvImport {
    private CsvImport() {
    }

    public static ImportBatch rows(CsvTable table, ColumnMapping mapping) {
        List<RowProblem> fileProblems = new ArrayList<>();
        if (!mapping.namesSomething()) {
            fileProblems.add(RowProblem.of(0, "exchange.import.noNameColumn"));
            return new ImportBatch(ImportBatch.Unit.LINE, List.of(), fileProblems);
        }
        List<ImportRow> rows = new ArrayList<>(table.lines().size());
        for (CsvTable.Line line : table.lines()) {
            RowBuilder row = new RowBuilder(line.number());
            List<String> cells = line.cells();
            for (int i = 0; i < cells.size(); i++) {
                if (i >= mapping.size()) {
                    if (!cells.get(i).isBlank()) {
                        row.problem("exchange.problem.extraCells", cells.size(), mapping.size());
                    }
                    break;
                }
                int labelColumn = mapping.labelColumnOf(i);
                String label = labelColumn >= 0 && labelColumn < cells.size() ? cells.get(labelColumn) : null;
                ImportField field = mapping.field(i);
                row.put(field, mapping.header().get(i), cells.get(i), label);
            }
            if (!row.isEmpty()) {
                rows.add(row.build());
            }
        }
        if (table.unreadableFrom() > 0) {
            fileProblems.add(RowProblem.of(table.unreadableFrom(), "exchange.import.unreadableFrom"));
        }
        return new ImportBatch(ImportBatch.Unit.LINE, rows, fileProblems);
    }
}
