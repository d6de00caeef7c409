package dev.rapport.ui.accounts;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.Contact;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.FixedRowTableSkin;
import dev.rapport.ui.common.Fxml;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.FxTextClipboard;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.exchange.ExchangeView;
import dev.rapport.ui.exchange.FileDialogs;
import dev.rapport.ui.exchange.FxFileDialogs;
import dev.rapport.ui.common.Tables;
import dev.rapport.ui.contacts.ContactEditor;
import dev.rapport.ui.contactlog.AccountContactLogView;
import dev.rapport.ui.contactlog.ContactLogFacts;
import dev.rapport.ui.common.Screen;
import dev.rapport.ui.retention.AccountValueView;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/** The accounts screen: filter as you type, combinable filters, a sortable table and the detail pane. */
public final class AccountsView implements Screen {
    @FXML private Label countLabel;
    @FXML private Button newButton;
    @FXML private HBox searchBox;
    @FXML private CheckComboBox<Tier> tierFilter;
    @FXML private CheckComboBox<LifecycleStage> stageFilter;
    @FXML private CheckComboBox<RelationshipLevel> levelFilter;
    @FXML private CheckComboBox<PartyType> partyFilter;
    @FXML private SplitPane split;
    @FXML private TableView<AccountListItem> table;
    @FXML private TableColumn<AccountListItem, String> nameColumn;
    @FXML private TableColumn<AccountListItem, Tier> tierColumn;
    @FXML private TableColumn<AccountListItem, LifecycleStage> stageColumn;
    @FXML private TableColumn<AccountListItem, RelationshipLevel> levelColumn;
    @FXML private TableColumn<AccountListItem, PartyType> partyColumn;
    @FXML private TableColumn<AccountListItem, String> industryColumn;
    @FXML private TableColumn<AccountListItem, BigDecimal> revenueColumn;
    @FXML private TableColumn<AccountListItem, Integer> contactsColumn;
    @FXML private TableColumn<AccountListItem, String> ownerColumn;
    @FXML private ScrollPane detailScroll;
    @FXML private VBox emptyState;

    private final UiContext ctx;
    private final Messages msg;
    private final AccountsViewModel model;
    private final BorderPane root;
    private final CustomTextField search;
    private final AccountDetailView detail;
    private final ContactLogFacts logFacts;
    private final AccountContactLogView contactLog;
    private final Notifier notifier;
    private final FileDialogs files;
    private ExchangeView exchange;

    public AccountsView(UiContext ctx, Notifier notifier) {
        this(ctx, notifier, null);
    }

    /** With other file dialogs (tests answer them); null for the system's. */
    AccountsView(UiContext ctx, Notifier notifier, FileDialogs fileDialogs) {
        this.ctx = ctx;
        this.msg = ctx.messages();
        this.model = new AccountsViewModel(ctx, notifier);
        this.notifier = notifier;
        this.root = Fxml.load(this, "Accounts.fxml", msg.bundle());
        this.files = fileDialogs != null ? fileDialogs : new FxFileDialogs(() -> root.getScene().getWindow());
        this.search = (CustomTextField) TextFields.createClearableTextField();
        this.detail = new AccountDetailView(ctx, new AccountDetailView.Actions() {
            @Override
            public void edit(Account account) {
                editAccount(account);
            }

            @Override
            public void delete(AccountListItem item) {
                deleteAccount(item);
            }

            @Override
            public void addContact(Account account) {
                editContact(Contact.named("", account.id()));
            }

            @Override
            public void editContact(Contact contact) {
                AccountsView.this.editContact(contact);
            }

            @Override
            public void deleteContact(Contact contact) {
                AccountsView.this.deleteContact(contact);
            }

            @Override
            public void exportPdf(AccountListItem item) {
                exchange.exportPdf(item);
            }
        }, notifier, new AccountValueView(ctx, notifier, id -> model.reloadAndSelect(id)));
        this.logFacts = new ContactLogFacts(ctx);
        this.contactLog = new AccountContactLogView(ctx, notifier, logFacts, () -> root.getScene().getWindow(),
                logFacts::reload);
        detail.append(contactLog.node());
        logFacts.onReloaded(contactLog::refreshSummary);
        setUp();
    }

    AccountsViewModel model() {
        return model;
    }

    private void setUp() {
        search.setId("account-search");
        search.setPromptText(msg.get("accounts.search.prompt"));
        search.setLeft(new FontIcon("mdi2m-magnify"));
        HBox.setHgrow(search, Priority.ALWAYS);
        searchBox.getChildren().add(search);
        search.textProperty().bindBidirectional(model.queryProperty());
        countLabel.textProperty().bind(model.countText());
        // Import…, Export and PDF (issue 5), left of "New account"
        exchange = new ExchangeView(ctx, notifier, files, model.selectedProperty(),
                () -> List.copyOf(model.items()), model::reload);
        HBox header = (HBox) newButton.getParent();
        header.getChildren().add(header.getChildren().indexOf(newButton), exchange.node());

        filter(tierFilter, Tier.values());
        filter(stageFilter, LifecycleStage.values());
        filter(levelFilter, RelationshipLevel.values());
        filter(partyFilter, PartyType.values());

        table.setFixedCellSize(26);
        FixedRowTableSkin.install(table);
        table.setItems(model.items());
        model.sortedItems().comparatorProperty().bind(table.comparatorProperty());
        // the rows are a filtered view of the sorted list, which the bound comparator keeps in order
        table.setSortPolicy(t -> true);
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().account().name()));
        nameColumn.setComparator(Tables.textOrder(msg.locale()));
        tierColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().account().tier()));
        Tables.enumCells(tierColumn, msg);
        stageColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().account().stage()));
        Tables.enumCells(stageColumn, msg);
        levelColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().account().level()));
        Tables.enumCells(levelColumn, msg);
        partyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().account().partyType()));
        Tables.enumCells(partyColumn, msg);
        industryColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().account().industry()));
        industryColumn.setComparator(Tables.textOrder(msg.locale()));
        revenueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().account().annualRevenue()));
        revenueColumn.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        Tables.formattedCells(revenueColumn, v -> ctx.formats().money(v));
        contactsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().contactCount()));
        ownerColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().account().owner()));
        ownerColumn.setComparator(Tables.textOrder(msg.locale()));
        TableColumn<AccountListItem, Integer> healthColumn = new TableColumn<>(msg.get("retention.health.column"));
        healthColumn.setId("healthColumn");
        healthColumn.getStyleClass().add("number");
        healthColumn.setPrefWidth(70);
        healthColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.health(c.getValue().account().id())));
        healthColumn.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        table.getColumns().add(3, healthColumn);
        model.healthScores().addListener((javafx.collections.MapChangeListener<Long, Integer>) c -> table.refresh());
        logFacts.addComplaintColumn(table, i -> i.account().id(), "account-complaints");
        logFacts.addColumns(table, i -> logFacts.accountLastContact(i.account().id()), "account");
        table.getSortOrder().add(nameColumn);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> model.selectedProperty().set(item));
        model.selectedProperty().addListener((obs, old, item) -> {
            if (item != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(item);
                if (item != null) {
                    table.scrollTo(item);
                }
            }
            detail.show(item);
            contactLog.show(item == null ? null : item.account().id());
        });
        model.selectedContacts().addListener((ListChangeListener<Contact>) c -> detail.showContacts(model.selectedContacts()));
        table.setOnKeyPressed(e -> {
            AccountListItem item = table.getSelectionModel().getSelectedItem();
            if (item == null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                deleteAccount(item);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                editAccount(item.account());
                e.consume();
            }
        });
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<AccountListItem> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    editAccount(row.getItem().account());
                }
            });
            return row;
        });
        detailScroll.setContent(detail.node());
        emptyState.visibleProperty().bind(model.emptyProperty());
        split.visibleProperty().bind(model.emptyProperty().not());
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

    private <E extends Enum<E>> void filter(CheckComboBox<E> box, E[] values) {
        box.getItems().setAll(values);
        box.setConverter(Tables.enumConverter(msg));
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<E>) c -> applyFilters());
    }

    private void applyFilters() {
        model.setFilters(checked(tierFilter, Tier.class), checked(stageFilter, LifecycleStage.class),
                checked(levelFilter, RelationshipLevel.class), checked(partyFilter, PartyType.class));
    }

    private static <E extends Enum<E>> Set<E> checked(CheckComboBox<E> box, Class<E> type) {
        List<E> items = box.getCheckModel().getCheckedItems();
        return items.isEmpty() ? Set.of() : EnumSet.copyOf(items);
    }

    @FXML
    void onNew() {
        createNew();
    }

    @FXML
    void onClearFilters() {
        search.clear();
        tierFilter.getCheckModel().clearChecks();
        stageFilter.getCheckModel().clearChecks();
        levelFilter.getCheckModel().clearChecks();
        partyFilter.getCheckModel().clearChecks();
    }

    @FXML
    void onSampleData() {
        model.createSampleData();
    }

    private void editAccount(Account account) {
        ctx.editors().showAndWait(OpenEditors.Key.of(OpenEditors.Kind.ACCOUNT, account.id()),
                () -> new AccountEditor(root.getScene().getWindow(), account, msg, ctx.formats(), stylesheet(),
                        model.editorSave(new FxTextClipboard())))
                .ifPresent(model::saved);
    }

    private void deleteAccount(AccountListItem item) {
        // an account with plans says so in the question; the delete stays undoable either way
        ctx.executor().submit(msg.get("task.loading"), p -> ctx.plans().countFor(item.account().id()), plans -> {
            String question = plans == 0
                    ? msg.get("accounts.delete.question", item.account().name(), item.contactCount())
                    : msg.get("plans.accountDelete.question", item.account().name(), item.contactCount(), plans);
            if (ctx.dialogs().confirm(msg.get("accounts.delete.title"), question, msg.get("action.delete"))) {
                model.delete(item);
            }
        }, e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    private void editContact(Contact contact) {
        List<Account> accounts = model.allItems().stream().map(AccountListItem::account).toList();
        ctx.editors().showAndWait(OpenEditors.Key.of(OpenEditors.Kind.PERSON, contact.id()),
                () -> new ContactEditor(root.getScene().getWindow(), contact, accounts, msg, ctx.formats(), stylesheet(),
                        model.contactEditorSave(new FxTextClipboard())))
                .ifPresent(model::contactSaved);
    }

    private void deleteContact(Contact contact) {
        if (ctx.dialogs().confirm(msg.get("contacts.delete.title"),
                msg.get("contacts.delete.question", contact.name()), msg.get("action.delete"))) {
            model.deleteContact(contact);
        }
    }

    private static String stylesheet() {
        return AccountsView.class.getResource(dev.rapport.ui.common.Styles.APP_CSS).toExternalForm();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        model.reload();
        logFacts.reload();
    }

    @Override
    public Long accountInView() {
        AccountListItem item = model.selectedProperty().get();
        return item == null ? null : item.account().id();
    }

    @Override
    public void createNew() {
        editAccount(Account.named(""));
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    TextField searchField() {
        return search;
    }
}
