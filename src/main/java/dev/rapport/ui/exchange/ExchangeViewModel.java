package dev.rapport.ui.exchange;

import dev.rapport.files.AtomicFile;
import dev.rapport.exchange.ImportBatch;
import dev.rapport.exchange.RowProblem;
import dev.rapport.exchange.csv.ColumnMapping;
import dev.rapport.exchange.csv.CsvImport;
import dev.rapport.exchange.csv.CsvTable;
import dev.rapport.exchange.vcard.VcardImport;
import dev.rapport.i18n.Messages;
import dev.rapport.service.ExportService;
import dev.rapport.service.ImportReport;
import dev.rapport.service.ImportService;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.Notifier;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    private final UiContext ctx;
    private final Messages msg;
    private final Notifier notifier;
    private final Runnable afterImport;

    public ExchangeViewModel(UiContext ctx, Notifier notifier, Runnable afterImport) {
        this.ctx = ctx;
        this.msg = ctx.messages();
        this.notifier = notifier;
        this.afterImport = afterImport;
    }

    public static boolean isVcard(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".vcf") || name.endsWith(".vcard");
    }

    /** Reads a file for the preview; charset and separator null mean "detect". */
    public void read(Path file, Charset charset, Character separator, Consumer<Preview> onRead) {
        ctx.executor().submit(msg.get("exchange.task.reading"), p -> {
            if (isVcard(file)) {
                return (Preview) new VcardPreview(file, VcardImport.read(file));
            }
            CsvTable table = CsvTable.read(file, charset, separator);
            return new CsvPreview(file, table, ColumnMapping.guess(table.header()));
        }, onRead, this::readFailed);
    }

    private void readFailed(Throwable e) {
        if (e instanceof CsvTable.NotCsvException notCsv) {
            ctx.dialogs().showError(msg.get(notCsv.messageKey()), e);
        } else {
            ctx.dialogs().showError(msg.get("exchange.error.read"), e);
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
    public void importRows(Preview preview, ImportService.Options options, Consumer<ImportReport> onDone) {
        ctx.executor().submit(msg.get(options.dryRun() ? "exchange.task.checking" : "exchange.task.importing"),
                p -> ctx.imports().importBatch(batch(preview), options, p), report -> {
                    notifier.status(report.lines(msg).get(0));
                    if (!options.dryRun()) {
                        afterImport.run();
                    }
                    onDone.accept(report);
                }, e -> {
                    if (e instanceof ImportService.CancelledException) {
                        notifier.status(msg.get("exchange.import.cancelled"));
                    } else {
                        ctx.dialogs().showError(msg.get("exchange.error.import"), e);
                    }
                });
    }

    /** Saves the report as a UTF-8 text file. */
    public void saveReport(ImportReport report, Path file) {
        ctx.executor().submit(msg.get("exchange.task.saving"), p -> {
            byte[] text = ("\uFEFF" + report.text(msg)).getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(file, out -> out.write(text)); // whole, and on the disk when "saved" shows
            return file;
        }, saved -> notifier.status(msg.get("exchange.report.saved", saved.toString())),
                e -> ctx.dialogs().showError(msg.get("exchange.error.write"), e));
    }

    /**
     * Exports all accounts or people.
     *
     * @param separator for CSV
     * @param version for vCard
     */
    public void export(ExportKind kind, Path file, char separator, ExportService.VcardVersion version) {
        ctx.executor().submit(msg.get("exchange.task.exporting"), p -> switch (kind) {
            case ACCOUNTS_CSV -> ctx.exports().accountsCsv(file, separator, null);
            case PEOPLE_CSV -> ctx.exports().contactsCsv(file, separator, null);
            case INTERACTIONS_CSV -> ctx.exports().interactionsCsv(file, separator);
            case PLAN_ACTIONS_CSV -> ctx.exports().planActionsCsv(file, ctx.plans().today().getYear(), separator);
            case PEOPLE_VCARD -> ctx.exports().vcards(file, version, null);
            case CALENDAR -> ctx.exports().calendar(file);
        }, count -> notifier.status(msg.get("exchange.exported", count, file.toString())),
                e -> ctx.dialogs().showError(msg.get("exchange.error.write"), e));
    }

    /** Exports the given people (those listed on the contacts screen) as vCard 3.0 or CSV. */
    public void exportPeople(List<Long> contactIds, Path file, boolean vcard, char separator,
            ExportService.VcardVersion version) {
        ctx.executor().submit(msg.get("exchange.task.exporting"), p -> vcard
                ? ctx.exports().vcards(file, version, contactIds)
                : ctx.exports().contactsCsv(file, separator, contactIds),
                count -> notifier.status(msg.get("exchange.exported", count, file.toString())),
                e -> ctx.dialogs().showError(msg.get("exchange.error.write"), e));
    }

    /** Writes one account's summary and opens it. */
    public void exportPdf(long accountId, Path file, Consumer<Path> onWritten) {
        ctx.executor().submit(msg.get("exchange.task.pdf"), p -> {
            ctx.summaries().writePdf(accountId, file);
            return file;
        }, written -> {
            notifier.status(msg.get("exchange.pdf.written", written.toString()));
            onWritten.accept(written);
        }, e -> ctx.dialogs().showError(msg.get("exchange.error.write"), e));
    }

    /** Writes one summary per account into the folder, with progress and Cancel in the status bar. */
    public void exportPdfs(Collection<Long> accountIds, Path folder, Consumer<List<Path>> onDone) {
        ctx.executor().submit(msg.get("exchange.task.pdfs"), p -> {
            List<Path> written = ctx.summaries().writePdfs(accountIds, folder, p);
            return written;
        }, written -> {
            notifier.status(msg.get(written.size() < accountIds.size() ? "exchange.pdf.batchStopped" : "exchange.pdf.batchDone",
                    written.size(), accountIds.size(), folder.toString()));
            onDone.accept(written);
        }, e -> ctx.dialogs().showError(msg.get("exchange.error.write"), e));
    }

    /** A suggested file name for an account's summary. */
    public static String pdfName(String accountName) {
        return dev.rapport.service.AccountSummaryService.fileName(accountName, new java.util.HashSet<>());
    }
}
