package dev.rapport.ui.accounts;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.Contact;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.ColumnLayout;
import dev.rapport.ui.common.ColumnLayoutViewModel;
import dev.rapport.ui.common.FixedRowTableSkin;
import dev.rapport.ui.common.FxTextClipboard;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.Screen;
import dev.rapport.ui.common.Styles;
import dev.rapport.ui.common.Tables;
import dev.rapport.ui.common.UiKit;
import dev.rapport.ui.contactlog.ContactLogFacts;
import dev.rapport.ui.exchange.ExchangeView;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The accounts screen: filter as you type, combinable filters, a sortable table, and each
 * account's page full width over the list (Enter or a double click opens it, Back returns to the
 * list as it was). It lays out and binds; what it shows and every call to a service is its view models'
 * (decision 0020: this is the worked example).
 */
public final class AccountsView implements Screen {
    private final ColumnLayoutViewModel columns;
    private final UiKit kit;
    private final Messages msg;
    private final AccountsViewModel model;
    private final AccountPageViewModel detailModel;
    private final ContactLogFacts logFacts;
    private final AccountPageParts parts;
    private final ExchangeView exchange;
    private final CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
    private final CheckComboBox<Tier> tierFilter = new CheckComboBox<>();
    private final CheckComboBox<LifecycleStage> stageFilter = new CheckComboBox<>();
    private final CheckComboBox<RelationshipLevel> levelFilter = new CheckComboBox<>();
    private final CheckComboBox<PartyType> partyFilter = new CheckComboBox<>();
    private final TableView<AccountListItem> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    /**
     * @param exchange the header's Import…, Export and PDF, made on this screen's selection and list
     * @param logFacts the contact log's columns in the table (last contact, complaints)
     * @param parts the other screens' views the detail pane shows
     */
    public AccountsView(UiKit kit, AccountsViewModel model, AccountPageViewModel detailModel,
            ExchangeView exchange, ContactLogFacts logFacts, AccountPageParts parts, ColumnLayoutViewModel columns) {
        this.kit = kit;
        this.msg = kit.messages();
        this.columns = columns;
        this.model = model;
        this.detailModel = detailModel;
        this.exchange = exchange;
        this.logFacts = logFacts;
        this.parts = parts;
        AccountPageView page = new AccountPageView(kit, detailModel, new PageActions(), parts,
                new AccountPageView.HeaderFacts(model::health, logFacts::accountLastContact, logFacts::daysSince));
        root.getStyleClass().add("section");
        VBox header = header();
        // the page covers the screen's header too: the rep reads one account, not the list's filters
        header.visibleProperty().bind(detailModel.openProperty().not());
        header.managedProperty().bind(header.visibleProperty());
        root.setTop(header);
        root.setCenter(center(page));
        bindTable();
        bindSelection();
        logFacts.onReloaded(parts.contactLog()::refreshSummary);
        logFacts.onReloaded(page::keyFacts);
        model.onDeleted(detailModel::accountGone);
        // an opened page has the focus on its tabs: Ctrl+Tab goes through them, Tab reaches the actions
        detailModel.openProperty().addListener((obs, was, open) -> {
            if (open) {
                javafx.application.Platform.runLater(page::focus);
            }
        });
        // a load puts every account's score, one change each: only the open page's account redraws its line
        model.healthScores().addListener((MapChangeListener<Long, Integer>) c -> {
            AccountListItem shown = detailModel.shownProperty().get();
            if (shown != null && c.getKey().equals(shown.account().id())) {
                page.keyFacts();
            }
        });
    }

    /** Title, count and the actions on top; search and filters below. */
    private VBox header() {
        Label title = new Label(msg.get("nav.accounts"));
        title.getStyleClass().add("section-title");
        Label count = new Label();
        count.setId(AccountsIds.COUNT);
        count.getStyleClass().add("muted");
        count.textProperty().bind(model.countText());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Import…, Export and PDF (issue 5), left of "New account"
        HBox top = new HBox(12, title, count, spacer, exchange.node(), newButton(AccountsIds.NEW));
        top.setAlignment(Pos.CENTER_LEFT);

        search.setId(AccountsIds.SEARCH);
        search.setPromptText(msg.get("accounts.search.prompt"));
        search.setLeft(new FontIcon("mdi2m-magnify"));
        search.textProperty().bindBidirectional(model.queryProperty());
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
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox searchBox = new HBox(search);
        searchBox.setId(AccountsIds.SEARCH_BOX);
        searchBox.setPrefWidth(320);
        filter(tierFilter, AccountsIds.TIER_FILTER, "account.tier", 110, Tier.values());
        filter(stageFilter, AccountsIds.STAGE_FILTER, "account.stage", 140, LifecycleStage.values());
        filter(levelFilter, AccountsIds.LEVEL_FILTER, "account.level", 140, RelationshipLevel.values());
        filter(partyFilter, AccountsIds.PARTY_FILTER, "account.partyType", 150, PartyType.values());
        Button clear = new Button(msg.get("accounts.clearFilters"));
        clear.setId(AccountsIds.CLEAR_FILTERS);
        clear.getStyleClass().add("link-button");
        clear.setOnAction(e -> clearFilters());
        FlowPane filters = new FlowPane(8, 6, searchBox, tierFilter, stageFilter, levelFilter, partyFilter, clear);
        filters.setAlignment(Pos.CENTER_LEFT);

        VBox header = new VBox(8, top, filters);
        header.getStyleClass().add("section-header");
        header.setPadding(new Insets(12, 14, 8, 14));
        return header;
    }

    private Button newButton(String id) {
        Button button = new Button(msg.get("accounts.new"));
        button.setId(id);
        button.getStyleClass().add("accent");
        button.setOnAction(e -> createNew());
        return button;
    }

    /** The table, the page over it when open; while there is no account at all, the offer of sample data. */
    private StackPane center(AccountPageView page) {
        table.setId(AccountsIds.TABLE);
        Label placeholder = new Label();
        // the first open takes a moment with a large book: say so, not that nothing matches
        placeholder.textProperty().bind(Bindings.when(model.loadedProperty())
                .then(msg.get("accounts.noMatch")).otherwise(msg.get("task.loading")));
        table.setPlaceholder(placeholder);
        // hidden, not removed, while a page is open: the list keeps its scroll, selection and filter
        table.visibleProperty().bind(model.emptyProperty().not().and(detailModel.openProperty().not()));

        Label emptyTitle = new Label(msg.get("accounts.empty.title"));
        emptyTitle.getStyleClass().add("empty-title");
        Label emptyText = new Label(msg.get("accounts.empty.text"));
        emptyText.setWrapText(true);
        emptyText.setMaxWidth(460);
        emptyText.getStyleClass().add("muted");
        Button sample = new Button(msg.get("accounts.createSample"));
        sample.setId(AccountsIds.SAMPLE_DATA);
        sample.setOnAction(e -> model.createSampleData());
        HBox emptyActions = new HBox(10, newButton(AccountsIds.EMPTY_NEW), sample);
        emptyActions.setAlignment(Pos.CENTER);
        VBox empty = new VBox(14, emptyTitle, emptyText, emptyActions);
        empty.setId(AccountsIds.EMPTY_STATE);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("empty-state");
        empty.visibleProperty().bind(model.emptyProperty());
        return new StackPane(table, page.node(), empty);
    }

    private void bindTable() {
        table.setFixedCellSize(26);
        FixedRowTableSkin.install(table);
        table.setItems(model.items());
        model.sortedItems().comparatorProperty().bind(table.comparatorProperty());
        // the rows are a filtered view of the sorted list, which the bound comparator keeps in order
        table.setSortPolicy(t -> true);
        TableColumn<AccountListItem, String> name = column(AccountsIds.NAME_COLUMN, "account.name", 205,
                a -> a.account().name());
        name.setComparator(Tables.textOrder(msg.locale()));
        TableColumn<AccountListItem, Tier> tier = column(AccountsIds.TIER_COLUMN, "account.tier", 50,
                a -> a.account().tier());
        Tables.enumCells(tier, msg);
        TableColumn<AccountListItem, Integer> health = column(AccountsIds.HEALTH_COLUMN, "retention.health.column", 70,
                a -> model.health(a.account().id()));
        health.getStyleClass().add("number");
        health.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        model.healthScores().addListener((MapChangeListener<Long, Integer>) c -> table.refresh());
        TableColumn<AccountListItem, LifecycleStage> stage = column(AccountsIds.STAGE_COLUMN, "account.stage", 90,
                a -> a.account().stage());
        Tables.enumCells(stage, msg);
        TableColumn<AccountListItem, RelationshipLevel> level = column(AccountsIds.LEVEL_COLUMN, "account.level", 85,
                a -> a.account().level());
        Tables.enumCells(level, msg);
        TableColumn<AccountListItem, PartyType> party = column(AccountsIds.PARTY_COLUMN, "account.partyType", 95,
                a -> a.account().partyType());
        Tables.enumCells(party, msg);
        TableColumn<AccountListItem, String> industry = column(AccountsIds.INDUSTRY_COLUMN, "account.industry", 110,
                a -> a.account().industry());
        industry.setComparator(Tables.textOrder(msg.locale()));
        TableColumn<AccountListItem, BigDecimal> revenue = column(AccountsIds.REVENUE_COLUMN, "account.annualRevenue",
                100, a -> a.account().annualRevenue());
        revenue.getStyleClass().add("number");
        revenue.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        Tables.formattedCells(revenue, v -> kit.formats().money(v));
        TableColumn<AccountListItem, Integer> contacts = column(AccountsIds.CONTACTS_COLUMN, "account.contacts", 70,
                AccountListItem::contactCount);
        contacts.getStyleClass().add("number");
        TableColumn<AccountListItem, String> owner = column(AccountsIds.OWNER_COLUMN, "account.owner", 90,
                a -> a.account().owner());
        owner.setComparator(Tables.textOrder(msg.locale()));
        table.getColumns().setAll(List.of(name, tier, stage, health, level, party, industry, revenue, contacts, owner));
        logFacts.addComplaintColumn(table, i -> i.account().id(), "account-complaints");
        logFacts.addColumns(table, i -> logFacts.accountLastContact(i.account().id()), AccountsIds.LOG_COLUMNS);
        // thirteen columns needed a sideways scroll at 1280x720: the party and industry start hidden
        // (each has its filter or the search), and the header's menu shows them again; the others'
        // first widths add up to the list's width at 1280x720 now that no side pane shares it
        ColumnLayout.keep(table, "accounts", columns, Set.of(AccountsIds.PARTY_COLUMN, AccountsIds.INDUSTRY_COLUMN));
        table.getSortOrder().add(name);

        table.setOnKeyPressed(e -> {
            AccountListItem item = table.getSelectionModel().getSelectedItem();
            if (item == null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                model.askDelete(item);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                openPage();
                e.consume();
            } else if (AccountPageView.EDIT_KEY.match(e)) {
                editAccount(item.account());
                e.consume();
            }
        });
        table.setRowFactory(tv -> {
            TableRow<AccountListItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openPage();
                }
            });
            return row;
        });
    }

    /** The selected account's page, full width; its tab has the focus, so Ctrl+Tab goes on to the next. */
    private void openPage() {
        detailModel.open();
    }

    private <T> TableColumn<AccountListItem, T> column(String id, String key, double width,
            Function<AccountListItem, T> value) {
        TableColumn<AccountListItem, T> column = new TableColumn<>(msg.get(key));
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** The table's selection and the model's are one; the detail pane hears of every load of it. */
    private void bindSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (model.replacing()) {
                return;
            }
            if (item == null && detailModel.openProperty().get()) {
                // the table drops its selection when its rows are resorted (the contact log's columns
                // sort again after every logged call): that is not the rep leaving the page, whose
                // account stays selected; a deleted account's page closes before its row goes
                javafx.application.Platform.runLater(() -> {
                    AccountListItem kept = model.selectedProperty().get();
                    if (kept != null && table.getSelectionModel().getSelectedItem() == null) {
                        table.getSelectionModel().select(kept);
                    }
                });
                return;
            }
            model.selectedProperty().set(item);
        });
        // an invalidation, not a change: after a load the model holds a new row equal to the old one,
        // which the table must select although nothing "changed"
        model.selectedProperty().addListener((Observable o) -> {
            AccountListItem item = model.selectedProperty().get();
            if (item != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(item);
                if (item != null) {
                    table.scrollTo(item);
                }
            }
        });
        // an invalidation, not a change: a reload sets an equal account whose people may have changed
        model.selectedProperty().addListener((Observable o) -> detailModel.show(model.selectedProperty().get()));
    }

    private <E extends Enum<E>> void filter(CheckComboBox<E> box, String id, String titleKey, double width, E[] values) {
        box.setId(id);
        box.setTitle(msg.get(titleKey));
        box.setPrefWidth(width);
        box.getItems().setAll(values);
        box.setConverter(Tables.enumConverter(msg));
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<E>) c -> applyFilters());
    }

    private void applyFilters() {
        model.setFilters(checked(tierFilter), checked(stageFilter), checked(levelFilter), checked(partyFilter));
    }

    private static <E extends Enum<E>> Set<E> checked(CheckComboBox<E> box) {
        List<E> items = box.getCheckModel().getCheckedItems();
        return items.isEmpty() ? Set.of() : EnumSet.copyOf(items);
    }

    private void clearFilters() {
        search.clear();
        tierFilter.getCheckModel().clearChecks();
        stageFilter.getCheckModel().clearChecks();
        levelFilter.getCheckModel().clearChecks();
        partyFilter.getCheckModel().clearChecks();
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    private void editAccount(Account account) {
        kit.editors().showAndWait(OpenEditors.Key.of(OpenEditors.Kind.ACCOUNT, account.id()),
                () -> new AccountEditor(window(), account, msg, kit.formats(), Styles.url(),
                        model.editorSave(new FxTextClipboard())))
                .ifPresent(saved -> {
                    if (account.id() == null) {
                        // a new account's page opens: adding its people is what comes next
                        detailModel.openWhenShown(saved.id());
                    }
                    model.saved(saved);
                    // the list, not the button that opened the form, gets the focus back: Enter then
                    // opens the account just saved instead of a second blank form
                    if (!detailModel.openProperty().get() && account.id() != null) {
                        table.requestFocus();
                    }
                });
    }

    private void editPerson(Contact person) {
        kit.editors().showAndWait(OpenEditors.Key.of(OpenEditors.Kind.PERSON, person.id()),
                () -> parts.personEditor().editor(window(), person, model.allAccounts(),
                        detailModel.editorSave(new FxTextClipboard())))
                .ifPresent(detailModel::saved);
    }

    /** The page's buttons for the account: edited, deleted and exported as from the table. */
    private final class PageActions implements AccountPageView.Actions {
        @Override
        public void edit(Account account) {
            editAccount(account);
        }

        @Override
        public void delete(AccountListItem item) {
            model.askDelete(item);
        }

        @Override
        public void exportPdf(AccountListItem item) {
            exchange.exportPdf(item);
        }

        @Override
        public void editPerson(Contact person) {
            AccountsView.this.editPerson(person);
        }

        @Override
        public void closed() {
            table.requestFocus();
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
    }

    @Override
    public boolean back() {
        if (!detailModel.openProperty().get()) {
            return false;
        }
        detailModel.back();
        table.requestFocus();
        return true;
    }

    @Override
    public Long accountInView() {
        AccountListItem item = model.selectedProperty().get();
        return item == null ? null : item.account().id();
    }

    /** The account's page, its filters cleared first so the list holds it and Back returns to it. */
    @Override
    public void showRecord(long accountId) {
        clearFilters();
        detailModel.openWhenShown(accountId);
        model.reloadAndSelect(accountId);
    }

    @Override
    public void createNew() {
        editAccount(Account.named(""));
    }

    /** Import…: the file chooser, preview and report of the screen's Import button. */
    public void importFile() {
        exchange.importFile();
    }

    @Override
    public void focusSearch() {
        // the search is the list's: from a page, Ctrl+F goes back to the list first
        back();
        search.requestFocus();
        search.selectAll();
    }
}
