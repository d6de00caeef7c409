package dev.rapport.ui.contacts;

import dev.rapport.domain.Birthday;
import dev.rapport.domain.BuyingRole;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactListItem;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.FixedRowTableSkin;
import dev.rapport.ui.common.Fxml;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.FxTextClipboard;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.Tables;
import dev.rapport.ui.contactlog.ContactLogFacts;
import dev.rapport.ui.contactlog.LogActions;
import dev.rapport.ui.contactlog.TimelineView;
import dev.rapport.ui.contactlog.TimelineViewModel;
import dev.rapport.ui.common.Screen;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
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
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/** Everyone at every account, with their account, role and birthday; searchable as you type. */
public final class ContactsView implements Screen {
    @FXML private Label countLabel;
    @FXML private Button newButton;
    @FXML private HBox searchBox;
    @FXML private CheckBox showLeftCheck;
    @FXML private TableView<ContactListItem> table;
    @FXML private TableColumn<ContactListItem, String> nameColumn;
    @FXML private TableColumn<ContactListItem, String> accountColumn;
    @FXML private TableColumn<ContactListItem, String> titleColumn;
    @FXML private TableColumn<ContactListItem, BuyingRole> roleColumn;
    @FXML private TableColumn<ContactListItem, String> phoneColumn;
    @FXML private TableColumn<ContactListItem, String> emailColumn;
    @FXML private TableColumn<ContactListItem, Birthday> birthdayColumn;

    private final UiContext ctx;
    private final Messages msg;
    private final ContactsViewModel model;
    private final BorderPane root;
    private final CustomTextField search;
    private final dev.rapport.ui.memory.ContactMemoryView memory;
    private final ContactLogFacts logFacts;
    private final TimelineView timeline;

    public ContactsView(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.msg = ctx.messages();
        this.model = new ContactsViewModel(ctx, notifier);
        this.root = Fxml.load(this, "Contacts.fxml", msg.bundle());
        this.search = (CustomTextField) TextFields.createClearableTextField();
        this.memory = new dev.rapport.ui.memory.ContactMemoryView(ctx, notifier,
                ContactsView.class.getResource(dev.rapport.ui.common.Styles.APP_CSS).toExternalForm());
        this.logFacts = new ContactLogFacts(ctx);
        this.timeline = new TimelineView(ctx, new TimelineViewModel(ctx, TimelineViewModel.Owner.CONTACT),
                new LogActions(ctx, notifier, () -> root.getScene().getWindow()), "contact-timeline",
                () -> new Long[] {accountInView(), contactInView()}, logFacts::reload);
        setUp();
        // Export of the listed people as vCard or CSV (issue 5), left of "New contact"
        javafx.scene.layout.HBox header = (javafx.scene.layout.HBox) newButton.getParent();
        header.getChildren().add(header.getChildren().indexOf(newButton), new dev.rapport.ui.exchange.PeopleExportButton(
                ctx, notifier, new dev.rapport.ui.exchange.FxFileDialogs(() -> root.getScene().getWindow()),
                () -> table.getItems().stream().map(i -> i.contact().id()).toList()).node());
        // the selected person's family, dates, preferences and gifts beside the list
        // ...and the person's contact log under the list
        root.setCenter(null);
        javafx.scene.control.SplitPane listAndLog = new javafx.scene.control.SplitPane(table, timeline.node());
        listAndLog.setOrientation(javafx.geometry.Orientation.VERTICAL);
        listAndLog.setDividerPositions(0.6);
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(listAndLog, memory.node());
        split.setDividerPositions(0.6);
        root.setCenter(split);
        table.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, item) -> memory.show(item == null ? null : item.contact()));
    }

    private void setUp() {
        search.setId("contact-search");
        search.setPromptText(msg.get("contacts.search.prompt"));
        search.setLeft(new FontIcon("mdi2m-magnify"));
        HBox.setHgrow(search, Priority.ALWAYS);
        searchBox.getChildren().add(search);
        search.textProperty().bindBidirectional(model.queryProperty());
        showLeftCheck.selectedProperty().bindBidirectional(model.showLeftProperty());
        countLabel.textProperty().bind(model.countText());

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
        Tables.formattedCells(birthdayColumn, b -> ctx.formats().birthday(b));
        logFacts.addColumns(table, i -> logFacts.contactLastContact(i.contact().id()), "contact");
        table.getSortOrder().add(nameColumn);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                timeline.model().show(item == null ? null : item.contact().id()));
        table.setRowFactory(tv -> {
            TableRow<ContactListItem> row = new TableRow<>() {
                @Override
                protected void updateItem(ContactListItem item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("left"),
                            !empty && item != null && item.contact().leftAccount());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem().contact());
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

    @FXML
    void onNew() {
        createNew();
    }

    private void edit(Contact contact) {
        if (model.accounts().isEmpty()) {
            ctx.dialogs().showInfo(msg.get("contacts.new"), msg.get("contacts.needAccount"));
            return;
        }
        String css = ContactsView.class.getResource(dev.rapport.ui.common.Styles.APP_CSS).toExternalForm();
        ctx.editors().showAndWait(OpenEditors.Key.of(OpenEditors.Kind.PERSON, contact.id()),
                () -> new ContactEditor(root.getScene().getWindow(), contact, model.accounts(), msg, ctx.formats(), css,
                        model.editorSave(new FxTextClipboard())))
                .ifPresent(model::saved);
    }

    private void delete(ContactListItem item) {
        if (ctx.dialogs().confirm(msg.get("contacts.delete.title"),
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
        search.requestFocus();
        search.selectAll();
    }
}
