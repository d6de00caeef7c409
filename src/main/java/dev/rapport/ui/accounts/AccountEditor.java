package dev.rapport.ui.accounts;

import dev.rapport.domain.Account;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.RelationshipType;
import dev.rapport.domain.Tier;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Choices;
import dev.rapport.ui.common.ConflictBar;
import dev.rapport.ui.common.EditorSave;
import dev.rapport.ui.common.FieldErrors;
import dev.rapport.ui.common.Formats;
import java.util.List;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The form to create or edit an account: Save (Ctrl+S) only when valid, Esc cancels. It stays open
 * until its save has succeeded; a save refused by a newer change keeps the text and offers
 * Reload, Keep mine and Copy my text.
 */
public final class AccountEditor extends Dialog<Account> {
    private final TextField nameField = field(AccountEditorIds.NAME);
    private final Label nameError = error(AccountEditorIds.NAME_ERROR);
    private final ComboBox<PartyType> partyTypeBox = box(AccountEditorIds.PARTY_TYPE);
    private final ComboBox<Tier> tierBox = box(AccountEditorIds.TIER);
    private final ComboBox<LifecycleStage> stageBox = box(AccountEditorIds.STAGE);
    private final ComboBox<RelationshipLevel> levelBox = box(AccountEditorIds.LEVEL);
    private final ComboBox<RelationshipType> relationshipTypeBox = box(AccountEditorIds.RELATIONSHIP_TYPE);
    private final TextField ownerField = field(AccountEditorIds.OWNER);
    private final TextField industryField = field(AccountEditorIds.INDUSTRY);
    private final TextField tagsField = field(AccountEditorIds.TAGS);
    private final TextField phoneField = field(AccountEditorIds.PHONE);
    private final Label phoneError = error(AccountEditorIds.PHONE_ERROR);
    private final TextField websiteField = field(AccountEditorIds.WEBSITE);
    private final Label websiteError = error(AccountEditorIds.WEBSITE_ERROR);
    private final TextField addressField = field(AccountEditorIds.ADDRESS);
    private final TextField revenueField = field(AccountEditorIds.REVENUE);
    private final Label revenueError = error(AccountEditorIds.REVENUE_ERROR);
    private final TextField marginField = field(AccountEditorIds.MARGIN);
    private final Label marginError = error(AccountEditorIds.MARGIN_ERROR);
    private final TextField shareField = field(AccountEditorIds.SHARE);
    private final Label shareError = error(AccountEditorIds.SHARE_ERROR);
    private final ComboBox<Integer> satisfactionBox = box(AccountEditorIds.SATISFACTION);
    private final Label satisfactionError = error(AccountEditorIds.SATISFACTION_ERROR);
    private final TextArea notesArea = new TextArea();

    private final AccountEditorViewModel model;
    private final EditorSave<Account> save;

    public AccountEditor(Window owner, Account account, Messages msg, Formats formats, String stylesheet,
            EditorSave<Account> save) {
        this.model = new AccountEditorViewModel(account, msg, formats);
        this.save = save;
        initOwner(owner);
        setTitle(msg.get(model.isNew() ? "accounts.new" : "accounts.edit"));
        setResizable(true);
        GridPane form = form(msg);
        ConflictBar conflictBar = new ConflictBar(save, msg, () -> save.reload(model.read(), model::fill),
                () -> save.keepMine(model::toAccount), () -> save.copy(model.copyText()));
        getDialogPane().setContent(new VBox(8, conflictBar, form));
        getDialogPane().getStylesheets().add(stylesheet);
        ButtonType saveType = new ButtonType(msg.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(saveType, new ButtonType(msg.get("action.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Node saveButton = getDialogPane().lookupButton(saveType);
        saveButton.setId(AccountEditorIds.SAVE);
        saveButton.disableProperty().bind(model.validProperty().not().or(save.savingProperty())
                .or(save.conflictProperty().isNotNull()));
        // Save runs the write and closes only when it succeeded: a refused save keeps the text on screen
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save.save(model.toAccount());
        });
        save.savedProperty().addListener((obs, old, saved) -> {
            if (saved != null) {
                setResult(saved);
                close();
            }
        });
        bind(msg);
        getDialogPane().getScene().getAccelerators().put(
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (!saveButton.isDisabled()) {
                        ((javafx.scene.control.Button) saveButton).fire();
                    }
                });
        setResultConverter(button -> save.savedProperty().get());
        dev.rapport.ui.common.EditorGuard.install(this, save, model::copyText);
        Platform.runLater(nameField::requestFocus);
    }

    AccountEditorViewModel model() {
        return model;
    }

    EditorSave<Account> save() {
        return save;
    }

    /** Two label-and-field pairs a row; name, address and notes span the row. */
    private GridPane form(Messages msg) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.getStyleClass().add("editor-form");
        grid.setPrefWidth(760);
        grid.setPadding(new Insets(8));
        grid.getColumnConstraints().addAll(labelColumn(), fieldColumn(), labelColumn(), fieldColumn());
        notesArea.setId(AccountEditorIds.NOTES);
        notesArea.setPrefRowCount(4);
        notesArea.setWrapText(true);
        nameField.setPromptText(msg.get("account.name.prompt"));
        tagsField.setPromptText(msg.get("account.tags.prompt"));
        Label name = label(msg, "account.name", nameField);
        name.getStyleClass().add("required");
        grid.add(name, 0, 0);
        grid.add(new VBox(nameField, nameError), 1, 0, 3, 1);
        pair(grid, 1, msg, "account.partyType", partyTypeBox, "account.tier", tierBox);
        pair(grid, 2, msg, "account.stage", stageBox, "account.level", levelBox);
        pair(grid, 3, msg, "account.relationshipType", relationshipTypeBox, "account.owner", ownerField);
        pair(grid, 4, msg, "account.industry", industryField, "account.tags", tagsField);
        grid.add(label(msg, "account.phone", phoneField), 0, 5);
        grid.add(new VBox(phoneField, phoneError), 1, 5);
        grid.add(label(msg, "account.website", websiteField), 2, 5);
        grid.add(new VBox(websiteField, websiteError), 3, 5);
        grid.add(label(msg, "account.address", addressField), 0, 6);
        grid.add(addressField, 1, 6, 3, 1);
        grid.add(label(msg, "account.annualRevenue", revenueField), 0, 7);
        grid.add(new VBox(revenueField, revenueError), 1, 7);
        grid.add(label(msg, "account.grossMarginPct", marginField), 2, 7);
        grid.add(new VBox(marginField, marginError), 3, 7);
        grid.add(label(msg, "account.shareOfWalletPct", shareField), 0, 8);
        grid.add(new VBox(shareField, shareError), 1, 8);
        grid.add(label(msg, "account.satisfaction", satisfactionBox), 2, 8);
        grid.add(new VBox(satisfactionBox, satisfactionError), 3, 8);
        Label notes = label(msg, "account.notes", notesArea);
        GridPane.setValignment(notes, VPos.TOP);
        grid.add(notes, 0, 9);
        grid.add(notesArea, 1, 9, 3, 1);
        return grid;
    }

    private static void pair(GridPane grid, int row, Messages msg, String key1, Node field1, String key2, Node field2) {
        grid.addRow(row, label(msg, key1, field1), field1, label(msg, key2, field2), field2);
    }

    private static Label label(Messages msg, String key, Node field) {
        Label label = new Label(msg.get(key));
        label.setLabelFor(field);
        return label;
    }

    private static ColumnConstraints labelColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(130);
        return c;
    }

    private static ColumnConstraints fieldColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setPrefWidth(230);
        return c;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static <T> ComboBox<T> box(String id) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label error(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        return label;
    }

    private void bind(Messages msg) {
        nameField.textProperty().bindBidirectional(model.name);
        Choices.of(partyTypeBox, PartyType.values(), msg, false);
        partyTypeBox.valueProperty().bindBidirectional(model.partyType);
        Choices.of(tierBox, Tier.values(), msg, false);
        tierBox.valueProperty().bindBidirectional(model.tier);
        Choices.of(stageBox, LifecycleStage.values(), msg, false);
        stageBox.valueProperty().bindBidirectional(model.stage);
        Choices.of(levelBox, RelationshipLevel.values(), msg, false);
        levelBox.valueProperty().bindBidirectional(model.level);
        Choices.of(relationshipTypeBox, RelationshipType.values(), msg, true);
        relationshipTypeBox.valueProperty().bindBidirectional(model.relationshipType);
        ownerField.textProperty().bindBidirectional(model.owner);
        industryField.textProperty().bindBidirectional(model.industry);
        tagsField.textProperty().bindBidirectional(model.tags);
        phoneField.textProperty().bindBidirectional(model.phone);
        websiteField.textProperty().bindBidirectional(model.website);
        addressField.textProperty().bindBidirectional(model.address);
        revenueField.textProperty().bindBidirectional(model.annualRevenue);
        marginField.textProperty().bindBidirectional(model.grossMarginPct);
        shareField.textProperty().bindBidirectional(model.shareOfWalletPct);
        Choices.fill(satisfactionBox, List.of(1, 2, 3, 4, 5),
                v -> v == null ? msg.get("choice.none") : msg.get("satisfaction." + v), true);
        satisfactionBox.valueProperty().bindBidirectional(model.satisfaction);
        notesArea.textProperty().bindBidirectional(model.notes);
        FieldErrors.bind(nameError, nameField, model.shownErrors(), "name");
        FieldErrors.bind(phoneError, phoneField, model.shownErrors(), "phone");
        FieldErrors.bind(websiteError, websiteField, model.shownErrors(), "website");
        FieldErrors.bind(revenueError, revenueField, model.shownErrors(), "annualRevenue");
        FieldErrors.bind(marginError, marginField, model.shownErrors(), "grossMarginPct");
        FieldErrors.bind(shareError, shareField, model.shownErrors(), "shareOfWalletPct");
        FieldErrors.bind(satisfactionError, satisfactionBox, model.shownErrors(), "satisfaction");
    }
}
