package dev.rapport.ui.insights;

import dev.rapport.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

/** One Insights chart card: the bar chart and its "Save as PNG" link. */
final class InsightsChartView {
    /** Charts whose bars count things (accounts, exits, contacts, actions): whole-number ticks. */
    private static final Set<String> COUNT_CHARTS =
            Set.of("tier", "stage", "level", "reasons", "health", "interactions", "planDone");
    private final String id;
    private final Messages msg;
    private final XYChart<String, Number> chart;
    /** Over the plot: "Loading…" until the first figures, then "nothing to show" when every bar is zero. */
    private final Label note = new Label();
    private final VBox card;

    /** {@code savePng} is handed the chart when its link is clicked. */
    InsightsChartView(String id, Messages msg, double width, Consumer<XYChart<String, Number>> savePng) {
        this.id = id;
        this.msg = msg;
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        y.setForceZeroInRange(true);
        // contacts per month stack their channels; every other chart puts its bars side by side
        chart = id.equals("interactions") ? new StackedBarChart<>(x, y) : new BarChart<>(x, y);
        chart.setId(InsightsIds.chart(id));
        // labels that do not fit side by side turn upright (90 degrees), and then every category keeps its
        // label; a slant (or a crowded horizontal axis) makes JavaFX hide every other label
        x.widthProperty().addListener((o, a, b) -> uprightIfCrowded(x));
        x.getCategories().addListener((ListChangeListener<String>) c -> uprightIfCrowded(x));
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle(msg.get("insights.chart." + id));
        chart.setPrefSize(width, 370);
        chart.setMinWidth(0);
        chart.getStyleClass().add("insights-chart");
        Button save = new Button(msg.get("insights.savePng"), new FontIcon("mdi2i-image-outline"));
        save.setId(InsightsIds.savePng(id));
        save.getStyleClass().add("link-button");
        save.setOnAction(e -> savePng.accept(chart));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        note.setId(InsightsIds.chartNote(id));
        note.getStyleClass().addAll("muted", "chart-note");
        note.setMouseTransparent(true);
        note.setText(msg.get("task.loading"));
        // a chart with no bars yet showed bare axes, read as "nothing here" while it was still loading
        card = new VBox(4, new StackPane(chart, note), new HBox(spacer, save));
        card.getStyleClass().add("chart-card");
    }

    VBox node() {
        return card;
    }

    XYChart<String, Number> chart() {
        return chart;
    }

    /** Shows the bars; named series (several bars per category) come with a legend. */
    void show(ChartData data) {
        boolean nothing = data.values().stream().flatMap(v -> v.values().stream())
                .allMatch(n -> n == null || n.doubleValue() == 0);
        note.setText(msg.get("insights.chart.nothing"));
        note.setVisible(nothing);
        if (data.values().isEmpty()) {
            chart.getData().clear();
            countAxis(List.of());
            return;
        }
        List<XYChart.Series<String, Number>> all = new java.util.ArrayList<>();
        for (int i = 0; i < data.values().size(); i++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            if (data.named()) {
                series.setName(data.names().get(i));
            }
            data.values().get(i).forEach((k, v) -> series.getData().add(new XYChart.Data<>(k, v)));
            all.add(series);
        }
        ((CategoryAxis) chart.getXAxis()).setCategories(FXCollections.observableArrayList(data.values().get(0).keySet()));
        if (data.named()) {
            chart.setLegendVisible(true);
        }
        chart.getData().setAll(all);
        // stacked bars: the top of a category is the sum of its series
        boolean stacked = chart instanceof StackedBarChart;
        Map<String, Double> tops = new LinkedHashMap<>();
        for (Map<String, Number> v : data.values()) {
            v.forEach((k, n) -> tops.merge(k, n.doubleValue(), stacked ? Double::sum : Math::max));
        }
        countAxis(tops.values());
    }

    private void countAxis(java.util.Collection<Double> tops) {
        if (COUNT_CHARTS.contains(id)) {
            double max = tops.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            CountScale.apply((NumberAxis) chart.getYAxis(), max, msg.locale());
        }
    }

    /** Turns the category labels upright when the widest one does not fit in its share of the axis. */
    private static void uprightIfCrowded(CategoryAxis axis) {
        List<String> categories = axis.getCategories();
        if (categories.isEmpty() || axis.getWidth() <= 0) {
            return;
        }
        Text probe = new Text();
        probe.setFont(axis.getTickLabelFont());
        double widest = 0;
        for (String c : categories) {
            probe.setText(c);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        axis.setTickLabelRotation(labelRotation(widest, axis.getWidth(), categories.size()));
    }

    /** 0 when labels this wide fit side by side on an axis this long with a gap, else 90 (upright). */
    static double labelRotation(double widestLabel, double axisLength, int categories) {
        double share = axisLength / Math.max(1, categories);
        return widestLabel + 8 <= share ? 0 : 90;
    }
}
