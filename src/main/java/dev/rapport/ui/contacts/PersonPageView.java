package dev.rapport.ui.contacts;

import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactListItem;
import dev.rapport.domain.ContactPoint;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.LazyTabs;
import dev.rapport.ui.common.RecordOpener;
import dev.rapport.ui.common.RecordPages;
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
    private final TabPane tabs;
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
        Map<PersonPageTab, Supplier<Node>> content = new EnumMap<>(PersonPageTab.class);
        content.put(PersonPageTab.OVERVIEW, this::overview);
        content.put(PersonPageTab.MEMORY, () -> RecordPages.padded(parts.memory()));
        content.put(PersonPageTab.LOG, () -> RecordPages.padded(parts.timeline()));
        tabs = new LazyTabs<>(PersonPageTab.class, ContactsIds.PAGE_TABS, t -> msg.get(t.messageKey()),
                PersonPageTab::id, content, model.tabProperty()).node();
        root.setCenter(tabs);
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
        Button back = RecordPages.backLink(msg.get("person.page.back"), BACK_KEY, ContactsIds.PAGE_BACK,
                () -> back(actions));
        RecordPages.title(title, ContactsIds.PAGE_TITLE);
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

        Button log = RecordPages.action(msg, ContactsIds.PAGE_LOG, "contactlog.today.logContact",
                "mdi2p-phone-plus-outline",
                () -> {
                    model.tabProperty().set(PersonPageTab.LOG);
                    actions.logContact();
                });
        log.getStyleClass().add("accent");
        Button edit = RecordPages.action(msg, ContactsIds.PAGE_EDIT, "action.edit", "mdi2p-pencil-outline",
                () -> actions.edit(model.shownProperty().get().contact()));
        edit.setTooltip(new Tooltip(msg.get("action.edit") + "  (" + EDIT_KEY.getDisplayText() + ")"));
        Button delete = RecordPages.action(msg, ContactsIds.PAGE_DELETE, "action.delete", "mdi2d-delete-outline",
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
        RecordPages.name(title, c.name());
        account.setText(item.accountName());
        jobTitle.setText(c.title() + "  ·");
        jobTitle.setVisible(!c.title().isEmpty());
        jobTitle.setManaged(jobTitle.isVisible());
        badges.getChildren().clear();
        if (c.buyingRole() != null) {
            badges.getChildren().add(RecordPages.badge(msg.of(c.buyingRole()), "level"));
        }
        if (c.leftAccount()) {
            badges.getChildren().add(RecordPages.badge(msg.get("contact.hasLeft"), "party"));
        }
        badges.setVisible(!badges.getChildren().isEmpty());
        badges.setManaged(badges.isVisible());
        LocalDateTime last = parts.lastContact().apply(c.id());
        keyFacts.getChildren().setAll(
                RecordPages.keyFact(msg, ContactsIds.PAGE_PHONE, "contact.phone", c.primaryPhone()),
                RecordPages.keyFact(msg, ContactsIds.PAGE_EMAIL, "contact.email", c.primaryEmail()),
                RecordPages.keyFact(msg, ContactsIds.PAGE_BIRTHDAY, "contact.birthday",
                        c.birthday() == null ? "" : formats.birthday(c.birthday())),
                RecordPages.keyFact(msg, ContactsIds.PAGE_LAST_CONTACT, "account.page.lastContact", last == null
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

}
