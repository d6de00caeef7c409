package dev.rapport.ui.plans;

import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlannedAccount;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.RecordOpener;
import dev.rapport.ui.common.UiKit;
import java.time.Month;
import java.time.format.TextStyle;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Planner's year: every account's plan as a row of twelve months, actions as chips coloured by
 * level ({@link PlannerChips}). A click on an account's name or a chip opens its plan.
 */
final class PlannerYearView {
    private static final double NAME_SHARE = 0.16;
    private static final double MONTH_SHARE = 0.07;
    /** Room kept for the list's vertical scroll bar. */
    private static final double SCROLLBAR = 16;
    private final PlannerViewModel model;
    private final Messages msg;
    private final PlanOpener opener;
    private final RecordOpener records;
    private final ListView<PlannedAccount> rowsList = new ListView<>();
    private final Label empty = new Label();
    private final PlannerChips chips;
    private final VBox root;

    PlannerYearView(PlannerViewModel model, UiKit kit, PlanOpener opener, RecordOpener records) {
        this.records = records;
        this.model = model;
        this.msg = kit.messages();
        this.opener = opener;
        this.chips = new PlannerChips(model, kit, rowsList, this::openPlan);
        // a virtual list of rows: only the accounts in view are laid out, so hundreds of key
        // accounts open at once; months take fixed shares of the width, a long title is cut in its chip
        rowsList.setId(PlannerIds.GRID);
        rowsList.getStyleClass().add("planner-grid");
        rowsList.setCellFactory(lv -> new RowCell());
        rowsList.widthProperty().addListener((o, old, w) -> rowsList.refresh());
        HBox header = new HBox(headCell(msg.get("plans.planner.account"), NAME_SHARE));
        for (int m = 1; m <= 12; m++) {
            header.getChildren().add(headCell(Month.of(m).getDisplayName(TextStyle.SHORT_STANDALONE, msg.locale()),
                    MONTH_SHARE));
        }
        empty.setId(PlannerIds.EMPTY);
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        empty.setPadding(new Insets(16));
        empty.managedProperty().bind(empty.visibleProperty());
        root = new VBox(empty, header, rowsList, legend());
        VBox.setVgrow(rowsList, Priority.ALWAYS);
        model.changedProperty().addListener((o, old, n) -> redraw());
    }

    Node node() {
        return root;
    }

    private HBox legend() {
        HBox legend = new HBox(8);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setPadding(new Insets(6, 12, 6, 12));
        for (RelationshipLevel l : RelationshipLevel.values()) {
            Label key = new Label(msg.of(l));
            key.getStyleClass().addAll(PlannerIds.CHIP_CLASS, "level-" + l.name());
            legend.getChildren().add(key);
        }
        Label howTo = new Label(msg.get("plans.planner.legend"));
        howTo.getStyleClass().add("muted");
        legend.getChildren().add(howTo);
        return legend;
    }

    private Label headCell(String text, double share) {
        Label head = new Label(text);
        head.getStyleClass().add("planner-head");
        head.setMinWidth(0);
        head.prefWidthProperty().bind(rowsList.widthProperty().subtract(SCROLLBAR).multiply(share));
        head.maxWidthProperty().bind(head.prefWidthProperty());
        return head;
    }

    private double width(double share) {
        return Math.max(0, (rowsList.getWidth() - SCROLLBAR) * share);
    }

    private void redraw() {
        rowsList.getItems().setAll(model.rows());
        rowsList.refresh();
        empty.setVisible(model.rows().isEmpty());
        empty.setText(msg.get("plans.planner.empty", model.yearProperty().get(), msg.get("plans.planner.newPlan"),
                PlannerView.newPlanShortcut()));
        PlanAction moved = chips.takeMoved();
        if (moved != null) {
            // the rows are laid out on the next pulse; focus the moved chip once they are
            Platform.runLater(() -> {
                rowsList.layout();
                rowsList.lookupAll("." + PlannerIds.CHIP_CLASS).stream()
                        .filter(n -> moved.id().equals(n.getUserData())).findFirst().ifPresent(Node::requestFocus);
            });
        }
    }

    private void openPlan(PlannedAccount row) {
        opener.open(root.getScene().getWindow(), row.account(), row.plan().year(), model::reload);
    }

    /** One account's row: its name, then its chips month by month. */
    private final class RowCell extends ListCell<PlannedAccount> {
        RowCell() {
            getStyleClass().add("planner-row");
            setPadding(Insets.EMPTY);
        }

        @Override
        protected void updateItem(PlannedAccount row, boolean isEmpty) {
            super.updateItem(row, isEmpty);
            setText(null);
            if (isEmpty || row == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(row.account().name() + "  ·  " + msg.of(row.account().tier()));
            name.getStyleClass().add("planner-cell");
            name.setMinWidth(0);
            name.setPrefWidth(width(NAME_SHARE));
            name.setMaxWidth(width(NAME_SHARE));
            name.setMaxHeight(Double.MAX_VALUE);
            name.setWrapText(true);
            name.setId(PlannerIds.account(row.account().id()));
            // made when the pointer first comes, as the chips' are: a tooltip is a window of its own, and
            // making one per row each time a row scrolled in was a tenth of the Planner's first frame
            name.setOnMouseEntered(e -> {
                if (name.getTooltip() == null) {
                    name.setTooltip(new Tooltip(msg.get("plans.planner.openPlanTip")));
                }
            });
            name.setOnMouseClicked(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    openPlan(row);
                }
            });
            // the account's page, from its name's menu: a click opens the year's plan, as the tooltip says
            name.setOnContextMenuRequested(e -> {
                MenuItem open = new MenuItem(msg.get("plans.planner.openAccount"));
                open.setId(PlannerIds.OPEN_ACCOUNT);
                open.setOnAction(a -> records.openAccount(row.account().id()));
                new ContextMenu(open).show(name, e.getScreenX(), e.getScreenY());
                e.consume();
            });
            HBox line = new HBox(name);
            for (int m = 1; m <= 12; m++) {
                VBox pane = new VBox(3);
                pane.getStyleClass().addAll("planner-cell", PlannerChips.MONTH_CLASS);
                pane.setMinWidth(0);
                pane.setPrefWidth(width(MONTH_SHARE));
                pane.setMaxWidth(width(MONTH_SHARE));
                pane.setId(PlannerIds.cell(row.account().id(), m));
                pane.setMinHeight(28);
                chips.dropTarget(pane, row, m);
                for (PlanAction a : model.actionsIn(row, m)) {
                    pane.getChildren().add(chips.chip(row, a));
                }
                line.getChildren().add(pane);
            }
            setGraphic(line);
        }
    }
}
