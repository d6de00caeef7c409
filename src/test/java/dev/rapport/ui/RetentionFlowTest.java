package dev.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountExit;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.ExitReason;
import dev.rapport.domain.Language;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import dev.rapport.service.MachinePreferencesService;
import dev.rapport.store.MachinePreferencesFile;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.accounts.AccountsIds;
import dev.rapport.ui.pages.AccountValuePage;
import dev.rapport.ui.pages.AccountsPage;
import dev.rapport.ui.pages.ExitEditorPage;
import dev.rapport.ui.pages.InsightsPage;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.common.Fonts;
import dev.rapport.ui.insights.InsightsView;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Exit management and Insights as a rep clicks them, on a real data folder, headless. */
class RetentionFlowTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path exportDir;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private final MainWindowPage window = new MainWindowPage(robot);
    private final AccountsPage accounts = new AccountsPage(robot);
    private final AccountValuePage value = new AccountValuePage(robot);
    private final InsightsPage insights = new InsightsPage(robot);

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    private Account account(String name, Tier tier) {
        return app.context.accounts().save(new Account(null, name, PartyType.CUSTOMER, tier, LifecycleStage.MAINTENANCE,
                RelationshipLevel.SOCIAL, null, "电子", "", "", "", new BigDecimal("1000000"), new BigDecimal("20"),
                null, 4, "", List.of(), "", null, null, 0L));
    }

    @SuppressWarnings("unchecked")
    @Test
    void anAccountExitedInTheWindowShowsInChurnByReasonAndCanBeReactivated() {
        app = RunningApp.open(dataDir);
        Account huawei = account("华为技术 Huawei", Tier.A);
        account("Contoso Components", Tier.B);
        window.go("contacts");
        accounts.open();
        TableView<AccountListItem> table = accounts.table();
        javafx.scene.control.TableColumn<AccountListItem, Integer> health = accounts.column(AccountsIds.HEALTH_COLUMN);
        assertThat(health.getCellData(0)).as("health of the first row").isBetween(0, 100);
        robot.interact(() -> {
            health.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(health));
        });
        assertThat(health.getCellData(0)).isGreaterThanOrEqualTo(health.getCellData(1));

        // both bring the same revenue, so ABC proposes A for Contoso too: accept it into the tier
        selectAccountRow("Contoso Components");
        value.acceptTier("revenue");
        assertThat(app.context.accounts().list().stream().filter(i -> i.account().name().startsWith("Contoso"))
                .findFirst().orElseThrow().account().tier()).isEqualTo(Tier.A);

        selectAccountRow("华为技术 Huawei");
        assertThat(value.healthScore()).matches("\\d+");
        ExitEditorPage exit = value.exit();
        assertThat(exit.revenue().getText()).isEqualTo("1,000,000");
        assertThat(exit.saveDisabled()).as("no reason chosen yet").isTrue();
        ComboBox<ExitReason> reason = exit.reason();
        robot.interact(() -> reason.setValue(ExitReason.PRICE));
        exit.typeReasonText("对手便宜 15%");
        exit.save();

        assertThat(app.dialogs.errors).isEmpty();
        assertThat(accountNames()).containsExactly("Contoso Components");
        assertThat(app.context.accounts().find(huawei.id()).orElseThrow().stage()).isEqualTo(LifecycleStage.EXITED);
        AccountExit stored = app.context.retention().exitsOf(huawei.id()).get(0);
        assertThat(stored.reasonText()).isEqualTo("对手便宜 15%");
        assertThat(stored.revenueAtExit()).isEqualByComparingTo("1000000");

        insights.open();
        assertThat(barValue("reasons", app.context.messages().of(ExitReason.PRICE))).isEqualTo(1);
        assertThat(barValue("reasons", app.context.messages().of(ExitReason.PRODUCT))).isEqualTo(0);
        TableView<dev.rapport.domain.ChurnAnalysis.Row> churn = insights.churnTable();
        dev.rapport.domain.ChurnAnalysis.Row total = churn.getItems().get(churn.getItems().size() - 1);
        assertThat(total.group()).isNull();
        assertThat(total.figures().exits()).isEqualTo(1);
        assertThat(total.figures().revenueLost()).isEqualByComparingTo("1000000");
        assertThat(insights.churnSummary()).contains("200,000");

        accounts.open();
        CheckComboBox<LifecycleStage> stages = accounts.stageFilter();
        robot.interact(() -> stages.getCheckModel().check(LifecycleStage.EXITED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(accountNames()).containsExactly("华为技术 Huawei");
        selectAccountRow("华为技术 Huawei");
        value.reactivate();

        assertThat(app.dialogs.confirmations).hasSize(1);
        assertThat(app.context.accounts().find(huawei.id()).orElseThrow().stage()).isEqualTo(LifecycleStage.RECOVERY);
        List<AccountExit> exits = app.context.retention().exitsOf(huawei.id());
        assertThat(exits).hasSize(1);
        assertThat(exits.get(0).reactivatedOn()).isNotNull();
        robot.interact(() -> stages.getCheckModel().clearChecks());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(accountNames()).containsExactlyInAnyOrder("华为技术 Huawei", "Contoso Components");
    }

    @Test
    void anExitRecordedByMistakeIsTakenBackWithUndo() {
        app = RunningApp.open(dataDir);
        Account a = account("杭州瑞丰电子股份有限公司", Tier.B);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT4)
                .release(javafx.scene.input.KeyCode.DIGIT4, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.navButton("insights").isSelected()).isTrue();
        accounts.open();
        selectAccountRow("杭州瑞丰电子股份有限公司");
        ExitEditorPage exit = value.exit();
        ComboBox<ExitReason> reason = exit.reason();
        robot.interact(() -> reason.setValue(ExitReason.OTHER));
        exit.save();
        assertThat(accountNames()).isEmpty();
        app.clickUndo(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.errors).isEmpty();
        assertThat(accountNames()).containsExactly("杭州瑞丰电子股份有限公司");
        assertThat(app.context.accounts().find(a.id()).orElseThrow().stage()).isEqualTo(LifecycleStage.MAINTENANCE);
        assertThat(app.context.retention().exitsOf(a.id())).isEmpty();
    }

    @Test
    void anExitedAccountsExitIsCorrectedInTheSameDialogPrefilledAndUndoTakesTheCorrectionBack() {
        app = RunningApp.open(dataDir);
        Account a = account("上海天合 Tianhe", Tier.B);
        AccountExit recorded = app.context.retention().exit(new AccountExit(null, a.id(), LocalDate.now(),
                ExitReason.PRICE, "便宜 10%", new BigDecimal("300000"), new BigDecimal("15"), false, "", null), null);
        window.go("contacts");
        accounts.open();
        CheckComboBox<LifecycleStage> stages = accounts.stageFilter();
        robot.interact(() -> stages.getCheckModel().check(LifecycleStage.EXITED));
        WaitForAsyncUtils.waitForFxEvents();
        selectAccountRow("上海天合 Tianhe");
        ExitEditorPage exit = value.editExit();
        assertThat(exit.reasonText().getText()).isEqualTo("便宜 10%");
        assertThat(exit.revenue().getText()).isEqualTo("300,000");
        ComboBox<ExitReason> reason = exit.reason();
        assertThat(reason.getValue()).isEqualTo(ExitReason.PRICE);
        robot.interact(() -> reason.setValue(ExitReason.COMPETITOR_OFFER));
        javafx.scene.control.TextInputControl revenue = exit.revenue();
        robot.interact(revenue::clear);
        robot.clickOn(revenue).write("280000");
        exit.save();

        assertThat(app.dialogs.errors).isEmpty();
        AccountExit edited = app.context.retention().exitsOf(a.id()).get(0);
        assertThat(app.context.retention().exitsOf(a.id())).hasSize(1);
        assertThat(edited.id()).isEqualTo(recorded.id());
        assertThat(edited.reason()).isEqualTo(ExitReason.COMPETITOR_OFFER);
        assertThat(edited.revenueAtExit()).isEqualByComparingTo("280000");
        assertThat(app.context.accounts().find(a.id()).orElseThrow().stage()).isEqualTo(LifecycleStage.EXITED);

        app.clickUndo(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.errors).isEmpty();
        AccountExit back = app.context.retention().exitsOf(a.id()).get(0);
        assertThat(back.reason()).isEqualTo(ExitReason.PRICE);
        assertThat(back.revenueAtExit()).isEqualByComparingTo("300000");
    }

    @Test
    void aChartWithChineseLabelsIsSavedAsAPngWithRealPixels() throws Exception {
        MachinePreferencesService settings = new MachinePreferencesService(MachinePreferencesFile.load(dataDir));
        settings.setLanguage(Language.SIMPLIFIED_CHINESE);
        app = RunningApp.open(dataDir);
        Account a = account("北京天合贸易有限公司", Tier.A);
        app.context.retention().exit(new AccountExit(null, a.id(), LocalDate.now(), ExitReason.TECHNOLOGY, "",
                new BigDecimal("500000"), new BigDecimal("12"), false, "", null), LocalDate.now().minusYears(3));
        app.context.contactLog().log(dev.rapport.domain.Interaction.of(a.id(), java.time.LocalDateTime.now().minusHours(1),
                dev.rapport.domain.InteractionChannel.MEAL, "商务午餐"));
        insights.open();
        XYChart<String, Number> contacts = insights.chart("interactions");
        assertThat(contacts.getData()).extracting(XYChart.Series::getName).containsExactly("餐叙");
        BarChart<String, Number> chart = chart("reasons");
        assertThat(barValue("reasons", "技术／更好的替代品")).isEqualTo(1);
        Set<String> families = new HashSet<>();
        boolean chineseTick = false;
        for (var node : chart.getXAxis().getChildrenUnmodifiable()) {
            if (node instanceof Text t && t.isVisible() && t.getText().matches(".*\\p{IsHan}.*")) {
                chineseTick = true;
                families.add(t.getFont().getFamily());
            }
        }
        assertThat(chineseTick).as("axis shows Chinese reasons").isTrue();
        assertThat(families).containsOnly(Fonts.FAMILY);

        Path png = exportDir.resolve("退出原因.png");
        InsightsView view = insightsView();
        robot.interact(() -> view.savePng(chart, png));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dialogs.errors).isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(100);
        assertThat(image.getHeight()).isGreaterThan(100);
        Set<Integer> colours = new HashSet<>();
        int dark = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 300) {
                    dark++;
                }
            }
        }
        assertThat(colours.size()).as("distinct colours").isGreaterThan(10);
        assertThat(dark).as("pixels of text and bars").isGreaterThan(200);
    }

    private InsightsView insightsView() {
        try {
            var field = app.window.getClass().getDeclaredField("sections");
            field.setAccessible(true);
            return (InsightsView) ((java.util.Map<?, ?>) field.get(app.window)).get("insights");
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private BarChart<String, Number> chart(String id) {
        return insights.chart(id);
    }

    private int barValue(String chartId, String category) {
        for (XYChart.Series<String, Number> s : chart(chartId).getData()) {
            for (XYChart.Data<String, Number> d : s.getData()) {
                if (d.getXValue().equals(category)) {
                    return d.getYValue().intValue();
                }
            }
        }
        throw new AssertionError("no bar " + category + " in " + chartId);
    }

    private void selectAccountRow(String name) {
        TableView<?> table = accounts.table();
        int index = accountNames().indexOf(name);
        assertThat(index).as("row for %s", name).isNotNegative();
        robot.interact(() -> table.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> accountNames() {
        TableView<AccountListItem> table = accounts.table();
        return table.getItems().stream().map(item -> item.account().name()).toList();
    }

    /** Before its first figures arrive the churn table says it is loading, not "No accounts in this period". */
    @Test
    void theChurnTableSaysLoadingUntilItsFiguresArrive() throws Exception {
        dev.rapport.testutil.HeldTaskExecutor held = new dev.rapport.testutil.HeldTaskExecutor();
        app = RunningApp.open(dataDir, java.time.Clock.systemDefaultZone(), held);
        held.hold();
        insights.open();
        javafx.scene.control.Labeled placeholder = (javafx.scene.control.Labeled) insights.churnTable().getPlaceholder();
        assertThat(placeholder.getText()).isEqualTo(app.context.messages().get("task.loading"));
        held.release();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(placeholder.getText()).isEqualTo(app.context.messages().get("insights.churn.none"));
    }
}
