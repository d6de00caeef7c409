package dev.rapport.ui.plans;

import dev.rapport.domain.plan.DueAction;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.UiKit;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Planner's "due" tab: this month's and overdue actions, to mark done or edit; Enter opens the plan. */
final class PlannerDueView {
    private final PlannerViewModel model;
    private final Messages msg;
    private final Formats formats;
    private final PlanOpener opener;
    private final ListView<DueAction> dueList = new ListView<>();
    private final VBox root;

    PlannerDueView(PlannerViewModel model, UiKit kit, PlanOpener opener) {
        this.model = model;
        this.msg = kit.messages();
        this.formats = kit.formats();
        this.opener = opener;
        dueList.setId(PlannerIds.DUE);
        dueList.setPlaceholder(new Label(msg.get("plans.planner.nothingDue")));
        dueList.setCellFactory(lv -> new DueCell());
        dueList.setOnMouseClicked(e -> {
            DueAction d = dueList.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && d != null) {
                openPlan(d);
            }
        });
        dueList.setOnKeyPressed(e -> {
            DueAction d = dueList.getSelectionModel().getSelectedItem();
            if (d != null && e.getCode() == KeyCode.ENTER) {
                openPlan(d);
                e.consume();
            }
        });
        Button done = new Button(msg.get("plans.action.markDone"), new FontIcon("mdi2c-check"));
        done.setId(PlannerIds.MARK_DONE);
        done.disableProperty().bind(dueList.getSelectionModel().selectedItemProperty().isNull());
        done.setOnAction(e -> model.markDone(dueList.getSelectionModel().getSelectedItem().action()));
        Button edit = new Button(msg.get("plans.planner.editAction"), new FontIcon("mdi2p-pencil-outline"));
        edit.setId(PlannerIds.EDIT_ACTION);
        edit.disableProperty().bind(dueList.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> editAction(dueList.getSelectionModel().getSelectedItem()));
        Label hint = new Label(msg.get("plans.planner.dueHint"));
        hint.getStyleClass().add("muted");
        root = new VBox(8, new HBox(8, done, edit, hint), dueList);
        VBox.setVgrow(dueList, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        model.changedProperty().addListener((o, old, n) -> dueList.getItems().setAll(model.due()));
    }

    Node node() {
        return root;
    }

    private void editAction(DueAction d) {
        opener.openAction(root.getScene().getWindow(), d.account(), d.action(), d.plan().year(), model::reload);
    }

    private void openPlan(DueAction d) {
        opener.open(root.getScene().getWindow(), d.account(), d.plan().year(), model::reload);
    }

    private final class DueCell extends ListCell<DueAction> {
        @Override
        protected void updateItem(DueAction d, boolean isEmpty) {
            super.updateItem(d, isEmpty);
            if (isEmpty || d == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            PlanAction a = d.action();
            Label chip = new Label(msg.of(a.level()));
            chip.getStyleClass().addAll(PlannerIds.CHIP_CLASS, "level-" + a.level().name());
            Label when = new Label(PlanText.when(a, formats, msg));
            if (d.overdue()) {
                when.setText(msg.get("plans.planner.overdue", when.getText()));
                when.getStyleClass().add("planner-overdue");
            }
            Label text = new Label(d.account().name() + " — " + a.title() + " (" + msg.of(a.status()) + ")");
            HBox box = new HBox(8, chip, when, text);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
            setText(null);
        }
    }
}
