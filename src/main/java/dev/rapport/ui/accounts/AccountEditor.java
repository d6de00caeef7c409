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
import dev.rapport.ui.common.Fxml;
import java.util.List;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The form to create or edit an account: Save (Ctrl+S) only when valid, Esc cancels. It stays open
 * until its save has succeeded; a save refused by a newer change keeps the text and offers
 * Reload, Keep mine and Copy my text.
 */
public final class AccountEditor extends Dialog<Account> {
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private ComboBox<PartyType> partyTypeBox;
    @FXML private ComboBox<Tier> tierBox;
    @FXML private ComboBox<LifecycleStage> stageBox;
    @FXML private ComboBox<RelationshipLevel> levelBox;
    @FXML private ComboBox<RelationshipType> relationshipTypeBox;
    @FXML private TextField ownerField;
    @FXML private TextField industryField;
    @FXML private TextField tagsField;
    @FXML private TextField phoneField;
    @FXML private Label phoneError;
    @FXML private TextField websiteField;
    @FXML private Label websiteError;
    @FXML private TextField addressField;
    @FXML private TextField revenueField;
    @FXML private Label revenueError;
    @FXML private TextField marginField;
    @FXML private Label marginError;
    @FXML private TextField shareField;
    @FXML private Label shareError;
    @FXML private ComboBox<Integer> satisfactionBox;
    @FXML private Label satisfactionError;
    @FXML private TextArea notesArea;

    private final AccountEditorViewModel model;
    private final EditorSave<Account> save;

    public AccountEditor(Window owner, Account account, Messages msg, Formats formats, String stylesheet,
            EditorSave<Account> save) {
        this.model = new AccountEditorViewModel(account, msg, formats);
        this.save = save;
        initOwner(owner);
        setTitle(msg.get(model.isNew() ? "accounts.new" : "accounts.edit"));
        setResizable(true);
        GridPane form = Fxml.load(this, "AccountEditor.fxml", msg.bundle());
        ConflictBar conflictBar = new ConflictBar(save, msg, () -> save.reload(model.read(), model::fill),
                () -> save.keepMine(model::toAccount), () -> save.copy(model.copyText()));
        getDialogPane().setContent(new VBox(8, conflictBar, form));
        getDialogPane().getStylesheets().add(stylesheet);
        ButtonType saveType = new ButtonType(msg.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(saveType, new ButtonType(msg.get("action.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Node saveButton = getDialogPane().lookupButton(saveType);
        saveButton.setId("save-button");
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
        FieldErrors.bind(nameError, nameField, model.errors(), "name");
        FieldErrors.bind(phoneError, phoneField, model.errors(), "phone");
        FieldErrors.bind(websiteError, websiteField, model.errors(), "website");
        FieldErrors.bind(revenueError, revenueField, model.errors(), "annualRevenue");
        FieldErrors.bind(marginError, marginField, model.errors(), "grossMarginPct");
        FieldErrors.bind(shareError, shareField, model.errors(), "shareOfWalletPct");
        FieldErrors.bind(satisfactionError, satisfactionBox, model.errors(), "satisfaction");
    }
}
