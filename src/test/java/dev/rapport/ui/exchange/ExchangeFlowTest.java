package dev.rapport.ui.exchange;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.exchange.ImportField;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.pages.AccountsPage;
import dev.rapport.ui.pages.ExchangePage;
import dev.rapport.ui.pages.ImportDialogPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Import…, Export and PDF controls as a rep clicks them, headless. */
class ExchangeFlowTest {
    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theAccountsScreenOffersImportExportAndPdfOnlyWithAnAccountSelected() {
        app = RunningApp.open(temp.resolve("data"));
        app.context.accounts().save(Account.named("杭州瑞丰电子股份有限公司"));
        robot.interact(() -> app.window.select("accounts"));
        WaitForAsyncUtils.waitForFxEvents();
        ExchangePage exchange = new ExchangePage(robot);
        assertThat(exchange.importButton().getText()).isEqualTo("Import...");
        assertThat(exchange.exportMenu()).isPresent();
        Button pdf = exchange.pdfButton();
        assertThat(pdf.isDisabled()).isTrue();
        new AccountsPage(robot).selectRow(0);
        assertThat(pdf.isDisabled()).isFalse();

        robot.interact(() -> app.window.select("contacts"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exchange.peopleExport()).isPresent();
    }

    @Test
    void aVcardFileIsPreviewedCardByCard() throws Exception {
        app = RunningApp.open(temp.resolve("data"));
        Path file = temp.resolve("people.vcf");
        Files.writeString(file, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:陳美玲\r\nORG:台北精密科技股份有限公司\r\nBDAY:--0612\r\n"
                + "END:VCARD\r\n", StandardCharsets.UTF_8);
        ExchangeViewModel model = exchangeViewModel(new Notifier() {
                    @Override
                    public void status(String message) {
                    }

                    @Override
                    public void undoable(String message, Runnable undo) {
                    }
                }, () -> { });
        AtomicReference<ExchangeViewModel.Preview> preview = new AtomicReference<>();
        model.read(file, null, null, preview::set);
        robot.interact(() -> new ImportDialog(app.stage, app.context.messages(), model, preview.get(), List.of()).show());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> cards = new ImportDialogPage(robot).cards();
        assertThat(cards.getItems()).singleElement().asString().contains("陳美玲", "台北精密科技股份有限公司", "--06-12");
        robot.clickOn("Cancel");
    }

    @Test
    void thePreviewLetsTheUserMapAColumnAndTryTheImportBeforeSaving() throws Exception {
        app = RunningApp.open(temp.resolve("data"));
        Path file = temp.resolve("people.csv");
        Files.writeString(file, "姓名,公司,手机号码,生日\n刘洋,北京远景科技有限公司,+86 138 1111 2222,31/02\n"
                + "Anna Schmidt,Nordwind,+49 170 1234567,1980-05-17\n", StandardCharsets.UTF_8);
        List<String> statuses = new java.util.ArrayList<>();
        Notifier notifier = new Notifier() {
            @Override
            public void status(String message) {
                statuses.add(message);
            }

            @Override
            public void undoable(String message, Runnable undo) {
                statuses.add(message);
            }
        };
        ExchangeViewModel model = exchangeViewModel(notifier, () -> { });
        AtomicReference<ImportDialog> dialog = new AtomicReference<>(openImportDialog(model, file));

        ImportDialogPage preview = new ImportDialogPage(robot);
        assertThat(preview.field(2).getValue()).isEqualTo(ImportField.IGNORE);
        preview.mapColumn(2, ImportField.PHONE_MOBILE).trialRun();
        TextArea report = preview.report();
        assertThat(report.isVisible()).isTrue();
        assertThat(report.getText()).startsWith("Trial run, nothing saved. It would add 1 account and update 0")
                .contains("line 2: 生日 '31/02' is not a date");
        assertThat(app.context.contacts().list()).isEmpty();

        robot.clickOn("Import");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.get().getResult()).satisfies(b -> assertThat(dialog.get().isImport((ButtonType) b)).isTrue());
        AtomicReference<ExchangeViewModel.Report> done = new AtomicReference<>();
        model.importRows(dialog.get().preview(), dialog.get().options(false), done::set);
        assertThat(done.get().details().peopleAdded()).isEqualTo(1);
        assertThat(app.context.contacts().list()).singleElement()
                .satisfies(i -> assertThat(i.contact().primaryPhone()).isEqualTo("+49 170 1234567"));
    }

    @Test
    void theDateOrderChosenInThePreviewIsTheOneTheImportUsesAndTheReportNamesIt() throws Exception {
        app = RunningApp.open(temp.resolve("data"));
        Path file = temp.resolve("uk.csv");
        Files.writeString(file, "Name,Company,Birthday\nOliver Smith,Contoso UK,03/04/1980\n", StandardCharsets.UTF_8);
        ExchangeViewModel model = exchangeViewModel(new dev.rapport.testutil.RecordingNotifier(), () -> { });
        AtomicReference<ImportDialog> dialog = new AtomicReference<>(openImportDialog(model, file));
        ImportDialogPage preview = new ImportDialogPage(robot);
        ComboBox<dev.rapport.domain.DateOrder> order = preview.dateOrder();
        assertThat(order.getValue()).isEqualTo(dev.rapport.domain.DateOrder.AUTO);
        TextArea report = preview.trialRun().report();
        assertThat(report.getText()).contains("read as month/day (March 4): no date in the file shows the order");

        robot.clickOn(order);
        robot.clickOn("day/month (31/12/2025)");
        WaitForAsyncUtils.waitForFxEvents();
        preview.trialRun();
        assertThat(report.getText()).contains("Dates read as day/month (31/12/2025), as chosen.");
        AtomicReference<ExchangeViewModel.Report> done = new AtomicReference<>();
        robot.interact(() -> model.importRows(dialog.get().preview(), dialog.get().options(false), done::set));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(done.get().details().peopleAdded()).isEqualTo(1);
        assertThat(app.context.contacts().list()).singleElement().satisfies(i -> assertThat(
                i.contact().birthday()).isEqualTo(dev.rapport.domain.Birthday.of(1980, 4, 3)));
        robot.interact(() -> dialog.get().close());
    }

    @Test
    void thePreviewListsTheLinesThatWillBeRefusedBeforeAnyImport() throws Exception {
        app = RunningApp.open(temp.resolve("data"));
        Path file = temp.resolve("broken.csv");
        Files.writeString(file, "Name,Company,Notes\nAnna,Acme,\"said hi\nBob,Acme,ok\n", StandardCharsets.UTF_8);
        ExchangeViewModel model = exchangeViewModel(new dev.rapport.testutil.RecordingNotifier(), () -> { });
        ImportDialog dialog = openImportDialog(model, file);
        TextArea problems = new ImportDialogPage(robot).problems();
        assertThat(problems.getText()).isEqualTo("line 2: the quotation mark that opens the cell in Notes is never closed;"
                + " the lines after it are read on their own");
        robot.interact(dialog::close);
    }

    /** The model as the accounts screen has it, on the running app's services and a direct executor. */
    private ExchangeViewModel exchangeViewModel(Notifier notifier, Runnable afterImport) {
        dev.rapport.app.AppContext c = app.context;
        return new ExchangeViewModel(c.imports(), c.exports(), c.summaries(), c.clock(),
                dev.rapport.testutil.TestUi.of(c, new dev.rapport.ui.common.DirectTaskExecutor(), app.dialogs).kit(), notifier, afterImport);
    }

    /** Reads the file as the Import… menu does and shows the preview dialog on it. */
    private ImportDialog openImportDialog(ExchangeViewModel model, Path file) {
        AtomicReference<ExchangeViewModel.Preview> preview = new AtomicReference<>();
        model.read(file, null, null, preview::set);
        AtomicReference<ImportDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            ImportDialog d = new ImportDialog(app.stage, app.context.messages(), model, preview.get(), List.of());
            dialog.set(d);
            d.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return dialog.get();
    }
}
