package dev.rapport.ui.retention;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountExit;
import dev.rapport.domain.ExitReason;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Choices;
import dev.rapport.ui.common.ConflictBar;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.FieldErrors;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Styles;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Exit…": records why an account left, prefilled with its revenue and margin; "Edit exit…": the
 * same form filled with an exit recorded before. Esc cancels. It stays open until its save has
 * succeeded; a save refused by a newer change keeps the text and offers Reload, Keep mine and Copy
 * my text.
 */
public final class ExitEditor extends Dialog<ExitEditorViewModel.Entry> {
    private final ExitEditorViewModel model;

    public ExitEditor(Window owner, Account account, LocalDate customerSince, LocalDate today, Messages msg,
            Formats formats, EditorSave<ExitEditorViewModel.Entry> save) {
        this(owner, account, null, customerSince, today, msg, formats, save);
    }

    /** @param editing the exit to correct, or null to record a new one */
    public ExitEditor(Window owner, Account account, AccountExit editing, LocalDate customerSince, LocalDate today,
            Messages msg, Formats formats, EditorSave<ExitEditorViewModel.Entry> save) {
        this.model = new ExitEditorViewModel(account, editing, customerSince, today, msg, formats);
        initOwner(owner);
        setTitle(msg.get(model.isEdit() ? "retention.exit.editTitle" : "retention.exit.title", account.name()));
        setResizable(true);
        Styles.apply(getDialogPane());

        DatePicker exitedOn = new DatePicker();
        exitedOn.setId(ExitEditorIds.DATE);
        exitedOn.valueProperty().bindBidirectional(model.exitedOn);
        DateField exitedOnField = DateField.apply(exitedOn, msg);
        ComboBox<ExitReason> reason = new ComboBox<>();
        reason.setId(ExitEditorIds.REASON);
        Choices.of(reason, ExitReason.values(), msg, false);
        reason.valueProperty().bindBidirectional(model.reason);
        TextArea reasonText = new TextArea();
        reasonText.setId(ExitEditorIds.REASON_TEXT);
        reasonText.setPrefRowCount(2);
        reasonText.setWrapText(true);
        reasonText.textProperty().bindBidirectional(model.reasonText);
        TextField revenue = new TextField();
        revenue.setId(ExitEditorIds.REVENUE);
        revenue.textProperty().bindBidirectional(model.revenue);
        TextField margin = new TextField();
        margin.setId(ExitEditorIds.MARGIN);
        margin.textProperty().bindBidirectional(model.margin);
        CheckBox avoidable = new CheckBox(msg.get("retention.exit.avoidable"));
        avoidable.setId(ExitEditorIds.AVOIDABLE);
        avoidable.selectedProperty().bindBidirectional(model.avoidable);
        TextArea winBack = new TextArea();
        winBack.setId(ExitEditorIds.WIN_BACK);
        winBack.setPrefRowCount(2);
        winBack.setWrapText(true);
        winBack.setPromptText(msg.get("retention.exit.winBackPrompt"));
        winBack.textProperty().bindBidirectional(model.winBackPlan);
        DatePicker since = new DatePicker();
        since.setId(ExitEditorIds.SINCE);
        since.valueProperty().bindBidirectional(model.customerSince);
        DateField sinceField = DateField.apply(since, msg);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setPrefWidth(340);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        form.addRow(row++, new Label(msg.get("retention.exit.date")), withError(exitedOnField, "exitedOn"));
        form.addRow(row++, new Label(msg.get("retention.exit.reason")), withError(reason, "reason"));
        form.addRow(row++, new Label(msg.get("retention.exit.reasonText")), reasonText);
        form.addRow(row++, new Label(msg.get("retention.exit.revenue")), withError(revenue, "revenueAtExit"));
        form.addRow(row++, new Label(msg.get("retention.exit.margin")), withError(margin, "marginPctAtExit"));
        form.addRow(row++, new Label(), avoidable);
        form.addRow(row++, new Label(msg.get("retention.exit.winBack")), winBack);
        form.addRow(row, new Label(msg.get("retention.exit.since")), withError(sinceField, "customerSince"));
        ConflictBar conflictBar = new ConflictBar(save, msg,
                () -> save.reload(new ExitEditorViewModel.Entry(model.read(), null),
                        e -> model.fill(e.result())),
                () -> save.keepMine(this::typed), () -> save.copy(model.copyText()));
        getDialogPane().setContent(new VBox(8, conflictBar, form));

        ButtonType saveType = new ButtonType(msg.get(model.isEdit() ? "action.save" : "retention.exit.confirm"),
                ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(saveType, new ButtonType(msg.get("action.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Node saveButton = getDialogPane().lookupButton(saveType);
        saveButton.setId(ExitEditorIds.SAVE);
        // the model only sees the last real date, so text that is not one must hold Save back itself
        saveButton.disableProperty().bind(model.validProperty().not()
                .or(exitedOnField.invalidProperty()).or(sinceField.invalidProperty()).or(save.savingProperty())
                .or(save.conflictProperty().isNotNull()));
        // Save runs the write and closes only when it succeeded: a refused save keeps the text on screen
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save.save(typed());
        });
        save.savedProperty().addListener((obs, old, saved) -> {
            if (saved != null) {
                setResult(saved);
                close();
            }
        });
        setResultConverter(button -> save.savedProperty().get());
        dev.rapport.ui.common.EditorGuard.install(this, save, model::copyText);
        Platform.runLater(reason::requestFocus);
    }

    private ExitEditorViewModel.Entry typed() {
        return new ExitEditorViewModel.Entry(model.toResult(), null);
    }

    private VBox withError(Node field, String key) {
        Label error = new Label();
        error.setId(ExitEditorIds.error(key));
        error.getStyleClass().add("field-error");
        FieldErrors.bind(error, field, model.errors(), key);
        return new VBox(2, field, error);
    }

    private VBox withError(DateField date, String key) {
        Label error = new Label();
        error.setId(ExitEditorIds.error(key));
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        FieldErrors.bind(error, date.picker(), model.errors(), key, date.errorProperty());
        return new VBox(2, date.picker(), error);
    }

    ExitEditorViewModel model() {
        return model;
    }
}
