package dev.rapport.ui.contactlog;

import dev.rapport.domain.Account;
import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.Contact;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Sentiment;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Choices;
import dev.rapport.ui.common.ConflictBar;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.CheckComboTitles;
import dev.rapport.ui.common.FieldErrors;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;

/**
 * The form to log an interaction or change a logged one (also a complaint's status and
 * resolution). Everything is reachable with Tab; Ctrl+S or Ctrl+Enter saves when valid, Esc cancels.
 */
public final class InteractionEditor extends Dialog<LogActions.Entry> {
    private final InteractionEditorViewModel model;
    private final Messages msg;
    private final GridPane form = new GridPane();
    private final TextField subjectField = new TextField();
    private final ComboBox<ComplaintStatus> statusBox = new ComboBox<>();
    private boolean syncingPeople;
    private int row;

    /**
     * @param loadPeople loads an account's people and hands them back on the FX thread
     */
    public InteractionEditor(Window owner, InteractionEditorViewModel model, List<Account> accounts,
            List<Long> initiallyChosen, BiConsumer<Long, Consumer<List<Contact>>> loadPeople,
            BiConsumer<Long, Consumer<List<PlanAction>>> loadActions, Messages msg, String stylesheet,
            boolean complaintFirst, EditorSave<LogActions.Entry> save) {
        this.model = model;
        this.msg = msg;
        initOwner(owner);
        setTitle(msg.get(model.isNew() ? "contactlog.editor.newTitle" : "contactlog.editor.editTitle"));
        setResizable(true);
        form.getStyleClass().add("form");
        form.setHgap(10);
        form.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setPrefWidth(420);
        form.getColumnConstraints().addAll(labels, fields);

        SearchableComboBox<Account> accountBox = new SearchableComboBox<>();
        accountBox.setId(InteractionEditorIds.ACCOUNT);
        accountBox.getItems().setAll(accounts);
        accountBox.setConverter(converter(a -> a == null ? "" : a.name()));
        accountBox.setMaxWidth(Double.MAX_VALUE);
        accountBox.valueProperty().bindBidirectional(model.account);
        field("contactlog.field.account", accountBox, "account");

        DatePicker datePicker = new DatePicker();
        datePicker.setId(InteractionEditorIds.DATE);
        datePicker.valueProperty().bindBidirectional(model.date);
        DateField dateField = DateField.apply(datePicker, msg);
        TextField timeField = new TextField();
        timeField.setId(InteractionEditorIds.TIME);
        timeField.setPrefColumnCount(5);
        timeField.textProperty().bindBidirectional(model.time);
        ComboBox<InteractionChannel> channelBox = new ComboBox<>();
        channelBox.setId(InteractionEditorIds.CHANNEL);
        Choices.of(channelBox, InteractionChannel.values(), msg, false);
        channelBox.valueProperty().bindBidirectional(model.channel);
        // the labels inside a row keep their whole word ("Cha..." at 1280x720); the boxes give way
        HBox when = new HBox(8, datePicker, timeField, wholeLabel("contactlog.field.channel"), channelBox);
        when.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        field("contactlog.field.when", when, null);
        errorRow("at", dateField);
        errorRow("time", timeField);

        CheckComboBox<Contact> people = new CheckComboBox<>();
        people.setId(InteractionEditorIds.CONTACTS);
        people.setMaxWidth(Double.MAX_VALUE);
        people.setConverter(converter(c -> c == null ? "" : c.name()));
        people.setShowCheckedCount(false);
        Bindings2.syncChecks(people, model, () -> syncingPeople, v -> syncingPeople = v);
        // "Choose people" only while nobody is chosen: with a title the box showed it over the names chosen
        String nobody = msg.get("contactlog.field.contactsNone");
        people.setTitle(model.chosen.isEmpty() ? nobody : null);
        model.chosen.addListener((ListChangeListener<Contact>) c -> {
            people.setTitle(model.chosen.isEmpty() ? nobody : null);
            CheckComboTitles.refresh(people);
        });
        field("contactlog.field.contacts", people, "contacts");
        model.account.addListener((obs, old, a) -> {
            if (a != null) {
                List<Long> keep = model.chosenIds();
                loadPeople.accept(a.id(), list -> model.setAvailable(list, keep));
            }
        });
        if (model.account.get() != null) {
            List<Long> keep = List.copyOf(initiallyChosen);
            loadPeople.accept(model.account.get().id(), list -> model.setAvailable(list, keep));
        }

        subjectField.setId(InteractionEditorIds.SUBJECT);
        subjectField.textProperty().bindBidirectional(model.subject);
        field("contactlog.field.subject", subjectField, "subject");
        TextArea notesArea = new TextArea();
        notesArea.setId(InteractionEditorIds.NOTES);
        notesArea.setPrefRowCount(4);
        notesArea.setWrapText(true);
        notesArea.textProperty().bindBidirectional(model.notes);
        tabMovesFocus(notesArea);
        field("contactlog.field.notes", notesArea, "notes");
        TextField outcomeField = new TextField();
        outcomeField.setId(InteractionEditorIds.OUTCOME);
        outcomeField.textProperty().bindBidirectional(model.outcome);
        field("contactlog.field.outcome", outcomeField, "outcome");
        ComboBox<Sentiment> sentimentBox = new ComboBox<>();
        sentimentBox.setId(InteractionEditorIds.SENTIMENT);
        Choices.of(sentimentBox, Sentiment.values(), msg, false);
        sentimentBox.valueProperty().bindBidirectional(model.sentiment);
        TextField costField = new TextField();
        costField.setId(InteractionEditorIds.COST);
        costField.setPrefColumnCount(8);
        costField.textProperty().bindBidirectional(model.cost);
        HBox feel = new HBox(8, sentimentBox, wholeLabel("contactlog.field.cost"), costField);
        feel.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        field("contactlog.field.sentiment", feel, null);
        errorRow("cost", costField);

        DatePicker followUpPicker = new DatePicker();
        followUpPicker.setId(InteractionEditorIds.FOLLOW_UP_DATE);
        followUpPicker.valueProperty().bindBidirectional(model.followUpOn);
        DateField followUpDate = DateField.apply(followUpPicker, msg);
        TextField followUpField = new TextField();
        followUpField.setId(InteractionEditorIds.FOLLOW_UP_WHAT);
        followUpField.setPromptText(msg.get("contactlog.field.followUpPrompt"));
        followUpField.textProperty().bindBidirectional(model.followUpWhat);
        HBox.setHgrow(followUpField, Priority.ALWAYS);
        CheckBox doneBox = new CheckBox(msg.get("contactlog.field.followUpDone"));
        doneBox.setId(InteractionEditorIds.FOLLOW_UP_DONE);
        doneBox.selectedProperty().bindBidirectional(model.followUpDone);
        doneBox.disableProperty().bind(model.followUpOn.isNull());
        HBox followUp = new HBox(8, followUpPicker, followUpField, doneBox);
        followUp.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        field("contactlog.field.followUp", followUp, null);
        errorRow("followUpOn", followUpDate);
        errorRow("followUpWhat", followUpField);

        statusBox.setId(InteractionEditorIds.COMPLAINT_STATUS);
        Choices.of(statusBox, ComplaintStatus.values(), msg, false);
        statusBox.valueProperty().bindBidirectional(model.complaintStatus);
        DatePicker resolvedPicker = new DatePicker();
        resolvedPicker.setId(InteractionEditorIds.RESOLVED_ON);
        resolvedPicker.valueProperty().bindBidirectional(model.resolvedOn);
        DateField resolvedDate = DateField.apply(resolvedPicker, msg);
        resolvedPicker.disableProperty().bind(model.complaintStatus.isNotEqualTo(ComplaintStatus.RESOLVED));
        HBox status = new HBox(8, statusBox, new Label(msg.get("contactlog.field.resolvedOn")), resolvedPicker);
        status.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        TextArea resolutionArea = new TextArea();
        resolutionArea.setId(InteractionEditorIds.RESOLUTION);
        resolutionArea.setPrefRowCount(2);
        resolutionArea.setWrapText(true);
        resolutionArea.textProperty().bindBidirectional(model.resolution);
        tabMovesFocus(resolutionArea);
        Label statusLabel = label("contactlog.field.complaintStatus");
        Label resolutionLabel = label("contactlog.field.resolution");
        Label resolvedError = errorLabel("resolvedOn", resolvedDate);
        Label statusError = errorLabel("complaintStatus", statusBox);
        VBox complaintBox = new VBox(4, status, resolvedError, statusError);
        form.addRow(row++, statusLabel, complaintBox);
        form.addRow(row++, resolutionLabel, resolutionArea);
        for (Node n : List.of(statusLabel, complaintBox, resolutionLabel, resolutionArea)) {
            n.visibleProperty().bind(model.complaintProperty());
            n.managedProperty().bind(model.complaintProperty());
        }
        model.complaintProperty().addListener((obs, old, now) -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });

        if (model.isNew()) {
            ComboBox<PlanAction> actionBox = new ComboBox<>();
            actionBox.setId(InteractionEditorIds.PLAN_ACTION);
            actionBox.setMaxWidth(Double.MAX_VALUE);
            Choices.fill(actionBox, List.of(), a -> a == null ? msg.get("contactlog.field.plannedActionNone")
                    : msg.get("contactlog.field.plannedActionItem", a.title(), a.month().toString()), true);
            model.openActions.addListener((ListChangeListener<PlanAction>) c -> {
                PlanAction keep = model.plannedAction.get();
                List<PlanAction> items = new java.util.ArrayList<>();
                items.add(null);
                items.addAll(model.openActions);
                actionBox.getItems().setAll(items);
                actionBox.setValue(keep);
            });
            actionBox.valueProperty().bindBidirectional(model.plannedAction);
            Label actionLabel = label("contactlog.field.plannedAction");
            form.addRow(row++, actionLabel, actionBox);
            javafx.beans.binding.BooleanBinding any = javafx.beans.binding.Bindings.isNotEmpty(model.openActions);
            for (Node n : List.of(actionLabel, actionBox)) {
                n.visibleProperty().bind(any);
                n.managedProperty().bind(any);
            }
            model.account.addListener((obs, old, a) -> {
                if (a != null) {
                    loadActions.accept(a.id(), model::setOpenActions);
                }
            });
            if (model.account.get() != null) {
                loadActions.accept(model.account.get().id(), model::setOpenActions);
            }
        }
        ConflictBar conflictBar = new ConflictBar(save, msg,
                () -> save.reload(new LogActions.Entry(model.read(), null), e -> model.fill(e.interaction())),
                () -> save.keepMine(this::entry), () -> save.copy(model.copyText()));
        getDialogPane().setContent(new VBox(8, conflictBar, form));
        getDialogPane().getStylesheets().add(stylesheet);
        ButtonType saveType = new ButtonType(msg.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(msg.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(saveType, cancel);
        Button cancelButton = (Button) getDialogPane().lookupButton(cancel);
        cancelButton.setId(InteractionEditorIds.CANCEL);
        // Esc closes the form from any field, even one that would keep the key for itself
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focused = getDialogPane().getScene().getFocusOwner();
            boolean popupOpen = focused instanceof javafx.scene.control.ComboBoxBase<?> box && box.isShowing();
            if (e.getCode() == KeyCode.ESCAPE && !popupOpen) {
                e.consume();
                cancelButton.fire();
            }
        });
        Button saveButton = (Button) getDialogPane().lookupButton(saveType);
        saveButton.setId(InteractionEditorIds.SAVE);
        // the model only sees the last real date, so text that is not one must hold Save back itself
        saveButton.disableProperty().bind(model.validProperty().not().or(dateField.invalidProperty())
                .or(followUpDate.invalidProperty()).or(resolvedDate.invalidProperty()).or(save.savingProperty())
                .or(save.conflictProperty().isNotNull()));
        // Save runs the write and closes only when it succeeded: a refused save keeps the text on screen
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save.save(entry());
        });
        save.savedProperty().addListener((obs, old, saved) -> {
            if (saved != null) {
                setResult(saved);
                close();
            }
        });
        Runnable saveIfValid = () -> {
            // a date typed but not yet confirmed with Enter counts, as it would when clicking Save
            for (DatePicker p : List.of(datePicker, followUpPicker, resolvedPicker)) {
                commitTyped(p);
            }
            if (!saveButton.isDisabled()) {
                saveButton.fire();
            }
        };
        getDialogPane().getScene().getAccelerators().put(
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), saveIfValid);
        getDialogPane().getScene().getAccelerators().put(
                new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), saveIfValid);
        setResultConverter(button -> save.savedProperty().get());
        dev.rapport.ui.common.EditorGuard.install(this, save, model::copyText);
        Platform.runLater(complaintFirst ? statusBox::requestFocus
                : model.account.get() == null ? accountBox::requestFocus : subjectField::requestFocus);
    }

    private LogActions.Entry entry() {
        return new LogActions.Entry(model.toInteraction(), model.plannedAction.get());
    }

    private static void commitTyped(DatePicker picker) {
        String typed = picker.getEditor().getText();
        // the strict converter never throws: text that is not a date leaves the value as it was
        java.time.LocalDate value = typed == null || typed.isBlank() ? null
                : picker.getConverter().fromString(typed.strip());
        if (!java.util.Objects.equals(value, picker.getValue())) {
            picker.setValue(value);
        }
    }

    InteractionEditorViewModel model() {
        return model;
    }

    private void field(String labelKey, Node field, String errorKey) {
        form.addRow(row++, label(labelKey), field);
        if (errorKey != null) {
            errorRow(errorKey, field);
        }
    }

    private void errorRow(String key, Node field) {
        form.add(errorLabel(key, field), 1, row++);
    }

    private void errorRow(String key, DateField date) {
        form.add(errorLabel(key, date), 1, row++);
    }

    /** A date's own problem (text that is not a date) comes before the model's rule for it. */
    private Label errorLabel(String key, DateField date) {
        Label error = new Label();
        error.setId(InteractionEditorIds.error(key));
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        FieldErrors.bind(error, date.picker(), model.shownErrors(), key, date.errorProperty());
        return error;
    }

    private Label errorLabel(String key, Node field) {
        Label error = new Label();
        error.setId(InteractionEditorIds.error(key));
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        FieldErrors.bind(error, field, model.shownErrors(), key);
        return error;
    }

    private Label label(String key) {
        Label l = new Label(msg.get(key));
        l.setMinWidth(Control.USE_PREF_SIZE);
        return l;
    }

    /** In a text area Tab moves on to the next field, as in every other field of the form. */
    private static void tabMovesFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // Ctrl+Tab is the text area's own "move focus on"
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return f.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** Keeps the CheckComboBox's checks and the model's chosen people the same, both ways. */
    private static final class Bindings2 {
        static void syncChecks(CheckComboBox<Contact> box, InteractionEditorViewModel model,
                java.util.function.BooleanSupplier syncing, Consumer<Boolean> setSyncing) {
            model.available.addListener((ListChangeListener<Contact>) c -> {
                setSyncing.accept(true);
                box.getCheckModel().clearChecks();
                box.getItems().setAll(model.available);
                model.chosen.forEach(p -> box.getCheckModel().check(p));
                setSyncing.accept(false);
            });
            model.chosen.addListener((ListChangeListener<Contact>) c -> {
                if (syncing.getAsBoolean()) {
                    return;
                }
                setSyncing.accept(true);
                box.getCheckModel().clearChecks();
                model.chosen.forEach(p -> box.getCheckModel().check(p));
                setSyncing.accept(false);
            });
            box.getCheckModel().getCheckedItems().addListener((ListChangeListener<Contact>) c -> {
                if (!syncing.getAsBoolean()) {
                    setSyncing.accept(true);
                    model.chosen.setAll(box.getCheckModel().getCheckedItems());
                    setSyncing.accept(false);
                }
            });
        }
    }

    private Label wholeLabel(String key) {
        Label label = new Label(msg.get(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
