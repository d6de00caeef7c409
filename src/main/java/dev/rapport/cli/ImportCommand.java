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
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {
    private final SessionOpener opener;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    @Option(names = "--dry-run")
    private boolean dryRun;

    @Option(names = "--merge")
    private boolean merge;

    @Option(names = "--account", paramLabel = "NAME")
    private String defaultAccount;

    @Option(names = "--date-order", defaultValue = "auto", paramLabel = "ORDER")
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
