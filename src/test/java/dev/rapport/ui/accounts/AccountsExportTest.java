package dev.rapport.ui.accounts;

import dev.rapport.testutil.TestUi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.testutil.RecordingNotifier;
import dev.rapport.app.UiWiring;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.Fonts;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.exchange.ExchangeViewModel;
import dev.rapport.ui.exchange.FileDialogs;
import dev.rapport.ui.exchange.ExchangeIds;
import dev.rapport.ui.pages.AccountsPage;
import dev.rapport.ui.pages.ExchangePage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Exports from the accounts screen, with the save dialog answered by a fake. */
class AccountsExportTest {
    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private AppContext context;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (context != null) {
            context.close();
        }
    }

    /** Answers the save dialog with a file in the temp folder and remembers what was asked and opened. */
    private final class AnsweringFiles implements FileDialogs {
        final List<String> suggestedNames = new ArrayList<>();
        final List<Path> opened = new ArrayList<>();

        @Override
        public Optional<Path> openFile(String title, List<Filter> filters) {
            throw new AssertionError("nothing is opened");
        }

        @Override
        public Optional<Path> saveFile(String title, String initialName, List<Filter> filters) {
            suggestedNames.add(initialName);
            return Optional.of(temp.resolve(initialName));
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            throw new AssertionError("no folder is chosen");
        }

        @Override
        public void open(Path file) {
            opened.add(file);
        }
    }

    private final FakeDialogs dialogs = new FakeDialogs();
    private final AnsweringFiles files = new AnsweringFiles();
    private final RecordingNotifier recorder = new RecordingNotifier();
    private final List<String> statuses = recorder.messages();

    private void showAccounts() throws Exception {
        Notifier notifier = recorder;
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Fonts.loadBundled();
            AccountsView view = dev.rapport.testutil.TestUi.of(context, new DirectTaskExecutor(), dialogs).wiring().accountsView(notifier,
                    files, () -> stage);
            stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 800));
            stage.getScene().getStylesheets().add(AccountsView.class.getResource(
                    dev.rapport.ui.main.MainWindow.STYLESHEET).toExternalForm());
            stage.show();
            view.shown();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDetailPanesExportPdfWritesTheShownAccountsSummary() throws Exception {
        context = AppContext.open(temp.resolve("data"), java.time.Clock.systemDefaultZone());
        context.accounts().save(Account.named("Contoso Components"));
        Account shown = context.accounts().save(Account.named("华为技术 Huawei"));
        showAccounts();
        AccountsPage accounts = new AccountsPage(robot);
        assertThat(accounts.showsAnAccount()).as("no account shown, no button").isFalse();

        accounts.select(shown.name()).exportPdf();

        assertThat(dialogs.errors).isEmpty();
        assertThat(files.suggestedNames).containsExactly(ExchangeViewModel.pdfName("华为技术 Huawei"));
        Path written = temp.resolve(files.suggestedNames.get(0));
        assertThat(files.opened).containsExactly(written);
        byte[] start = java.util.Arrays.copyOf(Files.readAllBytes(written), 5);
        assertThat(new String(start, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(written.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("华为技术 Huawei")
                    .doesNotContain("Contoso");
        }
        assertThat(statuses).anySatisfy(s -> assertThat(s).contains(written.toString()));
    }

    @Test
    void planActionsCsvFromTheExportMenuAsksForTheSeparatorAsTheOtherCsvExportsDo() throws Exception {
        context = AppContext.open(temp.resolve("data"), java.time.Clock.systemDefaultZone());
        context.demo().generate(6, 8, dev.rapport.service.Progress.NONE);
        showAccounts();
        javafx.scene.control.MenuItem actions = new ExchangePage(robot).exportItem(ExchangeIds.EXPORT_ACTIONS_CSV);
        javafx.application.Platform.runLater(actions::fire);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane .combo-box").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Character> separator = robot.lookup(".dialog-pane .combo-box")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertThat(separator.getItems()).containsExactly(',', ';', '\t');
        robot.interact(() -> separator.setValue(';'));
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b
                && b.isDefaultButton()).queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).isEmpty();
        assertThat(files.suggestedNames).containsExactly("plan-actions.csv");
        List<String> lines = Files.readAllLines(temp.resolve("plan-actions.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("Year;Account;Tier").doesNotContain(",");
        assertThat(lines).hasSizeGreaterThan(1);
    }
}
