package dev.rapport.ui.pages;

import dev.rapport.domain.ChurnAnalysis;
import dev.rapport.ui.insights.InsightsIds;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

/** The Insights screen as a test reads it, by the ids the view publishes in {@link InsightsIds}. */
public final class InsightsPage {
    private final FxRobot robot;

    public InsightsPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    /** Shows Insights from the navigation rail. */
    public InsightsPage open() {
        new MainWindowPage(robot).go("insights");
        return this;
    }

    /** A chart by its id: tier, stage, level, reasons, churnGroup, health, interactions, planDone, budget. */
    @SuppressWarnings("unchecked")
    public <C extends XYChart<String, Number>> C chart(String chartId) {
        return (C) robot.lookup(id(InsightsIds.chart(chartId))).queryAs(XYChart.class);
    }

    @SuppressWarnings("unchecked")
    public TableView<ChurnAnalysis.Row> churnTable() {
        return robot.lookup(id(InsightsIds.CHURN_TABLE)).queryAs(TableView.class);
    }

    public String churnSummary() {
        return robot.lookup(id(InsightsIds.CHURN_SUMMARY)).queryLabeled().getText();
    }

    /** The line over a chart ("Loading…", "Nothing to show…") under a root a test holds. */
    public static javafx.scene.control.Label chartNoteIn(javafx.scene.Node root, String chartId) {
        return (javafx.scene.control.Label) root.lookup("#" + InsightsIds.chartNote(chartId));
    }

    /** The accounts suggested for "at risk". */
    @SuppressWarnings("unchecked")
    public javafx.scene.control.ListView<dev.rapport.domain.AtRiskSuggestion> atRiskList() {
        return robot.lookup(id(InsightsIds.AT_RISK_LIST)).queryAs(javafx.scene.control.ListView.class);
    }

    /** Selects a suggested account and presses Enter: its page opens on Accounts. */
    public void openAtRisk(String name) {
        var list = atRiskList();
        robot.interact(() -> {
            list.getSelectionModel().clearSelection();
            list.getItems().stream().filter(s -> s.name().equals(name)).findFirst()
                    .ifPresentOrElse(list.getSelectionModel()::select, () -> {
                        throw new AssertionError("no suggestion " + name);
                    });
            list.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
