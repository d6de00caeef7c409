package dev.rapport.ui.insights;

import dev.rapport.domain.AccountGroup;
import dev.rapport.domain.ChurnGroup;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Choices;
import dev.rapport.ui.common.Screen;
import dev.rapport.ui.common.RecordOpener;
import dev.rapport.ui.common.UiKit;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Insights: charts of the portfolio (by tier, stage, level), exits by reason, churn by group and
 * health scores, for a chosen year and customer group, each one savable as a PNG; the churn table
 * across the top and the accounts to move to "at risk" at the end.
 */
public final class InsightsView implements Screen {
    /** The narrowest a chart card gets before the grid drops to fewer cards per row. */
    static final double MIN_CARD_WIDTH = 440;
    private static final double GAP = 14;
    private static final List<String> CHARTS = List.of("tier", "stage", "level", "reasons", "churnGroup", "health",
            "interactions", "planDone", "budget");
    private final Messages msg;
    private final InsightsViewModel model;
    private final BorderPane root = new BorderPane();
    private final Map<String, InsightsChartView> charts = new LinkedHashMap<>();
    private final List<Region> cells = new ArrayList<>();
    private final VBox wideCard;

    public InsightsView(InsightsViewModel model, UiKit kit, RecordOpener records) {
        this.msg = kit.messages();
        this.model = model;
        root.getStyleClass().add("section");
        root.setTop(header());
        FlowPane grid = new FlowPane(GAP, GAP);
        grid.setId(InsightsIds.GRID);
        grid.setPadding(new Insets(GAP));
        wideCard = new ChurnTableView(model, msg, kit.formats()).node();
        grid.getChildren().add(wideCard);
        for (String id : CHARTS) {
            InsightsChartView chart = new InsightsChartView(id, msg, MIN_CARD_WIDTH, this::choosePngFile);
            charts.put(id, chart);
            cells.add(chart.node());
        }
        cells.add(new AtRiskView(model, msg, records).node());
        // the cards go in a few per frame (the pacer): ten charts styled and laid out at once held the
        // window for a few hundred ms on the first open
        kit.pacer().run(cells.stream().<Runnable>map(card -> () -> grid.getChildren().add(card)).toList());
        ScrollPane scroller = new ScrollPane(grid);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // a responsive grid: as many equal cards per row as the width allows, the churn table across the row
        scroller.viewportBoundsProperty().addListener((o, old, b) -> layoutCards(b.getWidth()));
        root.setCenter(scroller);
        model.chartsProperty().addListener((o, old, data) -> data.forEach((id, d) -> charts.get(id).show(d)));
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
        year.setId(InsightsIds.YEAR);
        year.valueProperty().bindBidirectional(model.yearProperty());
        ComboBox<AccountGroup> group = new ComboBox<>();
        group.setId(InsightsIds.GROUP);
        Choices.fill(group, List.of(), model::label, false);
        group.setItems(model.groups());
        group.valueProperty().bindBidirectional(model.groupProperty());
        ComboBox<ChurnGroup> churnBy = new ComboBox<>();
        churnBy.setId(InsightsIds.CHURN_BY);
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

    /** The chart with this id: tier, stage, level, reasons, churnGroup, health, interactions, planDone, budget. */
    public XYChart<String, Number> chart(String id) {
        return charts.get(id).chart();
    }

    private void choosePngFile(XYChart<String, Number> chart) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(msg.get("insights.savePng"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName(chart.getTitle().replaceAll("[\\\\/:*?\"<>|]", "_") + ".png");
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            savePng(chart, file.toPath());
        }
    }

    /** Takes the chart's picture now (on the FX thread); the view model writes the PNG in the background. */
    public void savePng(Node chart, Path target) {
        WritableImage image = chart.snapshot(null, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        model.savePng(argb, w, h, target);
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
