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
import dev.rapport.ui.common.Screen;
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
public final class InsightsView implements Screen {
    private final UiContext ctx;
    private final Messages msg;
    private final Notifier notifier;
    private final InsightsViewModel model;
    private final BorderPane root = new BorderPane();
    private final Map<String, XYChart<String, Number>> charts = new LinkedHashMap<>();
    /** Charts whose bars count things (accounts, exits, contacts, actions): whole-number ticks. */
    private static final java.util.Set<String> COUNT_CHARTS =
            java.util.Set.of("tier", "stage", "level", "reasons", "health", "interactions", "planDone");
    /** The narrowest a chart card gets before the grid drops to fewer cards per row. */
    static final double MIN_CARD_WIDTH = 440;
    private static final double GAP = 14;
    private final List<Region> cells = new java.util.ArrayList<>();
    private VBox wideCard;

    public InsightsView(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.msg = ctx.messages();
        this.notifier = notifier;
        this.model = new InsightsViewModel(ctx, notifier);
        root.getStyleClass().add("section");
        root.setTop(header());
        FlowPane grid = new FlowPane(GAP, GAP);
        grid.setId("insights-grid");
        grid.setPadding(new Insets(GAP));
        wideCard = churnCard();
        grid.getChildren().add(wideCard);
        for (String id : List.of("tier", "stage", "level", "reasons", "churnGroup", "health", "interactions", "planDone",
                "budget")) {
            VBox card = card(id);
            cells.add(card);
            grid.getChildren().add(card);
        }
        VBox atRisk = atRiskCard();
        cells.add(atRisk);
        grid.getChildren().add(atRisk);
        ScrollPane scroller = new ScrollPane(grid);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // a responsive grid: as many equal cards per row as the width allows, the churn table across the row
        scroller.viewportBoundsProperty().addListener((o, old, b) -> layoutCards(b.getWidth()));
        root.setCenter(scroller);
        model.insightsProperty().addListener((o, a, insights) -> show(insights));
    }

    /** Turns the category labels upright when the widest one does not fit in its share of the axis. */
    private static void uprightIfCrowded(CategoryAxis axis) {
        List<String> categories = axis.getCategories();
        if (categories.isEmpty() || axis.getWidth() <= 0) {
            return;
        }
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
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

    /** Number of chart cards per row for a content width: at least one, each at least {@link #MIN_CARD_WIDTH}. */
    static int columns(double width) {
        double inner = width - 2 * GAP;
        return Math.max(1, (int) Math.floor((inner + GAP) / (MIN_CARD_WIDTH + GAP)));
    }

    private void layoutCards(double width) {
        if (width <= 0) {
            return;
        }
        int columns = columns(width);
        // a pixel to spare, so rounding never pushes the last card of a row onto the next one
        double inner = Math.floor(width - 2 * GAP) - 1;
        double cell = Math.floor((inner - GAP * (columns - 1)) / columns);
        for (Region card : cells) {
            card.setMinWidth(cell);
            card.setPrefWidth(cell);
            card.setMaxWidth(cell);
        }
        wideCard.setMinWidth(0);
        wideCard.setPrefWidth(inner);
        wideCard.setMaxWidth(inner);
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
        // contacts per month stack their channels; every other chart puts its bars side by side
        XYChart<String, Number> chart = id.equals("interactions") ? new javafx.scene.chart.StackedBarChart<>(x, y)
                : new BarChart<>(x, y);
        chart.setId("chart-" + id);
        // labels that do not fit side by side turn upright (90 degrees), and then every category keeps its
        // label; a slant (or a crowded horizontal axis) makes JavaFX hide every other label
        x.widthProperty().addListener((o, a, b) -> uprightIfCrowded(x));
        x.getCategories().addListener((javafx.collections.ListChangeListener<String>) c -> uprightIfCrowded(x));
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle(msg.get("insights.chart." + id));
        chart.setPrefSize(MIN_CARD_WIDTH, 370);
        chart.setMinWidth(0);
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

    /** Steps 1 to 4 of exit management as a table: the rate, the profit lost and what retention may cost. */
    private VBox churnCard() {
        Label title = new Label(msg.get("insights.churn.title"));
        title.getStyleClass().add("subsection-title");
        ComboBox<Integer> quarter = new ComboBox<>();
        quarter.setId("insights-quarter");
        Choices.fill(quarter, List.of(0, 1, 2, 3, 4), q -> q == null || q == 0 ? msg.get("insights.churn.wholeYear")
                : msg.get("insights.churn.quarter", q), false);
        quarter.valueProperty().bindBidirectional(model.quarterProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, quarter);
        head.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.TableView<ChurnAnalysis.Row> table = new javafx.scene.control.TableView<>();
        table.setId("churn-table");
        table.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(26);
        table.setPrefHeight(26 * 3 + 32);
        table.setPlaceholder(new Label(msg.get("insights.churn.none")));
        table.getColumns().add(column("churn.cli.group", r -> r.group() == null ? msg.get("churn.cli.total")
                : groupLabel(null, r.group())));
        table.getColumns().add(column("churn.cli.atStart", r -> Integer.toString(r.figures().accountsAtStart())));
        table.getColumns().add(column("churn.cli.exits", r -> Integer.toString(r.figures().exits())));
        table.getColumns().add(column("churn.cli.newExits", r -> Integer.toString(r.figures().exitsOfNewAccounts())));
        table.getColumns().add(column("churn.cli.rate", r -> r.figures().churnRatePct()
                .map(v -> ctx.formats().decimal(v) + " %").orElse("—")));
        table.getColumns().add(column("churn.cli.revenueLost", r -> ctx.formats().money(r.figures().revenueLost())));
        table.getColumns().add(column("churn.cli.profitLost", r -> ctx.formats().money(r.figures().profitLost())));
        table.getColumns().add(column("churn.cli.avgClvLost", r -> r.figures().averageLifetimeValueLost()
                .map(ctx.formats()::money).orElse("—")));
        table.getColumns().add(column("churn.cli.breakEven",
                r -> ctx.formats().money(r.figures().breakEvenRetentionBudget())));
        Label summary = new Label();
        summary.setId("churn-summary");
        summary.setWrapText(true);
        model.churnTableProperty().addListener((o, old, t) -> {
            if (t == null) {
                return;
            }
            List<ChurnAnalysis.Row> rows = new java.util.ArrayList<>(t.rows());
            rows.add(new ChurnAnalysis.Row(null, t.total()));
            table.getItems().setAll(rows);
            // as tall as its rows, so the table never shows a column of empty lines
            table.setPrefHeight(26 * (rows.size() + 1) + 6);
            summary.setText(model.churnSummary(t));
        });
        VBox card = new VBox(6, head, table, summary);
        card.getStyleClass().add("chart-card");
        return card;
    }

    private javafx.scene.control.TableColumn<ChurnAnalysis.Row, String> column(String key,
            java.util.function.Function<ChurnAnalysis.Row, String> value) {
        javafx.scene.control.TableColumn<ChurnAnalysis.Row, String> c = new javafx.scene.control.TableColumn<>(msg.get(key));
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
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
        list.setPrefHeight(220);
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
        return card;
    }

    /** The chart with this id: tier, stage, level, reasons, churnGroup, health, interactions, planDone, budget. */
    public XYChart<String, Number> chart(String id) {
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
        Map<String, Number> planned = new LinkedHashMap<>();
        Map<String, Number> done = new LinkedHashMap<>();
        Map<String, Number> budget = new LinkedHashMap<>();
        Map<String, Number> actual = new LinkedHashMap<>();
        in.planByLevel().forEach((level, f) -> {
            planned.put(msg.of(level), f.planned());
            done.put(msg.of(level), f.done());
            budget.put(msg.of(level), f.budget());
            actual.put(msg.of(level), f.actual());
        });
        List<String> months = new java.util.ArrayList<>();
        for (java.time.Month m : java.time.Month.values()) {
            months.add(m.getDisplayName(java.time.format.TextStyle.SHORT, msg.locale()));
        }
        java.util.Set<String> channels = new java.util.TreeSet<>();
        in.interactionsByMonth().values().forEach(c -> channels.addAll(c.keySet()));
        List<String> channelNames = new java.util.ArrayList<>();
        List<Map<String, Number>> perChannel = new java.util.ArrayList<>();
        for (String channel : channels) {
            channelNames.add(channelLabel(channel));
            Map<String, Number> counts = new LinkedHashMap<>();
            for (int m = 1; m <= 12; m++) {
                counts.put(months.get(m - 1), in.interactionsByMonth().getOrDefault(m, Map.of()).getOrDefault(channel, 0));
            }
            perChannel.add(counts);
        }
        if (channelNames.isEmpty()) {
            charts.get("interactions").getData().clear();
            countAxis(charts.get("interactions"), List.of());
        } else {
            fillSeries("interactions", channelNames, perChannel);
        }
        fillSeries("planDone", List.of(msg.get("insights.series.planned"), msg.get("insights.series.done")),
                List.of(planned, done));
        fillSeries("budget", List.of(msg.get("insights.series.budget"), msg.get("insights.series.actual")),
                List.of(budget, actual));
    }

    private String channelLabel(String channel) {
        try {
            return msg.of(dev.rapport.domain.InteractionChannel.valueOf(channel));
        } catch (IllegalArgumentException unknown) {
            return channel;
        }
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

    /** A chart with several bars per category (planned and done, budget and actual), with a legend. */
    private void fillSeries(String id, List<String> names, List<Map<String, Number>> values) {
        XYChart<String, Number> chart = charts.get(id);
        List<XYChart.Series<String, Number>> all = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(names.get(i));
            values.get(i).forEach((k, v) -> series.getData().add(new XYChart.Data<>(k, v)));
            all.add(series);
        }
        ((CategoryAxis) chart.getXAxis()).setCategories(
                javafx.collections.FXCollections.observableArrayList(values.get(0).keySet()));
        chart.setLegendVisible(true);
        chart.getData().setAll(all);
        if (COUNT_CHARTS.contains(id)) {
            // stacked bars: the top of a category is the sum of its series
            boolean stacked = chart instanceof javafx.scene.chart.StackedBarChart;
            Map<String, Double> tops = new LinkedHashMap<>();
            for (Map<String, Number> v : values) {
                v.forEach((k, n) -> tops.merge(k, n.doubleValue(), stacked ? Double::sum : Math::max));
            }
            countAxis(chart, tops.values());
        }
    }

    private void fill(String id, Map<String, Number> values) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        values.forEach((k, v) -> series.getData().add(new XYChart.Data<>(k, v)));
        XYChart<String, Number> chart = charts.get(id);
        ((CategoryAxis) chart.getXAxis()).setCategories(javafx.collections.FXCollections.observableArrayList(values.keySet()));
        chart.getData().setAll(List.of(series));
        if (COUNT_CHARTS.contains(id)) {
            countAxis(chart, values.values().stream().map(Number::doubleValue).toList());
        }
    }

    private void countAxis(XYChart<String, Number> chart, java.util.Collection<Double> tops) {
        double max = tops.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        CountScale.apply((NumberAxis) chart.getYAxis(), max, msg.locale());
    }

    private void choosePngFile(XYChart<String, Number> chart) {
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
