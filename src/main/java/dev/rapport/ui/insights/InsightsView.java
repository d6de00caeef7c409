package dev.rapport.ui.insights;

import dev.rapport.domain.AccountGroup;
import dev.rapport.domain.ChurnAnalysis;
import dev.rapport.domain.ChurnGroup;
import dev.rapport.domain.Insights;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.Tier;
import dev.rapport.exchange.image.PngImages;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.Choices;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.main.Section;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Insights: charts of the portfolio (by tier, stage, level), exits by reason, churn by group and
 * health scores, for a chosen year and customer group, each one savable as a PNG.
 */
public final class InsightsView implements Section {
    private final UiContext ctx;
    private final Messages msg;
    private final Notifier notifier;
    private final InsightsViewModel model;
    private final BorderPane root = new BorderPane();
    private final Map<String, BarChart<String, Number>> charts = new LinkedHashMap<>();

    public InsightsView(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.msg = ctx.messages();
        this.notifier = notifier;
        this.model = new InsightsViewModel(ctx, notifier);
        root.getStyleClass().add("section");
        root.setTop(header());
        FlowPane grid = new FlowPane(14, 14);
        grid.setPadding(new Insets(14));
        for (String id : List.of("tier", "stage", "level", "reasons", "churnGroup", "health")) {
            grid.getChildren().add(card(id));
        }
        grid.getChildren().add(atRiskCard());
        ScrollPane scroller = new ScrollPane(grid);
        scroller.setFitToWidth(true);
        root.setCenter(scroller);
        model.insightsProperty().addListener((o, a, insights) -> show(insights));
    }

    private VBox header() {
        Label title = new Label(msg.get("nav.insights"));
        title.getStyleClass().add("section-title");
        ComboBox<Integer> year = new ComboBox<>(model.years());
        year.setId("insights-year");
        year.valueProperty().bindBidirectional(model.yearProperty());
        ComboBox<AccountGroup> group = new ComboBox<>();
        group.setId("insights-group");
        Choices.fill(group, List.of(), model::label, false);
        group.setItems(model.groups());
        group.valueProperty().bindBidirectional(model.groupProperty());
        ComboBox<ChurnGroup> churnBy = new ComboBox<>();
        churnBy.setId("insights-churn-by");
        Choices.fill(churnBy, List.of(ChurnGroup.TIER, ChurnGroup.PARTY_TYPE, ChurnGroup.INDUSTRY), msg::of, false);
        churnBy.valueProperty().bindBidirectional(model.churnByProperty());
        HBox filters = new HBox(8, new Label(msg.get("insights.year")), year, new Label(msg.get("insights.group")), group,
                new Label(msg.get("insights.churnBy")), churnBy);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, title, filters);
        box.getStyleClass().add("section-header");
        box.setPadding(new Insets(12, 14, 8, 14));
        return box;
    }

    private VBox card(String id) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        y.setForceZeroInRange(true);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("chart-" + id);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle(msg.get("insights.chart." + id));
        chart.setPrefSize(520, 300);
        chart.getStyleClass().add("insights-chart");
        charts.put(id, chart);
        Button save = new Button(msg.get("insights.savePng"), new FontIcon("mdi2i-image-outline"));
        save.setId("save-" + id);
        save.getStyleClass().add("link-button");
        save.setOnAction(e -> choosePngFile(chart));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(spacer, save);
        VBox card = new VBox(4, chart, bar);
        card.getStyleClass().add("chart-card");
        return card;
    }

    private VBox atRiskCard() {
        Label title = new Label(msg.get("insights.atRisk.title"));
        title.getStyleClass().add("subsection-title");
        Label hint = new Label(msg.get("insights.atRisk.hint", dev.rapport.domain.HealthScore.AT_RISK_BELOW));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        javafx.scene.control.ListView<dev.rapport.domain.AtRiskSuggestion> list =
                new javafx.scene.control.ListView<>(model.atRiskSuggestions());
        list.setId("at-risk-list");
        list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label(msg.get("insights.atRisk.none")));
        list.setPrefSize(500, 220);
        list.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(dev.rapport.domain.AtRiskSuggestion s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : msg.get("insights.atRisk.line", s.name(), s.score(), msg.of(s.stage())));
            }
        });
        Button move = new Button(msg.get("insights.atRisk.move"));
        move.setId("at-risk-move");
        move.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        move.setOnAction(e -> model.markAtRisk(List.copyOf(list.getSelectionModel().getSelectedItems())));
        VBox card = new VBox(6, title, hint, list, move);
        card.getStyleClass().add("chart-card");
        card.setPrefWidth(520);
        return card;
    }

    /** The chart with this id: tier, stage, level, reasons, churnGroup, health. */
    public BarChart<String, Number> chart(String id) {
        return charts.get(id);
    }

    private void show(Insights in) {
        if (in == null) {
            return;
        }
        fill("tier", label(in.byTier()));
        fill("stage", label(in.byStage()));
        fill("level", label(in.byLevel()));
        fill("reasons", label(in.exitsByReason()));
        Map<String, Number> churn = new LinkedHashMap<>();
        for (ChurnAnalysis.Row row : in.churnByGroup()) {
            row.figures().churnRatePct().ifPresent(rate -> churn.put(groupLabel(in, row.group()), rate));
        }
        fill("churnGroup", churn);
        Map<String, Number> bands = new LinkedHashMap<>(in.healthBands());
        fill("health", bands);
    }

    private String groupLabel(Insights in, String key) {
        ChurnGroup by = model.churnByProperty().get();
        if (by == ChurnGroup.TIER) {
            return msg.of(Tier.valueOf(key));
        }
        if (by == ChurnGroup.PARTY_TYPE) {
            return msg.of(PartyType.valueOf(key));
        }
        return key.isEmpty() ? msg.get("choice.none") : key;
    }

    private <E extends Enum<E>> Map<String, Number> label(Map<E, Integer> counts) {
        Map<String, Number> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(msg.of(k), v));
        return out;
    }

    private void fill(String id, Map<String, Number> values) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        values.forEach((k, v) -> series.getData().add(new XYChart.Data<>(k, v)));
        BarChart<String, Number> chart = charts.get(id);
        ((CategoryAxis) chart.getXAxis()).setCategories(javafx.collections.FXCollections.observableArrayList(values.keySet()));
        chart.getData().setAll(List.of(series));
    }

    private void choosePngFile(BarChart<String, Number> chart) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(msg.get("insights.savePng"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName(chart.getTitle().replaceAll("[\\\\/:*?\"<>|]", "_") + ".png");
        java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            savePng(chart, file.toPath());
        }
    }

    /** Takes the chart's picture now (on the FX thread) and writes the PNG in the background. */
    public void savePng(Node chart, Path target) {
        WritableImage image = chart.snapshot(null, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        ctx.executor().submit(msg.get("insights.saving"), p -> {
            PngImages.write(argb, w, h, target);
            return target;
        }, saved -> notifier.status(msg.get("insights.saved", saved.toString())),
                e -> ctx.dialogs().showError(msg.get("insights.saveFailed"), e));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        model.reload();
    }

    InsightsViewModel model() {
        return model;
    }
}
