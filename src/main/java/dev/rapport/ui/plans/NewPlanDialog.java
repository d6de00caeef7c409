package dev.rapport.ui.plans;

import dev.rapport.domain.Account;
import dev.rapport.i18n.Messages;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/** The Planner's "New plan…" (Ctrl+N): which account, of those without a plan for the year, the plan is for. */
final class NewPlanDialog {
    private NewPlanDialog() {
    }

    /** The chosen account, or empty when the user cancelled. */
    static Optional<Account> choose(Window owner, List<Account> accounts, int year, Messages msg, String stylesheet) {
        Dialog<Account> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(msg.get("plans.planner.newPlan.title"));
        dialog.setHeaderText(null);
        SearchableComboBox<Account> account = new SearchableComboBox<>();
        account.setId(PlannerIds.NEW_PLAN_ACCOUNT);
        account.getItems().setAll(accounts);
        account.setMaxWidth(Double.MAX_VALUE);
        account.setConverter(new StringConverter<>() {
            @Override
            public String toString(Account a) {
                return a == null ? "" : a.name();
            }

            @Override
            public Account fromString(String s) {
                return accounts.stream().filter(a -> a.name().equals(s)).findFirst().orElse(null);
            }
        });
        Label question = new Label(msg.get("plans.planner.newPlan.question", year));
        question.setLabelFor(account);
        question.setWrapText(true);
        VBox box = new VBox(8, question, account);
        box.setPadding(new Insets(12));
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getStylesheets().add(stylesheet);
        ButtonType create = new ButtonType(msg.get("plans.planner.newPlan.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create,
                new ButtonType(msg.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(create).setId(PlannerIds.NEW_PLAN_CREATE);
        dialog.getDialogPane().lookupButton(create).disableProperty().bind(account.valueProperty().isNull());
        dialog.setResultConverter(b -> b == create ? account.getValue() : null);
        Platform.runLater(account::requestFocus);
        return dialog.showAndWait();
    }
}
