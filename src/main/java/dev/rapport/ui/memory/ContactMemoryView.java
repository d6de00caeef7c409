package dev.rapport.ui.memory;

import dev.rapport.domain.Contact;
import dev.rapport.domain.DateKind;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Gift;
import dev.rapport.domain.GiftIdea;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.Relation;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.FxTextClipboard;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.UiKit;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected person's memory, beside the contacts list: family with birthdays, important
 * dates, interests and preference tags, the gift log and gift ideas.
 */
public final class ContactMemoryView {
    private final UiKit kit;
    private final Messages msg;
    private final Formats formats;
    private final ContactMemoryViewModel model;
    private final String stylesheet;
    private final VBox root = new VBox(8);

    public ContactMemoryView(UiKit kit, ContactMemoryViewModel model, String stylesheet) {
        this.kit = kit;
        this.msg = kit.messages();
        this.formats = kit.formats();
        this.stylesheet = stylesheet;
        this.model = model;
        root.getStyleClass().add("detail-pane");
        root.setId(ContactMemoryIds.ROOT);
        // on the person's page, under their name: no title of its own, and the page's padding
        root.setMinWidth(300);
        Node dates = datesTab();
        Node preferences = preferencesTab();
        Node gifts = giftsTab();
        Tab datesTab = tab("memory.tab.dates", ContactMemoryIds.TAB_DATES, null);
        Tab preferencesTab = tab("memory.tab.preferences", ContactMemoryIds.TAB_PREFERENCES, null);
        Tab giftsTab = tab("memory.tab.gifts", ContactMemoryIds.TAB_GIFTS, null);
        TabPane tabs = new TabPane(tab("memory.tab.family", ContactMemoryIds.TAB_FAMILY, familyTab()), datesTab,
                preferencesTab, giftsTab);
        // the tabs behind the family's get their content on the frames after it (the pacer)
        kit.pacer().later(List.of(() -> datesTab.setContent(dates), () -> preferencesTab.setContent(preferences),
                () -> giftsTab.setContent(gifts)));
        tabs.setId(ContactMemoryIds.TABS);
        tabs.disableProperty().bind(model.contactProperty().isNull());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(tabs);
    }

    public Node node() {
        return root;
    }

    /** Shows what is remembered about the person, or nothing with null. */
    public void show(Contact contact) {
        model.show(contact);
    }

    ContactMemoryViewModel model() {
        return model;
    }

    private static Tab tab(String key, String id, Node content, Messages msg) {
        Tab t = new Tab(msg.get(key), content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    private Tab tab(String key, String id, Node content) {
        return tab(key, id, content, msg);
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    private LocalDate today() {
        return model.today();
    }

    private Node familyTab() {
        ListView<FamilyMember> list = list(ContactMemoryIds.list(ContactMemoryIds.FAMILY), model.family(), this::familyLine, "memory.family.none");
        Consumer<FamilyMember> edit = m -> kit.editors().showAndWait(
                OpenEditors.Key.of(OpenEditors.Kind.FAMILY_MEMBER, m.id()),
                () -> new FamilyMemberEditor(window(), m, msg, today(), stylesheet,
                        model.familyEditorSave(new FxTextClipboard()))).ifPresent(model::saved);
        Runnable add = () -> edit.accept(FamilyMember.of(model.contactId(), Relation.SPOUSE, "", null));
        return listWithButtons(list, ContactMemoryIds.FAMILY, add, edit, model::delete, m -> true);
    }

    private String familyLine(FamilyMember m) {
        StringBuilder s = new StringBuilder(msg.of(m.relation())).append(" · ").append(m.name());
        if (m.birthday() != null) {
            s.append(" · ").append(formats.birthday(m.birthday()));
            m.birthday().ageOn(today()).ifPresent(age -> s.append(" · ").append(msg.get("memory.family.age", age)));
            long days = m.birthday().daysUntil(today());
            if (days <= 31) {
                s.append(" · ").append(MemoryText.when(msg, days));
            }
        }
        return s.toString();
    }

    private Node datesTab() {
        ListView<ImportantDate> list = list(ContactMemoryIds.list(ContactMemoryIds.DATE), model.dates(), d -> MemoryText.title(msg, d) + " · "
                + formats.date(d.date()) + " · " + msg.get(d.yearly() ? "memory.date.everyYear" : "memory.date.once"),
                "memory.dates.none");
        Consumer<ImportantDate> edit = d -> kit.editors().showAndWait(
                OpenEditors.Key.of(OpenEditors.Kind.IMPORTANT_DATE, d.id()),
                () -> new ImportantDateEditor(window(), d, msg, stylesheet, model.dateEditorSave(new FxTextClipboard())))
                .ifPresent(model::saved);
        Runnable add = () -> edit.accept(ImportantDate.ofContact(model.contactId(), DateKind.WORK_ANNIVERSARY, "",
                null, true));
        return listWithButtons(list, ContactMemoryIds.DATE, add, edit, model::delete, d -> true);
    }

    private Node preferencesTab() {
        // the free text is the contact form's "interests"; shown here beside the tags it goes with
        Label text = new Label();
        text.setId(ContactMemoryIds.PREFS_TEXT);
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> model.preferencesText.get().isEmpty()
                ? msg.get("memory.preferences.noText") : model.preferencesText.get(), model.preferencesText));
        Label textHint = new Label(msg.get("memory.preferences.textHint"));
        textHint.getStyleClass().add("muted");
        textHint.setWrapText(true);
        TextField tags = new TextField();
        tags.setId(ContactMemoryIds.PREFS_TAGS);
        tags.setPromptText(msg.get("memory.preferences.tags.prompt"));
        tags.textProperty().bindBidirectional(model.tagsText);
        tags.setOnAction(e -> model.savePreferences());
        Button save = new Button(msg.get("action.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId(ContactMemoryIds.PREFS_SAVE);
        save.setOnAction(e -> model.savePreferences());
        VBox box = new VBox(6, new Label(msg.get("memory.preferences.text")), text, textHint,
                new Label(msg.get("memory.preferences.tags")), tags, save);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node giftsTab() {
        ListView<Gift> list = list(ContactMemoryIds.list(ContactMemoryIds.GIFT), model.gifts(), g -> MemoryText.gift(msg, formats, g), "memory.gifts.none");
        list.setPrefHeight(180);
        Runnable add = () -> logGift("");
        Consumer<Gift> edit = this::editGift;
        Node gifts = listWithButtons(list, ContactMemoryIds.GIFT, add, edit, model::delete, g -> !g.fromContactLog());

        ListView<GiftIdea> ideas = list(ContactMemoryIds.list(ContactMemoryIds.IDEA), model.ideas(), GiftIdea::idea, "memory.ideas.none");
        ideas.setPrefHeight(110);
        TextField idea = new TextField();
        idea.setId(ContactMemoryIds.IDEA_FIELD);
        idea.setPromptText(msg.get("memory.idea.prompt"));
        idea.textProperty().bindBidirectional(model.newIdea);
        idea.setOnAction(e -> model.addIdea());
        HBox.setHgrow(idea, Priority.ALWAYS);
        Button addIdea = new Button(msg.get("memory.idea.add"));
        addIdea.setId(ContactMemoryIds.IDEA_ADD);
        addIdea.setOnAction(e -> model.addIdea());
        Button give = new Button(msg.get("memory.idea.give"));
        give.setId(ContactMemoryIds.IDEA_GIVE);
        give.disableProperty().bind(ideas.getSelectionModel().selectedItemProperty().isNull());
        give.setOnAction(e -> logGift(ideas.getSelectionModel().getSelectedItem().idea()));
        Button remove = new Button(msg.get("action.remove"));
        remove.setId(ContactMemoryIds.IDEA_DELETE);
        remove.disableProperty().bind(ideas.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.delete(ideas.getSelectionModel().getSelectedItem()));
        Label ideasTitle = new Label(msg.get("memory.ideas"));
        ideasTitle.getStyleClass().add("muted");
        VBox box = new VBox(6, gifts, ideasTitle, ideas, new HBox(6, idea, addIdea), new HBox(6, give, remove));
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void logGift(String what) {
        editGift(Gift.of(model.contactId(), null, today(), "", what, null, ""));
    }

    private void editGift(Gift g) {
        kit.editors().showAndWait(OpenEditors.Key.of(OpenEditors.Kind.GIFT, g.id()),
                () -> new GiftEditor(window(), g, model.recipients(), model.gifts(), msg, formats, today(), stylesheet,
                        model.giftEditorSave(new FxTextClipboard()))).ifPresent(model::saved);
    }

    private <T> ListView<T> list(String id, javafx.collections.ObservableList<T> items, Function<T, String> text,
            String emptyKey) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setPlaceholder(new Label(msg.get(emptyKey)));
        list.setCellFactory(lv -> {
            ListCell<T> cell = new ListCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : text.apply(item));
                }
            };
            // a long line (a gift with its occasion and value) wraps within the pane instead of
            // being cut ("... · 1,234."); no preferred width of its own, so the list never scrolls sideways
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            return cell;
        });
        return list;
    }

    /** @param changeable whether a row can be edited and deleted here (a gift from the contact log cannot) */
    private <T> Node listWithButtons(ListView<T> list, String idPrefix, Runnable add, Consumer<T> edit,
            Consumer<T> delete, Predicate<T> changeable) {
        Button addButton = new Button(msg.get("memory.add"), new FontIcon("mdi2p-plus"));
        addButton.setId(ContactMemoryIds.add(idPrefix));
        addButton.setOnAction(e -> add.run());
        BooleanBinding cannotChange = Bindings.createBooleanBinding(() -> {
            T selected = list.getSelectionModel().getSelectedItem();
            return selected == null || !changeable.test(selected);
        }, list.getSelectionModel().selectedItemProperty());
        Button editButton = new Button(msg.get("action.edit"), new FontIcon("mdi2p-pencil-outline"));
        editButton.setId(ContactMemoryIds.edit(idPrefix));
        editButton.disableProperty().bind(cannotChange);
        editButton.setOnAction(e -> edit.accept(list.getSelectionModel().getSelectedItem()));
        Button deleteButton = new Button(msg.get("action.delete"), new FontIcon("mdi2d-delete-outline"));
        deleteButton.setId(ContactMemoryIds.delete(idPrefix));
        deleteButton.disableProperty().bind(cannotChange);
        deleteButton.setOnAction(e -> delete.accept(list.getSelectionModel().getSelectedItem()));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !cannotChange.get()) {
                edit.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            T selected = list.getSelectionModel().getSelectedItem();
            if (cannotChange.get()) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                delete.accept(selected);
            } else if (e.getCode() == KeyCode.ENTER) {
                edit.accept(selected);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(6, list, new HBox(6, addButton, editButton, deleteButton));
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }
}
