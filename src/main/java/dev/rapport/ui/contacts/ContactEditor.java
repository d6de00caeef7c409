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
import java.time.Clock;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
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
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
    private final TextField nameField = new TextField();
    private final Label nameError = errorLabel(ContactEditorIds.NAME_ERROR);
    private final SearchableComboBox<Account> accountBox = new SearchableComboBox<>();
    private final Label accountError = errorLabel(ContactEditorIds.ACCOUNT_ERROR);
    private final TextField titleField = new TextField();
    private final TextField departmentField = new TextField();
    private final ComboBox<BuyingRole> roleBox = new ComboBox<>();
    private final ComboBox<PreferredChannel> channelBox = new ComboBox<>();
    private final VBox phoneRows = new VBox(4);
    private final VBox emailRows = new VBox(4);
    private final ComboBox<Integer> monthBox = new ComboBox<>();
    private final ComboBox<Integer> dayBox = new ComboBox<>();
    private final TextField yearField = new TextField();
    private final Label birthdayError = errorLabel(ContactEditorIds.BIRTHDAY_ERROR);
    private final TextField addressField = new TextField();
    private final TextArea interestsArea = new TextArea();
    private final TextArea notesArea = new TextArea();
    private final CheckBox leftCheck = new CheckBox();
    private final DatePicker leftOnPicker = new DatePicker();
    private final Label leftOnError = errorLabel(ContactEditorIds.LEFT_ON_ERROR);
    /** Reads the "left on" text strictly. */
    private final DateField leftOnDate;

    private final Messages msg;
    private final ContactEditorViewModel model;

    public ContactEditor(Window owner, ContactEditorViewModel model, List<Account> accounts, Messages msg,
            String stylesheet, EditorSave<Contact> save) {
        this.msg = msg;
        this.model = model;
        initOwner(owner);
        setTitle(msg.get(model.isNew() ? "contacts.new" : "contacts.edit"));
        setResizable(true);
        GridPane form = form();
        leftOnDate = DateField.apply(leftOnPicker, msg); // before Save binds to it
        ConflictBar conflictBar = new ConflictBar(save, msg, () -> save.reload(model.read(), model::fill),
                () -> save.keepMine(model::toContact), () -> save.copy(model.copyText()));
        getDialogPane().setContent(new VBox(8, conflictBar, form));
        getDialogPane().getStylesheets().add(stylesheet);
        ButtonType saveType = new ButtonType(msg.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(saveType, new ButtonType(msg.get("action.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) getDialogPane().lookupButton(saveType);
        saveButton.setId(ContactEditorIds.SAVE);
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
        bind(accounts);
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

    /** The form's grid: four columns, a label before each field, errors under the fields they concern. */
    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.getStyleClass().add("editor-form");
        // wide enough for a phone's kind and number, and the birthday's month, day and year, side by side
        grid.setPrefWidth(900);
        grid.setPadding(new Insets(8));
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(130);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        field.setPrefWidth(300);
        grid.getColumnConstraints().addAll(label, field, label, field);

        nameField.setId(ContactEditorIds.NAME);
        accountBox.setId(ContactEditorIds.ACCOUNT);
        accountBox.setMaxWidth(Double.MAX_VALUE);
        grid.add(required(label("contact.name", nameField)), 0, 0);
        grid.add(new VBox(nameField, nameError), 1, 0);
        grid.add(required(label("contact.account", accountBox)), 2, 0);
        grid.add(new VBox(accountBox, accountError), 3, 0);

        titleField.setId(ContactEditorIds.TITLE);
        departmentField.setId(ContactEditorIds.DEPARTMENT);
        grid.add(label("contact.title", titleField), 0, 1);
        grid.add(titleField, 1, 1);
        grid.add(label("contact.department", departmentField), 2, 1);
        grid.add(departmentField, 3, 1);

        roleBox.setId(ContactEditorIds.ROLE);
        roleBox.setMaxWidth(Double.MAX_VALUE);
        channelBox.setId(ContactEditorIds.CHANNEL);
        channelBox.setMaxWidth(Double.MAX_VALUE);
        grid.add(label("contact.buyingRole", roleBox), 0, 2);
        grid.add(roleBox, 1, 2);
        grid.add(label("contact.preferredChannel", channelBox), 2, 2);
        grid.add(channelBox, 3, 2);

        phoneRows.setId(ContactEditorIds.PHONE_ROWS);
        emailRows.setId(ContactEditorIds.EMAIL_ROWS);
        Button addPhone = linkButton(ContactEditorIds.ADD_PHONE, "contact.addPhone", this::onAddPhone);
        Button addEmail = linkButton(ContactEditorIds.ADD_EMAIL, "contact.addEmail", this::onAddEmail);
        grid.add(top(label("contact.phones", null)), 0, 3);
        grid.add(new VBox(4, phoneRows, addPhone), 1, 3);
        grid.add(top(label("contact.emails", null)), 2, 3);
        grid.add(new VBox(4, emailRows, addEmail), 3, 3);

        monthBox.setId(ContactEditorIds.MONTH);
        // as wide as the longest month name: "Dece..." at 110
        monthBox.setPrefWidth(132);
        monthBox.setMinWidth(Region.USE_PREF_SIZE);
        monthBox.setPromptText(msg.get("contact.birthday.month"));
        dayBox.setId(ContactEditorIds.DAY);
        dayBox.setPrefWidth(80);
        dayBox.setMinWidth(Region.USE_PREF_SIZE);
        dayBox.setPromptText(msg.get("contact.birthday.day"));
        yearField.setId(ContactEditorIds.YEAR);
        yearField.setPrefColumnCount(5);
        yearField.setMinWidth(Region.USE_PREF_SIZE);
        yearField.setPromptText(msg.get("contact.birthday.year"));
        addressField.setId(ContactEditorIds.ADDRESS);
        grid.add(label("contact.birthday", null), 0, 4);
        grid.add(new VBox(new HBox(6, monthBox, dayBox, yearField), birthdayError), 1, 4);
        grid.add(label("contact.address", addressField), 2, 4);
        grid.add(addressField, 3, 4);

        interestsArea.setId(ContactEditorIds.INTERESTS);
        interestsArea.setPrefRowCount(2);
        interestsArea.setWrapText(true);
        interestsArea.setPromptText(msg.get("contact.interests.prompt"));
        grid.add(top(label("contact.interests", interestsArea)), 0, 5);
        grid.add(interestsArea, 1, 5, 3, 1);

        notesArea.setId(ContactEditorIds.NOTES);
        notesArea.setPrefRowCount(3);
        notesArea.setWrapText(true);
        grid.add(top(label("contact.notes", notesArea)), 0, 6);
        grid.add(notesArea, 1, 6, 3, 1);

        leftCheck.setId(ContactEditorIds.LEFT);
        leftCheck.setText(msg.get("contact.hasLeft"));
        leftOnPicker.setId(ContactEditorIds.LEFT_ON);
        leftOnPicker.setMaxWidth(Double.MAX_VALUE);
        grid.add(leftCheck, 1, 7);
        grid.add(label("contact.leftOn", leftOnPicker), 2, 7);
        grid.add(new VBox(leftOnPicker, leftOnError), 3, 7);
        return grid;
    }

    private Label label(String key, Node labelFor) {
        Label l = new Label(msg.get(key));
        l.setLabelFor(labelFor);
        // a long label wraps between words in its column ("Interests and prefere..." at 1280x720)
        l.setWrapText(true);
        l.setMaxWidth(130);
        return l;
    }

    private static Label required(Label l) {
        l.getStyleClass().add("required");
        return l;
    }

    private static Label top(Label l) {
        GridPane.setValignment(l, VPos.TOP);
        return l;
    }

    private static Label errorLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        return l;
    }

    private Button linkButton(String id, String key, Runnable action) {
        Button b = new Button(msg.get(key));
        b.setId(id);
        b.getStyleClass().add("link-button");
        b.setOnAction(e -> action.run());
        return b;
    }

    ContactEditorViewModel model() {
        return model;
    }

    private void bind(List<Account> accounts) {
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
        rows(phoneRows, model.phones, "phones", ContactEditorIds::phone, ContactEditorIds::phoneError);
        rows(emailRows, model.emails, "emails", ContactEditorIds::email, ContactEditorIds::emailError);
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
        FieldErrors.bind(nameError, nameField, model.shownErrors(), "name");
        FieldErrors.bind(accountError, accountBox, model.shownErrors(), "account");
        FieldErrors.bind(birthdayError, monthBox, model.shownErrors(), "birthday");
        FieldErrors.bind(leftOnError, leftOnPicker, model.shownErrors(), "leftOn", leftOnDate.errorProperty());
    }

    private void onAddPhone() {
        model.addPhone();
        focusLast(phoneRows);
    }

    private void onAddEmail() {
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
    private void rows(VBox box, ObservableList<PointRow> rows, String medium, IntFunction<String> fieldId,
            IntFunction<String> errorId) {
        Runnable rebuild = () -> {
            box.getChildren().clear();
            for (int i = 0; i < rows.size(); i++) {
                PointRow row = rows.get(i);
                ComboBox<ContactPoint.Kind> kind = new ComboBox<>();
                Choices.of(kind, ContactPoint.Kind.values(), msg, false);
                kind.valueProperty().bindBidirectional(row.kind);
                kind.setPrefWidth(100);
                kind.setMinWidth(Region.USE_PREF_SIZE);
                TextField value = new TextField();
                value.setMinWidth(120);
                value.setId(fieldId.apply(i));
                value.textProperty().bindBidirectional(row.value);
                HBox.setHgrow(value, Priority.ALWAYS);
                Button remove = new Button(null, new FontIcon("mdi2c-close"));
                remove.getStyleClass().add("icon-button");
                remove.setTooltip(new Tooltip(msg.get("action.remove")));
                remove.setOnAction(e -> rows.remove(row));
                Label error = new Label();
                error.getStyleClass().add("field-error");
                error.setId(errorId.apply(i));
                FieldErrors.bind(error, value, model.shownErrors(), medium + "." + i);
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
