package dev.rapport.ui.contacts;

import dev.rapport.domain.Account;
import dev.rapport.domain.BuyingRole;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import dev.rapport.domain.PreferredChannel;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Choices;
import dev.rapport.ui.common.ConflictBar;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.FieldErrors;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Fxml;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The form to create or edit a person at an account: Save (Ctrl+S) only when valid, Esc cancels. It
 * stays open until its save has succeeded; a save refused by a newer change keeps the text and
 * offers Reload, Keep mine and Copy my text.
 */
public final class ContactEditor extends Dialog<Contact> {
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private SearchableComboBox<Account> accountBox;
    @FXML private Label accountError;
    @FXML private TextField titleField;
    @FXML private TextField departmentField;
    @FXML private ComboBox<BuyingRole> roleBox;
    @FXML private ComboBox<PreferredChannel> channelBox;
    @FXML private VBox phoneRows;
    @FXML private VBox emailRows;
    @FXML private Button addPhoneButton;
    @FXML private Button addEmailButton;
    @FXML private ComboBox<Integer> monthBox;
    @FXML private ComboBox<Integer> dayBox;
    @FXML private TextField yearField;
    @FXML private Label birthdayError;
    @FXML private TextField addressField;
    @FXML private TextArea interestsArea;
    @FXML private TextArea notesArea;
    @FXML private CheckBox leftCheck;
    @FXML private DatePicker leftOnPicker;
    @FXML private Label leftOnError;
    /** Reads the "left on" text strictly; set up with the FXML fields. */
    private DateField leftOnDate;

    private final Messages msg;
    private final ContactEditorViewModel model;

    public ContactEditor(Window owner, Contact contact, List<Account> accounts, Messages msg, Formats formats,
            String stylesheet, EditorSave<Contact> save) {
        this.msg = msg;
        this.model = new ContactEditorViewModel(contact, accounts, msg, LocalDate.now());
        if (model.isNew() && model.phones.isEmpty()) {
            model.addPhone();
        }
        if (model.isNew() && model.emails.isEmpty()) {
            model.addEmail();
        }
        initOwner(owner);
        setTitle(msg.get(model.isNew() ? "contacts.new" : "contacts.edit"));
        setResizable(true);
        GridPane form = Fxml.load(this, "ContactEditor.fxml", msg.bundle());
        leftOnDate = DateField.apply(leftOnPicker, msg); // before Save binds to it
        ConflictBar conflictBar = new ConflictBar(save, msg, () -> save.reload(model.read(), model::fill),
                () -> save.keepMine(model::toContact), () -> save.copy(model.copyText()));
        getDialogPane().setContent(new VBox(8, conflictBar, form));
        getDialogPane().getStylesheets().add(stylesheet);
        ButtonType saveType = new ButtonType(msg.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(saveType, new ButtonType(msg.get("action.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) getDialogPane().lookupButton(saveType);
        saveButton.setId("save-button");
        // the model only sees the last real date, so text that is not one must hold Save back itself
        saveButton.disableProperty().bind(model.validProperty().not().or(leftOnDate.invalidProperty())
                .or(save.savingProperty())
                .or(save.conflictProperty().isNotNull()));
        // Save runs the write and closes only when it succeeded: a refused save keeps the text on screen
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save.save(model.toContact());
        });
        save.savedProperty().addListener((obs, old, saved) -> {
            if (saved != null) {
                setResult(saved);
                close();
            }
        });
        bind(accounts, formats);
        getDialogPane().getScene().getAccelerators().put(
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (!saveButton.isDisabled()) {
                        saveButton.fire();
                    }
                });
        setResultConverter(button -> save.savedProperty().get());
        dev.rapport.ui.common.EditorGuard.install(this, save, model::copyText);
        Platform.runLater(nameField::requestFocus);
    }

    ContactEditorViewModel model() {
        return model;
    }

    private void bind(List<Account> accounts, Formats formats) {
        nameField.textProperty().bindBidirectional(model.name);
        accountBox.getItems().setAll(accounts);
        accountBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Account a) {
                return a == null ? "" : a.name();
            }

            @Override
            public Account fromString(String s) {
                return null;
            }
        });
        accountBox.valueProperty().bindBidirectional(model.account);
        titleField.textProperty().bindBidirectional(model.title);
        departmentField.textProperty().bindBidirectional(model.department);
        Choices.of(roleBox, BuyingRole.values(), msg, true);
        roleBox.valueProperty().bindBidirectional(model.buyingRole);
        Choices.of(channelBox, PreferredChannel.values(), msg, true);
        channelBox.valueProperty().bindBidirectional(model.preferredChannel);
        rows(phoneRows, model.phones, "phones", "phone");
        rows(emailRows, model.emails, "emails", "email");
        Choices.fill(monthBox, IntStream.rangeClosed(1, 12).boxed().toList(),
                m -> m == null ? msg.get("choice.none") : Month.of(m).getDisplayName(TextStyle.FULL, msg.locale()), true);
        monthBox.valueProperty().bindBidirectional(model.birthdayMonth);
        Choices.fill(dayBox, IntStream.rangeClosed(1, 31).boxed().toList(),
                d -> d == null ? msg.get("choice.none") : d.toString(), true);
        dayBox.valueProperty().bindBidirectional(model.birthdayDay);
        yearField.textProperty().bindBidirectional(model.birthdayYear);
        yearField.setTooltip(new Tooltip(msg.get("contact.birthday.yearHint")));
        addressField.textProperty().bindBidirectional(model.address);
        interestsArea.textProperty().bindBidirectional(model.interests);
        notesArea.textProperty().bindBidirectional(model.notes);
        leftCheck.selectedProperty().bindBidirectional(model.leftAccount);
        leftOnPicker.valueProperty().bindBidirectional(model.leftOn);
        leftOnPicker.disableProperty().bind(model.leftAccount.not());
        FieldErrors.bind(nameError, nameField, model.errors(), "name");
        FieldErrors.bind(accountError, accountBox, model.errors(), "account");
        FieldErrors.bind(birthdayError, monthBox, model.errors(), "birthday");
        FieldErrors.bind(leftOnError, leftOnPicker, model.errors(), "leftOn", leftOnDate.errorProperty());
    }

    @FXML
    void onAddPhone() {
        model.addPhone();
        focusLast(phoneRows);
    }

    @FXML
    void onAddEmail() {
        model.addEmail();
        focusLast(emailRows);
    }

    private static void focusLast(VBox rows) {
        if (!rows.getChildren().isEmpty()) {
            VBox last = (VBox) rows.getChildren().get(rows.getChildren().size() - 1);
            ((HBox) last.getChildren().get(0)).getChildren().get(1).requestFocus();
        }
    }

    /** Keeps one editable line per phone or e-mail, each with its kind, a remove button and its error. */
    private void rows(VBox box, ObservableList<PointRow> rows, String medium, String idPrefix) {
        Runnable rebuild = () -> {
            box.getChildren().clear();
            for (int i = 0; i < rows.size(); i++) {
                PointRow row = rows.get(i);
                ComboBox<ContactPoint.Kind> kind = new ComboBox<>();
                Choices.of(kind, ContactPoint.Kind.values(), msg, false);
                kind.valueProperty().bindBidirectional(row.kind);
                kind.setPrefWidth(100);
                TextField value = new TextField();
                value.setId(idPrefix + "-" + i);
                value.textProperty().bindBidirectional(row.value);
                HBox.setHgrow(value, Priority.ALWAYS);
                Button remove = new Button(null, new FontIcon("mdi2c-close"));
                remove.getStyleClass().add("icon-button");
                remove.setTooltip(new Tooltip(msg.get("action.remove")));
                remove.setOnAction(e -> rows.remove(row));
                Label error = new Label();
                error.getStyleClass().add("field-error");
                error.setId(idPrefix + "-" + i + "-error");
                FieldErrors.bind(error, value, model.errors(), medium + "." + i);
                box.getChildren().add(new VBox(2, new HBox(4, kind, value, remove), error));
            }
        };
        rows.addListener((ListChangeListener<PointRow>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                rebuild.run();
            }
        });
        rebuild.run();
    }
}
