package dev.rapport.ui.exchange;

import dev.rapport.files.AtomicFile;
import dev.rapport.exchange.ImportBatch;
import dev.rapport.exchange.ImportField;
import dev.rapport.exchange.RowProblem;
import dev.rapport.exchange.csv.ColumnMapping;
import dev.rapport.exchange.csv.CsvImport;
import dev.rapport.exchange.csv.CsvTable;
import dev.rapport.exchange.vcard.VcardImport;
import dev.rapport.i18n.Messages;
import dev.rapport.service.ExportService;
import dev.rapport.service.ImportReport;
import dev.rapport.service.ImportService;
import dev.rapport.service.AccountSummaryService;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.UiKit;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Import and export as the screens offer them: reading a file for the preview, importing with
 * the user's column mapping, exporting CSV, vCard, iCalendar and PDF. All file and database work
 * runs on the task executor; results and errors come back as callbacks and localized messages.
 */
public final class ExchangeViewModel {
    /** What the user exports from the Export menu. */
    public enum ExportKind { ACCOUNTS_CSV, PEOPLE_CSV, INTERACTIONS_CSV, PLAN_ACTIONS_CSV, PEOPLE_VCARD, CALENDAR }

    /** A file read for the preview: a CSV table with its guessed mapping, or the cards of a .vcf. */
    public sealed interface Preview permits CsvPreview, VcardPreview {
        Path file();
    }

    public record CsvPreview(Path file, CsvTable table, ColumnMapping mapping) implements Preview {
    }

    public record VcardPreview(Path file, ImportBatch batch) implements Preview {
    }

    /** The vCard versions the Export menu offers, named as the choice shows them. */
    public enum Vcard {
        V3_0("vCard 3.0"), V4_0("vCard 4.0");

        private final String label;

        Vcard(String label) {
            this.label = label;
        }

        /** The format's own name, the same in every language. */
        public String label() {
            return label;
        }

        ExportService.VcardVersion version() {
            return ExportService.VcardVersion.valueOf(name());
        }
    }

    /**
     * What the rep chose in the import preview.
     *
     * @param mergeDuplicates merge a row into the person or account it repeats, else skip it
     * @param defaultAccount the account for people whose row names none (blank: such rows are refused)
     * @param dryRun a trial run: check and count everything, write nothing
     */
    public record ImportChoices(boolean mergeDuplicates, String defaultAccount, boolean dryRun) {
        ImportService.Options options() {
            return new ImportService.Options(mergeDuplicates ? ImportService.DuplicatePolicy.MERGE
                    : ImportService.DuplicatePolicy.SKIP, defaultAccount, dryRun);
        }
    }

    /** An import's report: its lines as the screen shows them, and its figures. */
    public record Report(ImportReport details, List<String> lines) {
    }

    private final ImportService imports;
    private final ExportService exports;
    private final AccountSummaryService summaries;
    private final Clock clock;
    private final UiKit kit;
    private final Messages msg;
    private final Notifier notifier;
    private final Runnable afterImport;

    /**
     * @param clock today's year names the plan actions exported
     * @param afterImport runs after an import saved something: the list shown loads again
     */
    public ExchangeViewModel(ImportService imports, ExportService exports, AccountSummaryService summaries, Clock clock,
            UiKit kit, Notifier notifier, Runnable afterImport) {
        this.imports = imports;
        this.exports = exports;
        this.summaries = summaries;
        this.clock = clock;
        this.kit = kit;
        this.msg = kit.messages();
        this.notifier = notifier;
        this.afterImport = afterImport;
    }

    public static boolean isVcard(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".vcf") || name.endsWith(".vcard");
    }

    /** Reads a file for the preview; charset and separator null mean "detect". */
    public void read(Path file, Charset charset, Character separator, Consumer<Preview> onRead) {
        kit.executor().submit(msg.get("exchange.task.reading"), p -> {
            if (isVcard(file)) {
                return (Preview) new VcardPreview(file, VcardImport.read(file));
            }
            CsvTable table = CsvTable.read(file, charset, separator);
            return new CsvPreview(file, table, ColumnMapping.guess(table.header()));
        }, onRead, this::readFailed);
    }

    private void readFailed(Throwable e) {
        if (e instanceof CsvTable.NotCsvException notCsv) {
            kit.dialogs().showError(msg.get(notCsv.messageKey()), e);
        } else {
            kit.dialogs().showError(msg.get("exchange.error.read"), e);
        }
    }

    /** The rows the import would take, with the mapping as the user left it. */
    public static ImportBatch batch(Preview preview) {
        if (preview instanceof CsvPreview csv) {
            return CsvImport.rows(csv.table(), csv.mapping());
        }
        return ((VcardPreview) preview).batch();
    }

    /**
     * What the preview tells before any import: the lines of a CSV that will be refused whatever
     * its columns are set to (a broken quotation mark, a lone CR), or the cards of a vCard file
     * that will be refused and why, each as the report will say it.
     */
    public List<String> problems(Preview preview) {
        if (preview instanceof CsvPreview csv) {
            return csv.table().problems().stream().map(p -> ImportReport.line(msg, ImportBatch.Unit.LINE, p)).toList();
        }
        ImportBatch batch = ((VcardPreview) preview).batch();
        List<RowProblem> all = new ArrayList<>(batch.fileProblems());
        batch.rows().forEach(r -> all.addAll(r.problems()));
        return all.stream().map(p -> ImportReport.line(msg, ImportBatch.Unit.CARD, p)).toList();
    }

    /** Imports (or, as a trial run, checks) the previewed file; the report comes back either way. */
    public void importRows(Preview preview, ImportChoices choices, Consumer<Report> onDone) {
        kit.executor().submit(msg.get(choices.dryRun() ? "exchange.task.checking" : "exchange.task.importing"),
                p -> imports.importBatch(batch(preview), choices.options(), p), report -> {
                    List<String> lines = report.lines(msg);
                    notifier.status(lines.get(0));
                    if (!choices.dryRun()) {
                        afterImport.run();
                    }
                    onDone.accept(new Report(report, lines));
                }, e -> {
                    if (e instanceof ImportService.CancelledException) {
                        notifier.status(msg.get("exchange.import.cancelled"));
                    } else {
                        kit.dialogs().showError(msg.get("exchange.error.import"), e);
                    }
                });
    }

    /** Saves the report as a UTF-8 text file. */
    public void saveReport(Report report, Path file) {
        kit.executor().submit(msg.get("exchange.task.saving"), p -> {
            byte[] text = ("\uFEFF" + report.details().text(msg)).getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(file, out -> out.write(text)); // whole, and on the disk when "saved" shows
            return file;
        }, saved -> notifier.status(msg.get("exchange.report.saved", saved.toString())),
                e -> kit.dialogs().showError(msg.get("exchange.error.write"), e));
    }

    /**
     * Exports all accounts or people.
     *
     * @param separator for CSV
     * @param version for vCard
     */
    public void export(ExportKind kind, Path file, char separator, Vcard version) {
        kit.executor().submit(msg.get("exchange.task.exporting"), p -> switch (kind) {
            case ACCOUNTS_CSV -> exports.accountsCsv(file, separator, null);
            case PEOPLE_CSV -> exports.contactsCsv(file, separator, null);
            case INTERACTIONS_CSV -> exports.interactionsCsv(file, separator);
            case PLAN_ACTIONS_CSV -> exports.planActionsCsv(file, LocalDate.now(clock).getYear(), separator);
            case PEOPLE_VCARD -> exports.vcards(file, version.version(), null);
            case CALENDAR -> exports.calendar(file);
        }, count -> notifier.status(msg.get("exchange.exported", count, file.toString())),
                e -> kit.dialogs().showError(msg.get("exchange.error.write"), e));
    }

    /** Exports the given people (those listed on the contacts screen) as vCard 3.0 or CSV. */
    public void exportPeople(List<Long> contactIds, Path file, boolean vcard, char separator, Vcard version) {
        kit.executor().submit(msg.get("exchange.task.exporting"), p -> vcard
                ? exports.vcards(file, version.version(), contactIds)
                : exports.contactsCsv(file, separator, contactIds),
                count -> notifier.status(msg.get("exchange.exported", count, file.toString())),
                e -> kit.dialogs().showError(msg.get("exchange.error.write"), e));
    }

    /** Writes one account's summary and opens it. */
    public void exportPdf(long accountId, Path file, Consumer<Path> onWritten) {
        kit.executor().submit(msg.get("exchange.task.pdf"), p -> {
            summaries.writePdf(accountId, file);
            return file;
        }, written -> {
            notifier.status(msg.get("exchange.pdf.written", written.toString()));
            onWritten.accept(written);
        }, e -> kit.dialogs().showError(msg.get("exchange.error.write"), e));
    }

    /** Writes one summary per account into the folder, with progress and Cancel in the status bar. */
    public void exportPdfs(Collection<Long> accountIds, Path folder, Consumer<List<Path>> onDone) {
        kit.executor().submit(msg.get("exchange.task.pdfs"), p -> {
            List<Path> written = summaries.writePdfs(accountIds, folder, p);
            return written;
        }, written -> {
            notifier.status(msg.get(written.size() < accountIds.size() ? "exchange.pdf.batchStopped" : "exchange.pdf.batchDone",
                    written.size(), accountIds.size(), folder.toString()));
            onDone.accept(written);
        }, e -> kit.dialogs().showError(msg.get("exchange.error.write"), e));
    }

    /** How the import preview and its report name a field. */
    public static String fieldLabel(Messages msg, ImportField field) {
        return ImportReport.fieldLabel(msg, field);
    }

    /** A suggested file name for an account's summary. */
    public static String pdfName(String accountName) {
        return AccountSummaryService.fileName(accountName, new java.util.HashSet<>());
    }
}
