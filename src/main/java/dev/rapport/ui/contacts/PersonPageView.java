package dev.rapport.ui.contacts;

import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactListItem;
import dev.rapport.domain.ContactPoint;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.RecordOpener;
import dev.rapport.ui.common.UiKit;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A person's page, full width over the list: name, title and account (a link to the account's
 * page), phone, e-mail, birthday and last contact in the header with Log contact, Edit and Delete;
 * tabs for the overview, the family and memory, and the contact log. A tab is laid out when first
 * chosen.
 */
final class PersonPageView {
    static final KeyCombination BACK_KEY = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    static final KeyCombination EDIT_KEY = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    /** What the page's buttons do that the contacts screen owns. */
    interface Actions {
        void edit(Contact person);

        void delete(ContactListItem item);

        void logContact();

        /** After the page closed: the list takes the focus back. */
        void closed();
    }

    /** The other screens' parts the page shows in its tabs, and the last contact it names. */
    record Parts(Node memory, Node timeline, LongFunction<LocalDateTime> lastContact,
            Function<LocalDateTime, Long> daysSince, RecordOpener records) {
    }

    private final Messages msg;
    private final Formats formats;
    private final PersonPageViewModel model;
    private final Parts parts;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Hyperlink account = new Hyperlink();
    private final Label jobTitle = new Label();
    private final HBox badges = new HBox(6);
    private final FlowPane keyFacts = new FlowPane(18, 4);
    private final GridPane facts = new GridPane();
    private final TabPane tabs = new TabPane();
    private final Map<PersonPageTab, Tab> tabOf = new EnumMap<>(PersonPageTab.class);
    private final Map<PersonPageTab, Supplier<Node>> contentOf = new EnumMap<>(PersonPageTab.class);
    private ScrollPane overviewScroll;
    private Long lastShown;

    PersonPageView(UiKit kit, PersonPageViewModel model, Actions actions, Parts parts) {
        this.msg = kit.messages();
        this.formats = kit.formats();
        this.model = model;
        this.parts = parts;
        root.setId(ContactsIds.PAGE);
        root.getStyleClass().addAll("record-page", "detail-pane");
        root.setTop(header(actions));
        root.setCenter(tabs());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (EDIT_KEY.match(e) && model.shownProperty().get() != null) {
                e.consume();
                actions.edit(model.shownProperty().get().contact());
            }
        });
        root.visibleProperty().bind(model.openProperty());
        model.shownProperty().addListener(o -> refresh());
        model.openProperty().addListener(o -> refresh());
    }

    Node node() {
        return root;
    }

    void focus() {
        tabs.requestFocus();
    }

    /** Back to the list (the Back link; Alt+Left and the mouse's back button come through the screen). */
    void back(Actions actions) {
        model.back();
        actions.closed();
    }

    private VBox header(Actions actions) {
        Button back = new Button(msg.get("person.page.back"), new FontIcon("mdi2a-arrow-left"));
        back.setId(ContactsIds.PAGE_BACK);
        back.getStyleClass().add("link-button");
        back.setTooltip(new Tooltip(msg.get("person.page.back") + "  (" + BACK_KEY.getDisplayText() + ")"));
        back.setOnAction(e -> back(actions));

        title.getStyleClass().add("page-title");
        title.setId(ContactsIds.PAGE_TITLE);
        title.setWrapText(true);
        // two lines at most, then an ellipsis (the whole name in the tooltip): a 300-letter name took half the page
        title.setMaxHeight(66);
        title.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        account.setId(ContactsIds.PAGE_ACCOUNT);
        account.getStyleClass().add("record-link");
        account.setOnAction(e -> {
            ContactListItem item = model.shownProperty().get();
            if (item != null) {
                parts.records().openAccount(item.contact().accountId());
            }
        });
        jobTitle.getStyleClass().add("muted");
        HBox who = new HBox(8, jobTitle, account);
        who.setAlignment(Pos.BASELINE_LEFT);
        VBox names = new VBox(2, title, who);
        HBox.setHgrow(names, Priority.ALWAYS);
        names.setMinWidth(0);

        Button log = button(ContactsIds.PAGE_LOG, "contactlog.today.logContact", "mdi2p-phone-plus-outline",
                () -> {
                    model.tabProperty().set(PersonPageTab.LOG);
                    actions.logContact();
                });
        log.getStyleClass().add("accent");
        Button edit = button(ContactsIds.PAGE_EDIT, "action.edit", "mdi2p-pencil-outline",
                () -> actions.edit(model.shownProperty().get().contact()));
        edit.setTooltip(new Tooltip(msg.get("action.edit") + "  (" + EDIT_KEY.getDisplayText() + ")"));
        Button delete = button(ContactsIds.PAGE_DELETE, "action.delete", "mdi2d-delete-outline",
                () -> actions.delete(model.shownProperty().get()));
        HBox pageActions = new HBox(8, log, edit, delete);
        pageActions.setAlignment(Pos.TOP_RIGHT);
        pageActions.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(16, names, pageActions);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        keyFacts.setId(ContactsIds.PAGE_KEY_FACTS);
        VBox header = new VBox(8, back, titleRow, badges, keyFacts);
        header.getStyleClass().add("page-header");
        header.setPadding(new Insets(10, 16, 12, 16));
        return header;
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button b = new Button(msg.get(key), new FontIcon(icon));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private TabPane tabs() {
        tabs.setId(ContactsIds.PAGE_TABS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        contentOf.put(PersonPageTab.OVERVIEW, this::overview);
        contentOf.put(PersonPageTab.MEMORY, () -> padded(parts.memory()));
        contentOf.put(PersonPageTab.LOG, () -> padded(parts.timeline()));
        for (PersonPageTab t : PersonPageTab.values()) {
            Tab tab = new Tab(msg.get(t.messageKey()));
            tab.setId(t.id());
            tab.setUserData(t);
            tabOf.put(t, tab);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab != null) {
                PersonPageTab chosen = (PersonPageTab) tab.getUserData();
                fill(chosen);
                model.tabProperty().set(chosen);
            }
        });
        model.tabProperty().addListener((obs, old, t) -> tabs.getSelectionModel().select(tabOf.get(t)));
        tabs.getSelectionModel().select(tabOf.get(model.tabProperty().get()));
        fill(model.tabProperty().get());
        return tabs;
    }

    private void fill(PersonPageTab t) {
        Tab tab = tabOf.get(t);
        if (tab.getContent() == null) {
            tab.setContent(contentOf.get(t).get());
        }
    }

    private static Node padded(Node content) {
        VBox box = new VBox(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.setPadding(new Insets(14, 16, 14, 16));
        return box;
    }

    private Node overview() {
        facts.setId(ContactsIds.PAGE_FACTS);
        facts.setHgap(12);
        facts.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setHgrow(Priority.NEVER);
        ColumnConstraints value = new ColumnConstraints(40, 200, Double.MAX_VALUE);
        value.setHgrow(Priority.ALWAYS);
        value.setFillWidth(true);
        facts.getColumnConstraints().addAll(label, value);
        VBox box = new VBox(facts);
        box.setPadding(new Insets(14, 16, 14, 16));
        overviewScroll = new ScrollPane(box);
        overviewScroll.setFitToWidth(true);
        overviewScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        overviewScroll.getStyleClass().add("detail-scroll");
        return overviewScroll;
    }

    /** Shows the selected person when the page is open; also after the last contacts were read again. */
    void refresh() {
        ContactListItem item = model.shownProperty().get();
        if (!model.openProperty().get() || item == null) {
            return;
        }
        Contact c = item.contact();
        title.setText(c.name());
        title.setTooltip(c.name().length() > 60 ? new Tooltip(c.name()) : null);
        account.setText(item.accountName());
        jobTitle.setText(c.title() + "  ·");
        jobTitle.setVisible(!c.title().isEmpty());
        jobTitle.setManaged(jobTitle.isVisible());
        badges.getChildren().clear();
        if (c.buyingRole() != null) {
            badges.getChildren().add(badge(msg.of(c.buyingRole()), "level"));
        }
        if (c.leftAccount()) {
            badges.getChildren().add(badge(msg.get("contact.hasLeft"), "party"));
        }
        badges.setVisible(!badges.getChildren().isEmpty());
        badges.setManaged(badges.isVisible());
        LocalDateTime last = parts.lastContact().apply(c.id());
        keyFacts.getChildren().setAll(
                keyFact(ContactsIds.PAGE_PHONE, "contact.phone", c.primaryPhone()),
                keyFact(ContactsIds.PAGE_EMAIL, "contact.email", c.primaryEmail()),
                keyFact(ContactsIds.PAGE_BIRTHDAY, "contact.birthday",
                        c.birthday() == null ? "" : formats.birthday(c.birthday())),
                keyFact(ContactsIds.PAGE_LAST_CONTACT, "account.page.lastContact", last == null
                        ? msg.get("account.page.never")
                        : msg.get("account.page.lastContactValue", formats.date(last.toLocalDate()),
                                parts.daysSince().apply(last))));
        facts.getChildren().clear();
        int row = 0;
        row = fact(row, "contact.title", c.title());
        row = fact(row, "contact.department", c.department());
        row = fact(row, "contact.buyingRole", c.buyingRole() == null ? "" : msg.of(c.buyingRole()));
        row = fact(row, "contact.phone", points(c.phones()));
        row = fact(row, "contact.email", points(c.emails()));
        row = fact(row, "contact.address", c.address());
        row = fact(row, "contact.preferredChannel", c.preferredChannel() == null ? "" : msg.of(c.preferredChannel()));
        row = fact(row, "contact.interests", c.interests());
        row = fact(row, "contact.notes", c.notes());
        if (c.leftAccount()) {
            fact(row, "contact.leftOn", c.leftOn() == null ? "" : formats.date(c.leftOn()));
        }
        if (lastShown == null || !lastShown.equals(c.id())) {
            lastShown = c.id();
            if (overviewScroll != null) {
                overviewScroll.setVvalue(0);
            }
        }
    }

    private String points(List<ContactPoint> points) {
        return points.stream().map(p -> p.value() + "  (" + msg.of(p.kind()) + ")").collect(Collectors.joining("\n"));
    }

    private int fact(int row, String key, String value) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("fact-label");
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        Label v = new Label(value == null || value.isBlank() ? "—" : value);
        v.setWrapText(true);
        facts.addRow(row, l, v);
        return row + 1;
    }

    private Node keyFact(String id, String key, String value) {
        Label label = new Label(msg.get(key));
        label.getStyleClass().add("fact-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(value == null || value.isBlank() ? "—" : value);
        text.setId(id);
        text.setWrapText(true);
        HBox box = new HBox(6, label, text);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    private static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
