package dev.rapport.ui.contacts;

import dev.rapport.domain.Birthday;
import dev.rapport.domain.BuyingRole;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactListItem;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.ColumnLayout;
import dev.rapport.ui.common.ColumnLayoutViewModel;
import dev.rapport.ui.common.FixedRowTableSkin;
import dev.rapport.ui.common.FxTextClipboard;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.RecordOpener;
import dev.rapport.ui.common.Screen;
import dev.rapport.ui.common.Tables;
import dev.rapport.ui.common.UiKit;
import dev.rapport.ui.contactlog.ContactLogFacts;
import dev.rapport.ui.contactlog.LogActions;
import dev.rapport.ui.contactlog.TimelineView;
import dev.rapport.ui.contactlog.TimelineViewModel;
import dev.rapport.ui.memory.ContactMemoryView;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/** Everyone at every account, with their account, role and birthday; searchable as you type. */
public final class ContactsView implements Screen {
    private static final PseudoClass LEFT = PseudoClass.getPseudoClass("left");

    /** Builds the export of the listed people (issue 5), which needs the screen's window and rows. */
    @FunctionalInterface
    public interface ExportButton {
        Node build(Supplier<Window> owner, Supplier<List<Long>> listed);
    }

    private final ColumnLayoutViewModel columns;
    private final Label countLabel = new Label();
    private final Button newButton = new Button();
    private final Button editButton = new Button();
    private final CheckBox showLeftCheck = new CheckBox();
    private final TableView<ContactListItem> table = new TableView<>();
    private final TableColumn<ContactListItem, String> nameColumn;
    private final TableColumn<ContactListItem, String> accountColumn;
    private final TableColumn<ContactListItem, String> titleColumn;
    private final TableColumn<ContactListItem, BuyingRole> roleColumn;
    private final TableColumn<ContactListItem, String> phoneColumn;
    private final TableColumn<ContactListItem, String> emailColumn;
    private final TableColumn<ContactListItem, Birthday> birthdayColumn;

    private final UiKit kit;
    private final Messages msg;
    private final ContactsViewModel model;
    private final BorderPane root = new BorderPane();
    private final CustomTextField search;
    private final ContactMemoryView memory;
    private final ContactLogFacts logFacts;
    private final TimelineView timeline;
    private final PersonPageViewModel page = new PersonPageViewModel();

    /**
     * @param logActions the logging actions, given the window their forms open over
     * @param memory     the selected person's family, dates, preferences and gifts, beside the list
     * @param columns    where the list's columns are kept as the rep leaves them
     */
    public ContactsView(UiKit kit, ContactsViewModel model, ContactLogFacts logFacts, TimelineViewModel timelineModel,
            Function<Supplier<Window>, LogActions> logActions, ContactMemoryView memory, ExportButton export,
            ColumnLayoutViewModel columns, RecordOpener records) {
        this.kit = kit;
        this.msg = kit.messages();
        this.model = model;
        this.columns = columns;
        this.nameColumn = column(ContactsIds.NAME_COLUMN, "contact.name", 170);
        this.accountColumn = column(ContactsIds.ACCOUNT_COLUMN, "contact.account", 220);
        this.titleColumn = column(ContactsIds.TITLE_COLUMN, "contact.title", 140);
        this.roleColumn = column(ContactsIds.ROLE_COLUMN, "contact.buyingRole", 110);
        this.phoneColumn = column(ContactsIds.PHONE_COLUMN, "contact.phone", 150);
        this.emailColumn = column(ContactsIds.EMAIL_COLUMN, "contact.email", 200);
        this.birthdayColumn = column(ContactsIds.BIRTHDAY_COLUMN, "contact.birthday", 110);
        this.search = (CustomTextField) TextFields.createClearableTextField();
        this.memory = memory;
        this.logFacts = logFacts;
        Supplier<Window> window = () -> root.getScene().getWindow();
        this.timeline = new TimelineView(kit, timelineModel, logActions.apply(window), ContactsIds.TIMELINE,
                () -> new Long[] {accountInView(), contactInView()}, logFacts::reload);
        root.getStyleClass().add("section");
        VBox header = header(export.build(window, () -> table.getItems().stream().map(i -> i.contact().id()).toList()));
        // the page covers the screen's header too: the rep reads one person, not the list's search
        header.visibleProperty().bind(page.openProperty().not());
        header.managedProperty().bind(header.visibleProperty());
        root.setTop(header);
        setUp();
        PersonPageView pageView = new PersonPageView(kit, page, new PageActions(),
                new PersonPageView.Parts(memory.node(), timeline.node(), logFacts::contactLastContact,
                        logFacts::daysSince, records));
        // hidden, not removed, while a page is open: the list keeps its scroll, selection and search
        table.visibleProperty().bind(page.openProperty().not());
        root.setCenter(new StackPane(table, pageView.node()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item == null && page.openProperty().get()) {
                // the table drops its selection when its rows are resorted or reloaded: the page keeps
                // its person (and their family on screen), and the row is selected again
                Platform.runLater(() -> page.relisted(model.items()).ifPresent(table.getSelectionModel()::select));
                return;
            }
            memory.show(item == null ? null : item.contact());
            page.select(item);
        });
        // after a reload (a save, a logged call) the page stays on its person, or closes when they are gone
        model.items().addListener((ListChangeListener<ContactListItem>) c -> {
            if (page.openProperty().get()) {
                page.relisted(model.items()).ifPresent(item -> {
                    if (table.getSelectionModel().getSelectedItem() != item) {
                        table.getSelectionModel().select(item);
                    }
                });
            }
        });
        page.openProperty().addListener((obs, was, open) -> {
            if (open) {
                Platform.runLater(pageView::focus);
            }
        });
        logFacts.onReloaded(pageView::refresh);
    }

    /** The page's buttons: the person edited, deleted and logged with as from the list. */
    private final class PageActions implements PersonPageView.Actions {
        @Override
        public void edit(Contact person) {
            ContactsView.this.edit(person);
        }

        @Override
        public void delete(ContactListItem item) {
            ContactsView.this.delete(item);
        }

        @Override
        public void logContact() {
            timeline.logNew();
        }

        @Override
        public void closed() {
            table.requestFocus();
        }
    }

    /** Title, count and the buttons on top; search and "show who left" under them. */
    private VBox header(Node exportButton) {
        Label title = new Label(msg.get("nav.contacts"));
        title.getStyleClass().add("section-title");
        countLabel.setId(ContactsIds.COUNT);
        countLabel.getStyleClass().add("muted");
        newButton.setId(ContactsIds.NEW);
        newButton.setText(msg.get("contacts.new"));
        newButton.getStyleClass().add("accent");
        newButton.setOnAction(e -> createNew());
        // Ctrl+E on the list, as a button a new user sees (Enter and a double click open the person's page)
        editButton.setId(ContactsIds.EDIT);
        editButton.setText(msg.get("action.edit"));
        editButton.setGraphic(new FontIcon("mdi2p-pencil-outline"));
        editButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        editButton.setOnAction(e -> {
            ContactListItem item = table.getSelectionModel().getSelectedItem();
            if (item != null) {
                edit(item.contact());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(12, title, countLabel, spacer, exportButton, editButton, newButton);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        HBox searchBox = new HBox(search);
        searchBox.setId(ContactsIds.SEARCH_BOX);
        searchBox.setPrefWidth(360);
        showLeftCheck.setId(ContactsIds.SHOW_LEFT);
        showLeftCheck.setText(msg.get("contacts.showLeft"));
        HBox searchRow = new HBox(12, searchBox, showLeftCheck);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(8, titleRow, searchRow);
        header.getStyleClass().add("section-header");
        header.setPadding(new Insets(12, 14, 8, 14));
        return header;
    }

    private <T> TableColumn<ContactListItem, T> column(String id, String key, double width) {
        TableColumn<ContactListItem, T> c = new TableColumn<>(msg.get(key));
        c.setId(id);
        c.setPrefWidth(width);
        return c;
    }

    private void setUp() {
        search.setId(ContactsIds.SEARCH);
        search.setPromptText(msg.get("contacts.search.prompt"));
        search.setLeft(new FontIcon("mdi2m-magnify"));
        HBox.setHgrow(search, Priority.ALWAYS);
        search.textProperty().bindBidirectional(model.queryProperty());
        showLeftCheck.selectedProperty().bindBidirectional(model.showLeftProperty());
        countLabel.textProperty().bind(model.countText());

        table.setId(ContactsIds.TABLE);
        table.getColumns().setAll(List.of(nameColumn, accountColumn, titleColumn, roleColumn, phoneColumn, emailColumn,
                birthdayColumn));
        Label placeholder = new Label(msg.get("contacts.noMatch"));
        placeholder.setId(ContactsIds.PLACEHOLDER);
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(26);
        FixedRowTableSkin.install(table);
        table.setItems(model.items());
        model.sortedItems().comparatorProperty().bind(table.comparatorProperty());
        // the rows are a filtered view of the sorted list, which the bound comparator keeps in order
        table.setSortPolicy(t -> true);
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().contact().name()));
        nameColumn.setComparator(Tables.textOrder(msg.locale()));
        accountColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().accountName()));
        accountColumn.setComparator(Tables.textOrder(msg.locale()));
        titleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().contact().title()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().contact().buyingRole()));
        Tables.enumCells(roleColumn, msg);
        phoneColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().contact().primaryPhone()));
        emailColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().contact().primaryEmail()));
        birthdayColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().contact().birthday()));
        birthdayColumn.setComparator(Comparator.nullsLast(Comparator.comparing(Birthday::monthDay)));
        Tables.formattedCells(birthdayColumn, b -> kit.formats().birthday(b));
        logFacts.addColumns(table, i -> logFacts.contactLastContact(i.contact().id()), ContactsIds.LOG_COLUMNS);
        // the role and birthday are in the person's editor and on Today: at 1280x720 they squeezed
        // every column to a few letters, so they start hidden (the header's menu shows them)
        ColumnLayout.keep(table, "contacts", columns, Set.of(ContactsIds.ROLE_COLUMN, ContactsIds.BIRTHDAY_COLUMN));
        table.getSortOrder().add(nameColumn);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null || !page.openProperty().get()) {
                timeline.model().show(item == null ? null : item.contact().id());
            }
        });
        table.setRowFactory(tv -> {
            TableRow<ContactListItem> row = new TableRow<>() {
                @Override
                protected void updateItem(ContactListItem item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(LEFT,
                            !empty && item != null && item.contact().leftAccount());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    page.open();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            ContactListItem item = table.getSelectionModel().getSelectedItem();
            if (item == null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                delete(item);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                page.open();
                e.consume();
            } else if (PersonPageView.EDIT_KEY.match(e)) {
                edit(item.contact());
                e.consume();
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                e.consume();
            }
        });
    }

    private void edit(Contact contact) {
        if (model.accounts().isEmpty()) {
            kit.dialogs().showInfo(msg.get("contacts.new"), msg.get("contacts.needAccount"));
            return;
        }
        String css = ContactsView.class.getResource(dev.rapport.ui.common.Styles.APP_CSS).toExternalForm();
        kit.editors().showAndWait(OpenEditors.Key.of(OpenEditors.Kind.PERSON, contact.id()),
                () -> new ContactEditor(root.getScene().getWindow(), model.editorModel(contact), model.accounts(), msg,
                        css, model.editorSave(new FxTextClipboard())))
                .ifPresent(model::saved);
    }

    private void delete(ContactListItem item) {
        if (kit.dialogs().confirmDestructive(msg.get("contacts.delete.title"),
                msg.get("contacts.delete.question", item.contact().name()), msg.get("action.delete"))) {
            model.delete(item);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        model.reload();
        logFacts.reload();
        timeline.model().reload();
    }

    @Override
    public boolean back() {
        if (!page.openProperty().get()) {
            return false;
        }
        page.back();
        table.requestFocus();
        return true;
    }

    @Override
    public Long accountInView() {
        ContactListItem item = table.getSelectionModel().getSelectedItem();
        return item == null ? null : item.contact().accountId();
    }

    @Override
    public Long contactInView() {
        ContactListItem item = table.getSelectionModel().getSelectedItem();
        return item == null ? null : item.contact().id();
    }

    @Override
    public void createNew() {
        long accountId = model.accounts().isEmpty() ? -1 : model.accounts().get(0).id();
        ContactListItem selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            accountId = selected.contact().accountId();
        }
        edit(Contact.named("", accountId));
    }

    @Override
    public void focusSearch() {
        // the search is the list's: from a page, Ctrl+F goes back to the list first
        back();
        search.requestFocus();
        search.selectAll();
    }
}
