package dev.rapport.exchange.csv;

import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlannedAccount;
import dev.rapport.exchange.CellGuard;
import dev.rapport.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The actions of yearly plans as CSV (RFC 4180, CRLF, the separator the user chose, as the other
 * CSV exports) for spreadsheets: one row per action,
 * headers and labels in the user's language, dates as ISO, money as plain numbers. Text that a
 * spreadsheet would run as a formula, whichever separator it splits on, is prefixed with an
 * apostrophe ({@link CellGuard}).
 */
public final class PlanCsv {
    static final String[] HEADER_KEYS = {"plans.csv.year", "plans.csv.account", "plans.csv.tier",
        "plans.csv.planStatus", "plans.csv.level", "plans.csv.type", "plans.csv.title", "plans.csv.month",
        "plans.csv.date", "plans.csv.owner", "plans.csv.budget", "plans.csv.status", "plans.csv.actualCost",
        "plans.csv.effect", "plans.csv.recurring", "plans.csv.doneOn", "plans.csv.notes"};

    private PlanCsv() {
    }

    /**
     * Writes the header and one row per action, in plan then action order, the cells separated by
     * {@code separator} (, ; tab or |). Returns the number of rows.
     */
    public static int write(List<PlannedAccount> plans, Messages msg, char separator, Writer out) {
        try {
            List<String> header = new ArrayList<>();
            for (String key : HEADER_KEYS) {
                header.add(msg.get(key));
            }
            line(out, separator, header);
            int rows = 0;
            for (PlannedAccount p : plans) {
                for (PlanAction a : p.plan().actions()) {
                    line(out, separator, List.of(Integer.toString(p.plan().year()), p.account().name(), msg.of(p.account().tier()),
                            msg.of(p.plan().status()), msg.of(a.level()), msg.of(a.type()), a.title(),
                            a.month().toString(), a.date() == null ? "" : a.date().toString(), a.owner(),
                            money(a.budget()), msg.of(a.status()), money(a.actualCost()),
                            a.effect() == null ? "" : a.effect().toString(),
                            msg.get(a.recurring() ? "plans.csv.yes" : "plans.csv.no"),
                            a.doneOn() == null ? "" : a.doneOn().toString(), a.notes()));
                    rows++;
                }
            }
            out.flush();
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String money(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static void line(Writer out, char separator, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(separator);
            }
            out.write(cell(cells.get(i), separator));
        }
        out.write("\r\n");
    }

    /** One cell, neutralised against formulas for any separator and quoted as {@link CellGuard#field} says. */
    static String cell(String value, char separator) {
        return CellGuard.field(value, separator);
    }
}
