package dev.rapport.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.exchange.ImportField;
import dev.rapport.service.ImportReport;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.common.Notifier;
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
        assertThat(robot.lookup("#exchange-import").queryButton().getText()).isEqualTo("Import…");
        assertThat(robot.lookup("#exchange-export").tryQuery()).isPresent();
        Button pdf = robot.lookup("#exchange-pdf").queryButton();
        assertThat(pdf.isDisabled()).isTrue();
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pdf.isDisabled()).isFalse();

        robot.interact(() -> app.window.select("contacts"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#contacts-export").tryQuery()).isPresent();
    }

    @Test
    void aVcardFileIsPreviewedCardByCard() throws Exception {
        app = RunningApp.open(temp.resolve("data"));
        Path file = temp.resolve("people.vcf");
        Files.writeString(file, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:陳美玲\r\nORG:台北精密科技股份有限公司\r\nBDAY:--0612\r\n"
                + "END:VCARD\r\n", StandardCharsets.UTF_8);
        ExchangeViewModel model = new ExchangeViewModel(app.context.uiContext(new dev.rapport.ui.common.DirectTaskExecutor(),
                app.dialogs), new Notifier() {
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
        TableView<?> cards = robot.lookup("#import-cards").queryAs(TableView.class);
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
        ExchangeViewModel model = new ExchangeViewModel(app.context.uiContext(new dev.rapport.ui.common.DirectTaskExecutor(),
                app.dialogs), notifier, () -> { });
        AtomicReference<ImportDialog> dialog = new AtomicReference<>(openImportDialog(model, file));

        @SuppressWarnings("unchecked")
        ComboBox<ImportField> phone = robot.lookup("#import-field-2").queryAs(ComboBox.class);
        assertThat(phone.getValue()).isEqualTo(ImportField.IGNORE);
        robot.interact(() -> phone.setValue(ImportField.PHONE_MOBILE));
        robot.clickOn("Trial run");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea report = robot.lookup("#import-report").queryAs(TextArea.class);
        assertThat(report.isVisible()).isTrue();
        assertThat(report.getText()).startsWith("Trial run, nothing saved. It would add 1 account and update 0")
                .contains("line 2: 生日 '31/02' is not a date");
        assertThat(app.context.contacts().list()).isEmpty();

        robot.clickOn("Import");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.get().getResult()).satisfies(b -> assertThat(dialog.get().isImport((ButtonType) b)).isTrue());
        AtomicReference<ImportReport> done = new AtomicReference<>();
        model.importRows(dialog.get().preview(), dialog.get().options(false), done::set);
        assertThat(done.get().peopleAdded()).isEqualTo(1);
        assertThat(app.context.contacts().list()).singleElement()
                .satisfies(i -> assertThat(i.contact().primaryPhone()).isEqualTo("+49 170 1234567"));
    }

    @Test
    void theDateOrderChosenInThePreviewIsTheOneTheImportUsesAndTheReportNamesIt() throws Exception {
        app = RunningApp.open(temp.resolve("data"));
        Path file = temp.resolve("uk.csv");
        Files.writeString(file, "Name,Company,Birthday\nOliver Smith,Contoso UK,03/04/1980\n", StandardCharsets.UTF_8);
        ExchangeViewModel model = new ExchangeViewModel(app.context.uiContext(new dev.rapport.ui.common.DirectTaskExecutor(),
                app.dialogs), new dev.rapport.testutil.RecordingNotifier(), () -> { });
        AtomicReference<ImportDialog> dialog = new AtomicReference<>(openImportDialog(model, file));
        @SuppressWarnings("unchecked")
        ComboBox<dev.rapport.domain.DateOrder> order = robot.lookup("#import-date-order").queryAs(ComboBox.class);
        assertThat(order.getValue()).isEqualTo(dev.rapport.domain.DateOrder.AUTO);
        robot.clickOn("Trial run");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea report = robot.lookup("#import-report").queryAs(TextArea.class);
        assertThat(report.getText()).contains("read as month/day (March 4): no date in the file shows the order");

        robot.clickOn(order);
        robot.clickOn("day/month (31/12/2025)");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Trial run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(report.getText()).contains("Dates read as day/month (31/12/2025), as chosen.");
        AtomicReference<ImportReport> done = new AtomicReference<>();
        robot.interact(() -> model.importRows(dialog.get().preview(), dialog.get().options(false), done::set));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(done.get().peopleAdded()).isEqualTo(1);
        assertThat(app.context.contacts().list()).singleElement().satisfies(i -> assertThat(
                i.contact().birthday()).isEqualTo(dev.rapport.domain.Birthday.of(1980, 4, 3)));
        robot.interact(() -> dialog.get().close());
    }

    @Test
    void thePreviewListsTheLinesThatWillBeRefusedBeforeAnyImport() throws Exception {
        app = RunningApp.open(temp.resolve("data"));
        Path file = temp.resolve("broken.csv");
        Files.writeString(file, "Name,Company,Notes\nAnna,Acme,\"said hi\nBob,Acme,ok\n", StandardCharsets.UTF_8);
        ExchangeViewModel model = new ExchangeViewModel(app.context.uiContext(new dev.rapport.ui.common.DirectTaskExecutor(),
                app.dialogs), new dev.rapport.testutil.RecordingNotifier(), () -> { });
        ImportDialog dialog = openImportDialog(model, file);
        TextArea problems = robot.lookup("#import-problems").queryAs(TextArea.class);
        assertThat(problems.getText()).isEqualTo("line 2: the quotation mark that opens the cell in Notes is never closed;"
                + " the lines after it are read on their own");
        robot.interact(dialog::close);
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
