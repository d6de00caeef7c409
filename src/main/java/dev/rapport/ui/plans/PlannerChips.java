package dev.rapport.ui.plans;

import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlannedAccount;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.UiKit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * The year grid's action chips: a chip is moved to another month by dragging it onto that month's
 * cell, or with Alt+Left / Alt+Right; Enter, Space or a click opens its plan.
 */
final class PlannerChips {
    /** The style class of a month cell of the grid, where chips sit and are dropped. */
    static final String MONTH_CLASS = "planner-month";
    private final PlannerViewModel model;
    private final Messages msg;
    private final Formats formats;
    private final ListView<PlannedAccount> rowsList;
    private final Consumer<PlannedAccount> openPlan;
    /** The chip moved last: it takes the focus again once the grid is redrawn. */
    private PlanAction moved;

    /** A month column of one account's row: where chips sit and are dropped. */
    private record MonthCell(PlannedAccount row, int month, VBox pane) {
    }

    PlannerChips(PlannerViewModel model, UiKit kit, ListView<PlannedAccount> rowsList,
            Consumer<PlannedAccount> openPlan) {
        this.model = model;
        this.msg = kit.messages();
        this.formats = kit.formats();
        this.rowsList = rowsList;
        this.openPlan = openPlan;
    }

    /** The action moved last, once: the grid focuses its chip after the redraw the move caused. */
    PlanAction takeMoved() {
        PlanAction a = moved;
        moved = null;
        return a;
    }

    /** Marks the pane as the cell of the row's month, where a dragged chip can land. */
    void dropTarget(VBox pane, PlannedAccount row, int month) {
        pane.getProperties().put(MonthCell.class, new MonthCell(row, month, pane));
    }

    Label chip(PlannedAccount row, PlanAction a) {
        Label chip = new Label(a.title());
        chip.setId(PlannerIds.chip(a.id()));
        chip.setUserData(a.id());
        chip.getStyleClass().addAll(PlannerIds.CHIP_CLASS, "level-" + a.level().name(), "status-" + a.status().name());
        chip.setFocusTraversable(true);
        chip.setMaxWidth(Double.MAX_VALUE);
        chip.setMinWidth(0);
        // the tooltip is made when the pointer first comes: thousands of chips, few ever hovered
        chip.setOnMouseEntered(e -> {
            if (chip.getTooltip() == null) {
                chip.setTooltip(new Tooltip(msg.get("plans.planner.chipTip", a.title(), msg.of(a.level()),
                        msg.of(a.type()), msg.of(a.status()), PlanText.when(a, formats, msg), formats.money(a.budget()))));
            }
        });
        chip.setOnMousePressed(e -> {
            chip.requestFocus();
            // the row must not take the press (it would select itself and end the drag)
            e.consume();
        });
        chip.setOnMouseDragged(e -> highlight(cellAt(e.getSceneX(), e.getSceneY())));
        chip.setOnMouseReleased(e -> {
            highlight(null);
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            MonthCell target = cellAt(e.getSceneX(), e.getSceneY());
            if (e.isStillSincePress() || target == null || target.month() == a.month().getMonthValue()) {
                if (e.isStillSincePress()) {
                    openPlan.accept(row);
                }
                return;
            }
            moved = a;
            model.move(a, target.month());
        });
        chip.setOnKeyPressed(e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT)) {
                moved = a;
                model.move(a, a.month().getMonthValue() + (e.getCode() == KeyCode.RIGHT ? 1 : -1));
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                openPlan.accept(row);
                e.consume();
            }
        });
        return chip;
    }

    /** The month cells now on screen. */
    private List<MonthCell> visibleCells() {
        List<MonthCell> out = new ArrayList<>();
        for (Node n : rowsList.lookupAll("." + MONTH_CLASS)) {
            Object c = n.getProperties().get(MonthCell.class);
            if (c instanceof MonthCell cell && shown(n)) {
                out.add(cell);
            }
        }
        return out;
    }

    /** Whether the node is on screen: the list keeps spare rows out of sight for reuse. */
    private boolean shown(Node n) {
        for (Node p = n; p != null && p != rowsList; p = p.getParent()) {
            if (!p.isVisible() || p instanceof ListCell<?> cell && (cell.isEmpty() || cell.getGraphic() == null)) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** The month cell under a point of the scene. */
    private MonthCell cellAt(double sceneX, double sceneY) {
        for (MonthCell c : visibleCells()) {
            Bounds b = c.pane().localToScene(c.pane().getBoundsInLocal());
            if (b.contains(sceneX, sceneY)) {
                return c;
            }
        }
        return null;
    }

    private void highlight(MonthCell target) {
        for (MonthCell c : visibleCells()) {
            c.pane().getStyleClass().remove("drop-target");
        }
        if (target != null) {
            target.pane().getStyleClass().add("drop-target");
        }
    }
}
