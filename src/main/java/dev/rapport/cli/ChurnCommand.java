package dev.rapport.cli;

import dev.rapport.domain.ChurnAnalysis;
import dev.rapport.domain.ChurnFigures;
import dev.rapport.domain.ChurnGroup;
import dev.rapport.domain.ExitReason;
import dev.rapport.domain.Period;
import dev.rapport.exchange.CellGuard;
import dev.rapport.i18n.Messages;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rapport churn --year Y}: the churn table (exit management's figures) for a year or quarter. */
@Command(name = "churn", mixinStandardHelpOptions = true)
public final class ChurnCommand implements Callable<Integer> {

    /** The groups churn can be broken down by, as typed on the command line. */
    enum GroupOption {
        tier(ChurnGroup.TIER), party(ChurnGroup.PARTY_TYPE), industry(ChurnGroup.INDUSTRY);

        final ChurnGroup grouping;

        GroupOption(ChurnGroup grouping) {
            this.grouping = grouping;
        }
    }

    enum Format {
        text, json, csv
    }

    private final SessionOpener opener;

    @Spec
    private CommandSpec spec;

    @Option(names = "--year", required = true)
    private int year;

    @Option(names = "--quarter")
    private Integer quarter;

    @Option(names = "--group")
    private GroupOption group;

    @Option(names = "--format", defaultValue = "text")
    private Format format;

    public ChurnCommand(SessionOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        if (year < 1900 || year > 9999 || quarter != null && (quarter < 1 || quarter > 4)) {
            spec.commandLine().getErr().println(opener.messages().get("churn.cli.badPeriod"));
            return ExitCodes.USAGE;
        }
        Period period = quarter == null ? Period.year(year) : Period.quarter(year, quarter);
        try (Session session = opener.open()) {
            ChurnAnalysis.Table table = session.retention().churn(period,
                    group == null ? ChurnGroup.NONE : group.grouping);
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case json -> out.println(json(table));
                case csv -> out.print(csv(table));
                default -> out.print(text(table, session.messages()));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private String label(ChurnAnalysis.Table t, String key, Messages msg) {
        return switch (t.grouping()) {
            case TIER -> msg.of(dev.rapport.domain.Tier.valueOf(key));
            case PARTY_TYPE -> msg.of(dev.rapport.domain.PartyType.valueOf(key));
            case INDUSTRY -> key.isEmpty() ? msg.get("choice.none") : key;
            case NONE -> msg.get("churn.cli.total");
        };
    }

    String text(ChurnAnalysis.Table t, Messages msg) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {msg.get("churn.cli.group"), msg.get("churn.cli.atStart"), msg.get("churn.cli.exits"),
            msg.get("churn.cli.newExits"), msg.get("churn.cli.rate"), msg.get("churn.cli.revenueLost"),
            msg.get("churn.cli.profitLost"), msg.get("churn.cli.avgClvLost"), msg.get("churn.cli.breakEven")});
        for (ChurnAnalysis.Row r : t.rows()) {
            rows.add(cells(label(t, r.group(), msg), r.figures()));
        }
        rows.add(cells(msg.get("churn.cli.total"), t.total()));
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(msg.get("churn.cli.title", t.period().start().toString(), t.period().lastDay().toString())).append('\n');
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                String cell = row[i];
                String pad = " ".repeat(widths[i] - width(cell));
                sb.append(i == 0 ? cell + pad : pad + cell).append(i == row.length - 1 ? "\n" : "  ");
            }
        }
        sb.append('\n').append(msg.get("churn.cli.byReason")).append('\n');
        for (Map.Entry<ExitReason, Integer> e : t.exitsByReason().entrySet()) {
            if (e.getValue() > 0) {
                sb.append("  ").append(msg.of(e.getKey())).append(": ").append(e.getValue()).append('\n');
            }
        }
        return sb.toString();
    }

    /** Display width: CJK characters take two columns in a terminal. */
    private static int width(String s) {
        return s.codePoints().map(c -> Character.isIdeographic(c) || (c >= 0xFF00 && c <= 0xFFEF) ? 2 : 1).sum();
    }

    private static String[] cells(String name, ChurnFigures f) {
        return new String[] {name, Integer.toString(f.accountsAtStart()), Integer.toString(f.exits()),
            Integer.toString(f.exitsOfNewAccounts()), f.churnRatePct().map(r -> r.toPlainString() + " %").orElse("—"),
            f.revenueLost().toPlainString(), f.profitLost().toPlainString(),
            f.averageLifetimeValueLost().map(BigDecimal::toPlainString).orElse("—"),
            f.breakEvenRetentionBudget().toPlainString()};
    }

    static String csv(ChurnAnalysis.Table t) {
        StringBuilder sb = new StringBuilder("group,accounts_at_start,exits,exits_of_new_accounts,churn_rate_pct,"
                + "revenue_lost,profit_lost,average_lifetime_value_lost,break_even_retention_budget\r\n");
        for (ChurnAnalysis.Row r : t.rows()) {
            csvRow(sb, r.group(), r.figures());
        }
        csvRow(sb, "TOTAL", t.total());
        return sb.toString();
    }

    private static void csvRow(StringBuilder sb, String group, ChurnFigures f) {
        // a group can be an industry the user typed: guarded like every CSV cell Rapport writes
        String quoted = "\"" + CellGuard.guard(group).replace("\"", "\"\"") + "\"";
        sb.append(quoted).append(',').append(f.accountsAtStart()).append(',').append(f.exits()).append(',')
                .append(f.exitsOfNewAccounts()).append(',').append(plain(f.churnRatePct())).append(',')
                .append(f.revenueLost().toPlainString()).append(',').append(f.profitLost().toPlainString()).append(',')
                .append(plain(f.averageLifetimeValueLost())).append(',')
                .append(f.breakEvenRetentionBudget().toPlainString()).append("\r\n");
    }

    private static String plain(Optional<BigDecimal> v) {
        return v.map(BigDecimal::toPlainString).orElse("");
    }

    static String json(ChurnAnalysis.Table t) {
        StringBuilder sb = new StringBuilder("{\"from\":\"").append(t.period().start()).append("\",\"to\":\"")
                .append(t.period().lastDay()).append("\",\"groupBy\":\"").append(t.grouping().name()).append("\",\"total\":");
        jsonFigures(sb, t.total());
        sb.append(",\"groups\":[");
        for (int i = 0; i < t.rows().size(); i++) {
            ChurnAnalysis.Row r = t.rows().get(i);
            sb.append(i == 0 ? "" : ",").append("{\"group\":").append(jsonString(r.group())).append(",\"figures\":");
            jsonFigures(sb, r.figures());
            sb.append('}');
        }
        sb.append("],\"exitsByReason\":{");
        boolean first = true;
        for (Map.Entry<ExitReason, Integer> e : t.exitsByReason().entrySet()) {
            sb.append(first ? "" : ",").append('"').append(e.getKey().name()).append("\":").append(e.getValue());
            first = false;
        }
        return sb.append("}}").toString();
    }

    private static void jsonFigures(StringBuilder sb, ChurnFigures f) {
        sb.append("{\"accountsAtStart\":").append(f.accountsAtStart()).append(",\"exits\":").append(f.exits())
                .append(",\"exitsOfNewAccounts\":").append(f.exitsOfNewAccounts())
                .append(",\"churnRatePct\":").append(f.churnRatePct().map(BigDecimal::toPlainString).orElse("null"))
                .append(",\"revenueLost\":").append(f.revenueLost().toPlainString())
                .append(",\"profitLost\":").append(f.profitLost().toPlainString())
                .append(",\"averageLifetimeValueLost\":")
                .append(f.averageLifetimeValueLost().map(BigDecimal::toPlainString).orElse("null"))
                .append(",\"breakEvenRetentionBudget\":").append(f.breakEvenRetentionBudget().toPlainString()).append('}');
    }

    private static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
