package dev.rapport.ui.plans;

import dev.rapport.domain.Contact;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionSuggestions;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Choices;
import dev.rapport.ui.common.ConflictBar;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.EditorSave;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;

/**
 * The form for one action of a plan; picking a suggestion fills title, type and "every year".
 * Inside a plan editor, OK puts the action into the plan editor's list, which saves it with the
 * plan. Opened on its own (the Planner), Save writes the action and the editor stays open until
 * that succeeded; a save refused by a newer change keeps the text and offers Reload, Keep mine and
 * Copy my text.
 */
public final class ActionEditor extends Dialog<PlanAction> {
    private final ActionEditorViewModel model;
    private final Map<Long, Contact> byId;
    private final CheckComboBox<Contact> contacts = new CheckComboBox<>();
    /** True while the people checked are set from the form model, not by the user. */
    private boolean syncingContacts;

    /** An editor whose OK hands the action to the plan editor's list; nothing is written until the plan is saved. */
    public static ActionEditor inPlan(Window owner, ActionEditorViewModel model, List<Contact> people, Messages msg,
            String stylesheet) {
        return new ActionEditor(owner, model, people, msg, stylesheet, null);
    }

    /** An editor that saves the action of a stored plan on its own, through {@code save}. */
    public static ActionEditor saving(Window owner, ActionEditorViewModel model, List<Contact> people, Messages msg,
            String stylesheet, EditorSave<PlanAction> save) {
        return new ActionEditor(owner, model, people, msg, stylesheet, save);
    }

    private ActionEditor(Window owner, ActionEditorViewModel model, List<Contact> people, Messages msg,
            String stylesheet, EditorSave<PlanAction> save) {
        this.model = model;
        initOwner(owner);
        setTitle(msg.get(model.isNew() ? "plans.action.new" : "plans.action.edit"));
        setResizable(true);

        ComboBox<RelationshipLevel> level = new ComboBox<>();
        level.setId(ActionEditorIds.LEVEL);
        Choices.of(level, RelationshipLevel.values(), msg, false);
        level.valueProperty().bindBidirectional(model.level);
        ComboBox<ActionSuggestions.Suggestion> suggestion = new ComboBox<>();
        suggestion.setId(ActionEditorIds.SUGGESTION);
        suggestion.setPromptText(msg.get("plans.action.suggestionPrompt"));
        suggestion.setMaxWidth(Double.MAX_VALUE);
        Function<ActionSuggestions.Suggestion, String> suggestionLabel = s -> s == null
                ? msg.get("plans.action.suggestionPrompt") : msg.get(s.titleKey());
        Choices.fill(suggestion, model.suggestions(), suggestionLabel, false);
        model.suggestions().addListener((ListChangeListener<ActionSuggestions.Suggestion>) c ->
                Choices.fill(suggestion, model.suggestions(), suggestionLabel, false));
        suggestion.setOnAction(e -> {
            if (suggestion.getValue() != null) {
                model.apply(suggestion.getValue());
            }
        });
        TextField title = new TextField();
        title.setId(ActionEditorIds.TITLE);
        title.textProperty().bindBidirectional(model.title);
        ComboBox<dev.rapport.domain.plan.ActionType> type = new ComboBox<>();
        type.setId(ActionEditorIds.TYPE);
        Choices.fill(type, model.types(), msg::of, false);
        model.types().addListener((ListChangeListener<dev.rapport.domain.plan.ActionType>) c -> {
            var keep = model.type.get();
            Choices.fill(type, model.types(), msg::of, false);
            type.setValue(keep);
        });
        type.valueProperty().bindBidirectional(model.type);
        ComboBox<Integer> month = new ComboBox<>();
        month.setId(ActionEditorIds.MONTH);
        Choices.fill(month, ActionEditorViewModel.months(),
                m -> Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, msg.locale()), false);
        month.valueProperty().bindBidirectional(model.month);
        DatePicker date = new DatePicker();
        date.setId(ActionEditorIds.DATE);
        date.setPromptText(msg.get("plans.action.datePrompt"));
        date.valueProperty().bindBidirectional(model.date);
        DateField dateField = DateField.apply(date, msg);
        TextField ownerField = new TextField();
        ownerField.setId(ActionEditorIds.OWNER);
        ownerField.textProperty().bindBidirectional(model.owner);
        contacts.setId(ActionEditorIds.CONTACTS);
        contacts.getItems().setAll(people);
        contacts.setMaxWidth(Double.MAX_VALUE);
        byId = people.stream().collect(Collectors.toMap(Contact::id, c -> c));
        contacts.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Contact c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Contact fromString(String s) {
                return null;
            }
        });
        checkContacts();
        contacts.getCheckModel().getCheckedItems().addListener((ListChangeListener<Contact>) c -> {
            if (!syncingContacts) {
                model.contactIds.setAll(contacts.getCheckModel().getCheckedItems().stream().map(Contact::id).toList());
            }
        });
        // a Reload puts the stored people into the form model; the checks follow
        model.contactIds.addListener((ListChangeListener<Long>) c -> checkContacts());
        TextField budget = new TextField();
        budget.setId(ActionEditorIds.BUDGET);
        budget.textProperty().bindBidirectional(model.budget);
        ComboBox<ActionStatus> status = new ComboBox<>();
        status.setId(ActionEditorIds.STATUS);
        Choices.of(status, ActionStatus.values(), msg, false);
        status.valueProperty().bindBidirectional(model.status);
        TextField actualCost = new TextField();
        actualCost.setId(ActionEditorIds.ACTUAL_COST);
        actualCost.textProperty().bindBidirectional(model.actualCost);
        ComboBox<Integer> effect = new ComboBox<>();
        effect.setId(ActionEditorIds.EFFECT);
        Choices.fill(effect, List.of(1, 2, 3, 4, 5), v -> v == null ? msg.get("choice.none")
                : msg.get("plans.effect." + v), true);
        effect.valueProperty().bindBidirectional(model.effect);
        TextArea notes = new TextArea();
        notes.setId(ActionEditorIds.NOTES);
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notes);
        CheckBox recurring = new CheckBox(msg.get("plans.action.recurring"));
        recurring.setId(ActionEditorIds.RECURRING);
        recurring.selectedProperty().bindBidirectional(model.recurring);

        Forms form = new Forms(msg, model.errors())
                .add("plans.action.level", level, "level")
                .add("plans.action.suggestion", suggestion, null)
                .add("plans.action.title", title, "title")
                .add("plans.action.type", type, null)
                .add("plans.action.month", month, "month")
                .add("plans.action.date", dateField, "date")
                .add("plans.action.owner", ownerField, null)
                .add("plans.action.contacts", contacts, null)
                .add("plans.action.budget", budget, "budget")
                .add("plans.action.status", status, null)
                .add("plans.action.actualCost", actualCost, "actualCost")
                .add("plans.action.effect", effect, "effect")
                .add("plans.action.notes", notes, null)
                .add("plans.action.repeat", recurring, null);
        ScrollPane scroll = new ScrollPane(form.grid());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.setPrefViewportWidth(520);
        getDialogPane().getStylesheets().add(stylesheet);
        ButtonType ok = new ButtonType(msg.get(save == null ? "plans.action.ok" : "action.save"),
                ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, new ButtonType(msg.get("action.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Node okButton = getDialogPane().lookupButton(ok);
        okButton.setId(ActionEditorIds.OK);
        if (save == null) {
            getDialogPane().setContent(scroll);
            // the model only sees the last real date, so text that is not one must hold OK back itself
            okButton.disableProperty().bind(model.validProperty().not().or(dateField.invalidProperty()));
            setResultConverter(b -> b == ok ? model.toAction() : null);
        } else {
            ConflictBar conflictBar = new ConflictBar(save, msg, () -> save.reload(model.read(), model::fill),
                    () -> save.keepMine(model::toAction), () -> save.copy(model.copyText()));
            getDialogPane().setContent(new VBox(8, conflictBar, scroll));
            okButton.disableProperty().bind(model.validProperty().not().or(dateField.invalidProperty())
                    .or(save.savingProperty())
                    .or(save.conflictProperty().isNotNull()));
            // Save runs the write and closes only when it succeeded: a refused save keeps the text on screen
            okButton.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                save.save(model.toAction());
            });
            save.savedProperty().addListener((obs, old, saved) -> {
                if (saved != null) {
                    setResult(saved);
                    close();
                }
            });
            setResultConverter(b -> save.savedProperty().get());
            dev.rapport.ui.common.EditorGuard.install(this, save, model::copyText);
        }
        Platform.runLater(model.isNew() ? suggestion::requestFocus : title::requestFocus);
    }

    private void checkContacts() {
        List<Contact> wanted = model.contactIds.stream().filter(byId::containsKey).map(byId::get).toList();
        if (wanted.equals(contacts.getCheckModel().getCheckedItems())) {
            return;
        }
        syncingContacts = true;
        try {
            contacts.getCheckModel().clearChecks();
            wanted.forEach(contacts.getCheckModel()::check);
        } finally {
            syncingContacts = false;
        }
    }

    ActionEditorViewModel model() {
        return model;
    }
}
