package dev.rapport.cli;

import dev.rapport.domain.DateOrder;
import dev.rapport.exchange.ImportBatch;
import dev.rapport.exchange.csv.CsvTable;
import dev.rapport.service.ImportReport;
import dev.rapport.service.ImportService;
import dev.rapport.service.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rapport import FILE}: accounts and people from a CSV or vCard file, with a report. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import accounts and people from a .csv (Rapport's, Outlook's or Google Contacts' columns)"
                + " or a .vcf file, and print the report.",
            "Exit status: 0 all rows taken in, 3 some rows refused (see the report), 2 bad usage."})
public final class ImportCommand implements Callable<Integer> {
    private final SessionOpener opener;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .csv or .vcf file.")
    private Path file;

    @Option(names = "--dry-run", description = "Check every row and print the report; save nothing.")
    private boolean dryRun;

    @Option(names = "--merge", description = "Merge people and accounts that are already there instead of skipping them.")
    private boolean merge;

    @Option(names = "--account", paramLabel = "NAME",
            description = "The account for people whose row names no company (else such rows are refused).")
    private String defaultAccount;

    @Option(names = "--date-order", defaultValue = "auto", paramLabel = "ORDER",
            description = "How dates like 03/04/2025 are read: auto (found from the file's dates such as 25/03/2025),"
                    + " day-month or month-day (default: ${DEFAULT-VALUE}).")
    private String dateOrder;

    public ImportCommand(SessionOpener opener) {
        this.opener = opener;
    }

    /** auto, day-month or month-day (also DAY_MONTH, dm, md); null when it is none of them. */
    static DateOrder dateOrder(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
            case "auto", "" -> DateOrder.AUTO;
            case "day-month", "dm", "d/m" -> DateOrder.DAY_MONTH;
            case "month-day", "md", "m/d" -> DateOrder.MONTH_DAY;
            default -> null;
        };
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file) || !ImportService.isSupported(file)) {
            spec.commandLine().getErr().println(opener.messages().get("exchange.cli.badFile", file.toString()));
            return ExitCodes.USAGE;
        }
        DateOrder order = dateOrder(dateOrder);
        if (order == null) {
            spec.commandLine().getErr().println(opener.messages().get("exchange.cli.badDateOrder", dateOrder));
            return ExitCodes.USAGE;
        }
        try (Session session = opener.open()) {
            ImportBatch batch;
            try {
                batch = session.imports().read(file, order);
            } catch (CsvTable.NotCsvException e) {
                spec.commandLine().getErr().println(session.messages().get(e.messageKey()));
                return ExitCodes.REJECTED_ROWS;
            }
            ImportService.Options options = new ImportService.Options(
                    merge ? ImportService.DuplicatePolicy.MERGE : ImportService.DuplicatePolicy.SKIP, defaultAccount, dryRun);
            ImportReport report = session.imports().importBatch(batch, options, Progress.NONE);
            for (String line : report.lines(session.messages())) {
                spec.commandLine().getOut().println(line);
            }
            return report.hasRejections() ? ExitCodes.REJECTED_ROWS : ExitCodes.OK;
        }
    }
}
