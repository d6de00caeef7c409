package dev.rapport.ui.insights;

import dev.rapport.domain.ChurnAnalysis;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Choices;
import dev.rapport.ui.common.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Steps 1 to 4 of exit management as a table: the rate, the profit lost and what retention may cost. */
final class ChurnTableView {
    private static final double ROW = 26;
    private final InsightsViewModel model;
    private final Messages msg;
    private final Formats formats;
    private final VBox card;

    ChurnTableView(InsightsViewModel model, Messages msg, Formats formats) {
        this.model = model;
        this.msg = msg;
        this.formats = formats;
        Label title = new Label(msg.get("insights.churn.title"));
        title.getStyleClass().add("subsection-title");
        ComboBox<Integer> quarter = new ComboBox<>();
        quarter.setId(InsightsIds.QUARTER);
        Choices.fill(quarter, List.of(0, 1, 2, 3, 4), q -> q == null || q == 0 ? msg.get("insights.churn.wholeYear")
                : msg.get("insights.churn.quarter", q), false);
        quarter.valueProperty().bindBidirectional(model.quarterProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, quarter);
        head.setAlignment(Pos.CENTER_LEFT);
        TableView<ChurnAnalysis.Row> table = table();
        Label summary = new Label();
        summary.setId(InsightsIds.CHURN_SUMMARY);
        summary.setWrapText(true);
        model.churnTableProperty().addListener((o, old, t) -> {
            if (t == null) {
                return;
            }
            List<ChurnAnalysis.Row> rows = new ArrayList<>(t.rows());
            rows.add(new ChurnAnalysis.Row(null, t.total()));
            table.getItems().setAll(rows);
            // as tall as its rows, so the table never shows a column of empty lines
            table.setPrefHeight(ROW * (rows.size() + 1) + 6);
            summary.setText(model.churnSummary(t));
        });
        card = new VBox(6, head, table, summary);
        card.getStyleClass().add("chart-card");
    }

    VBox node() {
        return card;
    }

    private TableView<ChurnAnalysis.Row> table() {
        TableView<ChurnAnalysis.Row> table = new TableView<>();
        table.setId(InsightsIds.CHURN_TABLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW);
        table.setPrefHeight(ROW * 3 + 32);
        Label placeholder = new Label();
        // until the first figures arrive the table is loading, not empty ("No accounts in this period" was untrue)
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.churnTableProperty().isNull())
                .then(msg.get("task.loading")).otherwise(msg.get("insights.churn.none")));
        table.setPlaceholder(placeholder);
        table.getColumns().add(column("churn.cli.group", r -> r.group() == null ? msg.get("churn.cli.total")
                : model.churnGroupLabel(r.group())));
        table.getColumns().add(column("churn.cli.atStart", r -> Integer.toString(r.figures().accountsAtStart())));
        table.getColumns().add(column("churn.cli.exits", r -> Integer.toString(r.figures().exits())));
        table.getColumns().add(column("churn.cli.newExits", r -> Integer.toString(r.figures().exitsOfNewAccounts())));
        table.getColumns().add(column("churn.cli.rate", r -> r.figures().churnRatePct()
                .map(v -> formats.decimal(v) + " %").orElse("—")));
        table.getColumns().add(column("churn.cli.revenueLost", r -> formats.money(r.figures().revenueLost())));
        table.getColumns().add(column("churn.cli.profitLost", r -> formats.money(r.figures().profitLost())));
        table.getColumns().add(column("churn.cli.avgClvLost", r -> r.figures().averageLifetimeValueLost()
                .map(formats::money).orElse("—")));
        table.getColumns().add(column("churn.cli.breakEven", r -> formats.money(r.figures().breakEvenRetentionBudget())));
        return table;
    }

    private TableColumn<ChurnAnalysis.Row, String> column(String key, Function<ChurnAnalysis.Row, String> value) {
        TableColumn<ChurnAnalysis.Row, String> c = new TableColumn<>(msg.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
