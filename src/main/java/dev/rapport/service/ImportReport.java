package dev.rapport.service;

import dev.rapport.domain.FieldProblem;
import dev.rapport.exchange.ImportBatch;
import dev.rapport.exchange.ImportField;
import dev.rapport.exchange.RowProblem;
import dev.rapport.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import did, row by row: counts of what was added, merged and skipped, and every row
 * not taken in with its line (or card) and the reason. Saved by the user as a text file.
 */
public record ImportReport(
        ImportBatch.Unit unit,
        boolean dryRun,
        int accountsAdded,
        int accountsMerged,
        int peopleAdded,
        int peopleMerged,
        int duplicatesSkipped,
        List<RowProblem> rejected,
        List<RowProblem> notes) {

    public ImportReport {
        rejected = List.copyOf(rejected);
        notes = List.copyOf(notes);
    }

    /** The number of rows (or cards) refused. */
    public int rejectedRows() {
        return (int) rejected.stream().mapToInt(RowProblem::position).distinct().count();
    }

    public boolean hasRejections() {
        return !rejected.isEmpty();
    }

    /** The report as lines of text in the user's language: the summary first, then each row. */
    public List<String> lines(Messages m) {
        List<String> lines = new ArrayList<>();
        lines.add(m.get(dryRun ? "exchange.report.summaryDryRun" : "exchange.report.summary", accountsAdded,
                accountsMerged, peopleAdded, peopleMerged, duplicatesSkipped, rejectedRows()));
        // notes on the whole file (how its dates were read) first: they explain the rows below
        for (RowProblem p : notes) {
            if (p.position() <= 0) {
                lines.add(line(m, p));
            }
        }
        for (RowProblem p : rejected) {
            lines.add(line(m, p));
        }
        for (RowProblem p : notes) {
            if (p.position() > 0) {
                lines.add(line(m, p));
            }
        }
        return lines;
    }

    private String line(Messages m, RowProblem p) {
        return line(m, unit, p);
    }

    /** One problem as the report says it: "line 7: ..." (or "card 3: ..."), a whole-file problem without position. */
    public static String line(Messages m, ImportBatch.Unit unit, RowProblem p) {
        String text = m.get(p.messageKey(), p.args().stream().map(a -> argument(m, a)).toArray());
        if (p.position() <= 0) {
            return text;
        }
        return m.get(unit == ImportBatch.Unit.CARD ? "exchange.report.card" : "exchange.report.line", p.position(), text);
    }

    private static Object argument(Messages m, Object a) {
        if (a instanceof ImportField f) {
            return fieldLabel(m, f);
        }
        if (a instanceof RowProblem.Column c) {
            return c.header().isBlank() ? m.get("exchange.import.column", c.number()) : c.header();
        }
        if (a instanceof FieldProblem fp) {
            return m.of(fp);
        }
        if (a instanceof Enum<?> e) {
            return m.of(e);
        }
        return a;
    }

    /** The name of a field as the column mapping shows it. */
    public static String fieldLabel(Messages m, ImportField field) {
        return m.get("exchange.field." + field.name());
    }

    public String text(Messages m) {
        return String.join(System.lineSeparator(), lines(m)) + System.lineSeparator();
    }
}
