package dev.rapport.cli;

import dev.rapport.domain.plan.PlannedAccount;
import dev.rapport.exchange.csv.PlanCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rapport plan}: yearly relationship-marketing plans from the command line. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        subcommands = PlanCommand.Export.class)
public final class PlanCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    private final SessionOpener opener;

    public PlanCommand(SessionOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** {@code rapport plan export}: the actions of a year's plans for spreadsheets. */
    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @picocli.CommandLine.ParentCommand
        private PlanCommand parent;

        @Option(names = "--year", required = true, paramLabel = "YEAR")
        private int year;

        @Option(names = "--account", paramLabel = "NAME")
        private String account;

        @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT")
        private String format;

        @Option(names = "--out", paramLabel = "FILE")
        private Path out;

        @Option(names = "--separator", defaultValue = ",", paramLabel = "CHAR", descriptionKey = CsvSeparator.DESCRIPTION_KEY)
        private String separator;

        @Override
        public Integer call() throws IOException {
            SessionOpener opener = parent.opener;
            if (!"csv".equalsIgnoreCase(format)) {
                spec.commandLine().getErr().println(opener.messages().get("plans.cli.badFormat", format));
                return ExitCodes.USAGE;
            }
            char sep = CsvSeparator.parse(separator);
            if (sep == 0) {
                spec.commandLine().getErr().println(opener.messages().get("exchange.cli.badSeparator", separator));
                return ExitCodes.USAGE;
            }
            try (Session session = opener.open()) {
                List<PlannedAccount> plans = session.plans().forExport(year, account);
                if (account != null && plans.isEmpty()) {
                    spec.commandLine().getErr().println(session.messages().get("plans.cli.noPlan", account, year));
                    return ExitCodes.USAGE;
                }
                int rows;
                if (out == null) {
                    PrintWriter w = spec.commandLine().getOut();
                    rows = PlanCsv.write(plans, session.messages(), sep, w);
                } else {
                    rows = session.exports().planActionsCsv(out, plans, sep);
                    spec.commandLine().getOut().println(session.messages().get("plans.cli.written", rows,
                            out.toString()));
                }
                return ExitCodes.OK;
            }
        }
    }
}
