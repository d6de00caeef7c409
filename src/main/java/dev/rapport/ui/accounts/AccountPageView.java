package dev.rapport.ui.accounts;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.Contact;
import dev.rapport.domain.UpcomingDate;
import dev.rapport.i18n.AgendaText;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.LazyTabs;
import dev.rapport.ui.common.RecordPages;
import dev.rapport.ui.common.UiKit;
import dev.rapport.ui.contacts.ContactText;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An account's page, full width over the list: a header with what a rep looks for first (tier,
 * stage, level, owner, health, last contact, next date) and the actions taken most, then tabs for
 * the overview, the people and their dates, the contact log, the plan, and value and health.
 * A tab's content is laid out the first time it is chosen; the parts load the account only while
 * the page is open, so arrowing through the list reads nothing for them.
 */
final class AccountPageView {
    /** Alt+Left, as in a browser: back to the list. */
    static final KeyCombination BACK_KEY = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    /** Ctrl+E edits the account of the page. */
    static final KeyCombination EDIT_KEY = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    /** What the page's buttons do that the accounts screen owns. */
    interface Actions {
        void edit(Account account);

        void delete(AccountListItem item);

        /** Writes the account's summary as PDF, as the accounts header's Export PDF does. */
        void exportPdf(AccountListItem item);

        /** Opens the person editor on a person of this account, new or not. */
        void editPerson(Contact person);

        /** After the page closed: the list takes the focus back. */
        void closed();
    }

    /** What the header shows that other view models know: the health score and the last contact. */
    record HeaderFacts(LongFunction<Integer> health, LongFunction<LocalDateTime> lastContact,
            Function<LocalDateTime, Long> daysSince) {
    }

    private final Messages msg;
    private final Formats formats;
    private final AccountPageViewModel model;
    private final AccountPageParts parts;
    private final HeaderFacts headerFacts;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final HBox badges = new HBox(6);
    private final FlowPane keyFacts = new FlowPane(18, 4);
    private final GridPane facts = new GridPane();
    private final ListView<Contact> people = new ListView<>();
    private final Label notes = new Label();
    private final TabPane tabs;
    private final Map<AccountPageTab, ScrollPane> scrollOf = new EnumMap<>(AccountPageTab.class);
    /** The account the page showed last: another one starts each tab at its top. */
    private Long partsShow;

    AccountPageView(UiKit kit, AccountPageViewModel model, Actions actions, AccountPageParts parts,
            HeaderFacts headerFacts) {
        this.msg = kit.messages();
        this.formats = kit.formats();
        this.model = model;
        this.parts = parts;
        this.headerFacts = headerFacts;
        root.setId(AccountsIds.PAGE);
        root.getStyleClass().addAll("record-page", "detail-pane");
        root.setTop(header(actions));
        Map<AccountPageTab, Supplier<Node>> content = new EnumMap<>(AccountPageTab.class);
        content.put(AccountPageTab.OVERVIEW, () -> scrolled(AccountPageTab.OVERVIEW, overview()));
        content.put(AccountPageTab.PEOPLE, () -> scrolled(AccountPageTab.PEOPLE, peopleAndDates()));
        content.put(AccountPageTab.LOG, () -> RecordPages.padded(parts.contactLog().node()));
        content.put(AccountPageTab.PLAN, () -> scrolled(AccountPageTab.PLAN, parts.plan().node()));
        content.put(AccountPageTab.VALUE, () -> scrolled(AccountPageTab.VALUE, parts.value().node()));
        tabs = new LazyTabs<>(AccountPageTab.class, AccountsIds.PAGE_TABS, t -> msg.get(t.messageKey()),
                AccountPageTab::id, content, model.tabProperty()).node();
        root.setCenter(tabs);
        people(actions);

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (EDIT_KEY.match(e) && model.shownProperty().get() != null) {
                e.consume();
                actions.edit(model.shownProperty().get().account());
            }
        });
        model.shownProperty().addListener(o -> refresh());
        model.openProperty().addListener(o -> refresh());
        root.visibleProperty().bind(model.openProperty());
        model.nextDateProperty().addListener(o -> keyFacts());
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
        Button back = RecordPages.backLink(msg.get("account.page.back"), BACK_KEY, AccountsIds.PAGE_BACK,
                () -> back(actions));
        RecordPages.title(title, AccountsIds.DETAIL_TITLE);
        HBox.setHgrow(title, Priority.ALWAYS);

        Button log = RecordPages.action(msg, AccountsIds.LOG_CONTACT, "contactlog.today.logContact",
                "mdi2p-phone-plus-outline",
                () -> {
                    model.tabProperty().set(AccountPageTab.LOG);
                    parts.contactLog().logNew();
                });
        log.getStyleClass().add("accent");
        Button edit = RecordPages.action(msg, AccountsIds.EDIT, "action.edit", "mdi2p-pencil-outline",
                () -> actions.edit(model.shownProperty().get().account()));
        edit.setTooltip(new Tooltip(msg.get("action.edit") + "  (" + EDIT_KEY.getDisplayText() + ")"));
        Button pdf = RecordPages.action(msg, AccountsIds.EXPORT_PDF, "account.exportPdf", "mdi2f-file-pdf-box",
                () -> actions.exportPdf(model.shownProperty().get()));
        pdf.setTooltip(new Tooltip(msg.get("account.exportPdf") + "  ("
                + new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN).getDisplayText() + ")"));
        Button delete = RecordPages.action(msg, AccountsIds.DELETE, "action.delete", "mdi2d-delete-outline",
                () -> actions.delete(model.shownProperty().get()));
        HBox pageActions = new HBox(8, log, edit, pdf, delete);
        pageActions.setAlignment(Pos.TOP_RIGHT);
        pageActions.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(16, title, pageActions);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        keyFacts.setId(AccountsIds.KEY_FACTS);
        VBox header = new VBox(8, back, titleRow, badges, keyFacts);
        header.getStyleClass().add("page-header");
        header.setPadding(new Insets(10, 16, 12, 16));
        return header;
    }

    private Node scrolled(AccountPageTab t, Node content) {
        VBox box = new VBox(content);
        box.setPadding(new Insets(14, 16, 14, 16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("detail-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scrollOf.put(t, scroll);
        return scroll;
    }

    private Node overview() {
        facts.setId(AccountsIds.FACTS);
        facts.setHgap(12);
        facts.setVgap(8);
        // label columns as wide as the longest word of any label, so labels wrap between words, never
        // inside one ("Relationshi / p type"); the two value columns share the rest of the width
        double labelWidth = labelColumnWidth(FACT_KEYS.stream().map(msg::get).toList(), AccountPageView::textWidth);
        facts.getColumnConstraints().addAll(labelColumn(labelWidth), valueColumn(), labelColumn(labelWidth),
                valueColumn());
        notes.setWrapText(true);
        notes.setId(AccountsIds.NOTES);
        Label notesTitle = new Label(msg.get("account.notes"));
        notesTitle.getStyleClass().add("subsection-title");
        return new VBox(14, facts, notesTitle, notes, recentContacts());
    }

    /** The last three contacts, from the timeline the Contact log tab shows; the tab is a click away. */
    private Node recentContacts() {
        Label title = new Label(msg.get("account.page.recent"));
        title.getStyleClass().add("subsection-title");
        Button all = new Button(msg.get("account.page.allContacts"));
        all.setId(AccountsIds.RECENT_ALL);
        all.getStyleClass().add("link-button");
        all.setOnAction(e -> model.tabProperty().set(AccountPageTab.LOG));
        HBox header = new HBox(12, title, all);
        header.setAlignment(Pos.BASELINE_LEFT);
        VBox lines = new VBox(6);
        lines.setId(AccountsIds.RECENT);
        javafx.collections.ObservableList<dev.rapport.domain.TimelineEntry> entries =
                parts.contactLog().timeline().model().entries();
        Runnable fill = () -> {
            lines.getChildren().clear();
            if (entries.isEmpty()) {
                Label none = new Label(msg.get("account.page.noContacts"));
                none.getStyleClass().add("muted");
                lines.getChildren().add(none);
            }
            entries.stream().limit(3).forEach(entry -> lines.getChildren().add(recent(entry)));
        };
        entries.addListener((javafx.beans.InvalidationListener) o -> fill.run());
        fill.run();
        return new VBox(8, header, lines);
    }

    private Node recent(dev.rapport.domain.TimelineEntry entry) {
        var i = entry.interaction();
        Label when = new Label(formats.date(i.at().toLocalDate()));
        when.getStyleClass().add("muted");
        when.setMinWidth(Region.USE_PREF_SIZE);
        Label channel = RecordPages.badge(msg.of(i.channel()), "channel");
        Label subject = new Label(i.subject());
        subject.setMinWidth(0);
        Label who = new Label(String.join(", ", entry.contactNames()));
        who.getStyleClass().add("muted");
        who.setMinWidth(0);
        HBox line = new HBox(8, when, channel, subject, who);
        line.setAlignment(Pos.BASELINE_LEFT);
        return line;
    }

    private Node peopleAndDates() {
        Label peopleTitle = new Label(msg.get("account.people"));
        peopleTitle.getStyleClass().add("subsection-title");
        Button addContact = new Button(msg.get("contacts.new"), new FontIcon("mdi2a-account-plus-outline"));
        addContact.setId(AccountsIds.ADD_PERSON);
        addContact.setMinWidth(Region.USE_PREF_SIZE);
        addContact.setOnAction(e -> addPerson.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox peopleHeader = new HBox(8, peopleTitle, spacer, addContact);
        peopleHeader.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, peopleHeader, people, parts.dates().node());
    }

    private Runnable addPerson = () -> { };

    private void people(Actions actions) {
        addPerson = () -> actions.editPerson(model.newPerson());
        people.setId(AccountsIds.PEOPLE);
        people.setPrefHeight(300);
        people.setPlaceholder(new Label(msg.get("account.noPeople")));
        people.setCellFactory(lv -> new PersonCell());
        people.setItems(model.people());
        people.setOnKeyPressed(e -> {
            Contact c = people.getSelectionModel().getSelectedItem();
            if (c == null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                model.askDelete(c);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                actions.editPerson(c);
                e.consume();
            }
        });
        people.setOnMouseClicked(e -> {
            Contact c = people.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && c != null) {
                actions.editPerson(c);
            }
        });
    }

    /** Shows the selected account when the page is open; a closed page waits until it opens. */
    private void refresh() {
        AccountListItem selected = model.shownProperty().get();
        if (!model.openProperty().get() || selected == null) {
            return;
        }
        Account a = selected.account();
        boolean another = partsShow == null || partsShow != a.id();
        RecordPages.name(title, a.name());
        badges.getChildren().setAll(
                RecordPages.badge(msg.get("account.tier") + " " + msg.of(a.tier()), "tier-" + a.tier().name()),
                RecordPages.badge(msg.of(a.stage()), "stage"), RecordPages.badge(msg.of(a.level()), "level"),
                RecordPages.badge(msg.of(a.partyType()), "party"));
        keyFacts();
        facts.getChildren().clear();
        int row = 0;
        row = fact(row, "account.relationshipType", msg.of(a.relationshipType()), "account.owner", a.owner());
        row = fact(row, "account.industry", a.industry(), "account.tags", String.join(", ", a.tags()));
        row = fact(row, "account.phone", a.phone(), "account.website", a.website());
        row = fact(row, "account.annualRevenue", formats.money(a.annualRevenue()), "account.grossMarginPct",
                percent(a.grossMarginPct()));
        row = fact(row, "account.shareOfWalletPct", percent(a.shareOfWalletPct()), "account.satisfaction",
                a.satisfaction() == null ? "" : msg.get("satisfaction." + a.satisfaction()));
        fact(row, "account.address", a.address(), "account.updated",
                a.updatedAt() == null ? "" : formats.date(a.updatedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()));
        notes.setText(a.notes().isBlank() ? msg.get("account.noNotes") : a.notes());
        // every show reads the parts again: a reload after a save or a logged call shows the account anew
        parts.plan().show(a);
        parts.value().show(a);
        parts.dates().show(a.id());
        parts.contactLog().show(a.id());
        if (another) {
            partsShow = a.id();
            // each page starts at its top
            scrollOf.values().forEach(s -> s.setVvalue(0));
        }
    }

    /** The header's line of owner, health, last contact and next date; read again as they change. */
    void keyFacts() {
        AccountListItem selected = model.shownProperty().get();
        if (selected == null || !model.openProperty().get()) {
            return; // a closed page draws its line when it opens
        }
        Account a = selected.account();
        long id = a.id();
        Integer health = headerFacts.health().apply(id);
        LocalDateTime last = headerFacts.lastContact().apply(id);
        UpcomingDate next = model.nextDateProperty().get();
        keyFacts.getChildren().setAll(
                RecordPages.keyFact(msg, AccountsIds.KEY_OWNER, "account.owner", a.owner()),
                RecordPages.keyFact(msg, AccountsIds.KEY_HEALTH, "retention.health.column",
                        health == null ? "" : health.toString()),
                RecordPages.keyFact(msg, AccountsIds.KEY_LAST_CONTACT, "account.page.lastContact", last == null
                        ? msg.get("account.page.never")
                        : msg.get("account.page.lastContactValue", formats.date(last.toLocalDate()),
                                headerFacts.daysSince().apply(last))),
                RecordPages.keyFact(msg, AccountsIds.KEY_NEXT_DATE, "account.page.nextDate",
                        next == null ? msg.get("account.page.noDate")
                        : msg.get("account.page.nextDateValue", AgendaText.what(msg, next), formats.date(next.on()),
                                AgendaText.when(msg, next.daysUntil()))));
    }

    private String percent(BigDecimal v) {
        return v == null ? "" : formats.decimal(v) + " %";
    }

    /** The keys of the labels in the facts grid, in the order they are shown. */
    static final List<String> FACT_KEYS = List.of("account.relationshipType", "account.owner", "account.industry",
            "account.tags", "account.phone", "account.website", "account.annualRevenue", "account.grossMarginPct",
            "account.shareOfWalletPct", "account.satisfaction", "account.address", "account.updated");

    /**
     * Width of a label column: the widest single word of any label (Chinese labels have no spaces and
     * count as one word), plus a little room, so a label may wrap between words but never inside one.
     */
    static double labelColumnWidth(List<String> labels, java.util.function.ToDoubleFunction<String> width) {
        double widest = 0;
        for (String label : labels) {
            for (String word : label.trim().split("\\s+")) {
                widest = Math.max(widest, width.applyAsDouble(word));
            }
        }
        return Math.ceil(widest) + 6;
    }

    private static double textWidth(String text) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        // the app's font (app.css .root); the margin in labelColumnWidth absorbs a fallback font
        probe.setFont(javafx.scene.text.Font.font("WenQuanYi Micro Hei", 13));
        return probe.getLayoutBounds().getWidth();
    }

    private static ColumnConstraints labelColumn(double width) {
        ColumnConstraints c = new ColumnConstraints(width, width, width);
        c.setHgrow(Priority.NEVER);
        return c;
    }

    /** Value columns start small and grow equally, so a narrow page wraps values, not labels. */
    private static ColumnConstraints valueColumn() {
        ColumnConstraints c = new ColumnConstraints(40, 60, Double.MAX_VALUE);
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    private int fact(int row, String key1, String value1, String key2, String value2) {
        facts.addRow(row, label(key1), value(value1), label(key2), value(value2));
        return row + 1;
    }

    private Label label(String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("fact-label");
        l.setWrapText(true);
        // beside the first line of a long value (three hundred tags), not halfway down it
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        return l;
    }

    private static Label value(String text) {
        Label l = new Label(text == null || text.isEmpty() ? "—" : text);
        l.setWrapText(true);
        return l;
    }


    /** A person: name and title on top; role, phone, e-mail and birthday below; greyed if they left. */
    private final class PersonCell extends ListCell<Contact> {
        PersonCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Contact c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(ContactText.nameLine(c, msg));
            name.getStyleClass().add("person-name");
            Label details = new Label(ContactText.detailLine(c, msg, formats));
            details.getStyleClass().add("muted");
            details.setWrapText(true);
            VBox box = new VBox(2, name, details);
            if (c.leftAccount()) {
                box.getStyleClass().add("left-account");
            }
            setGraphic(box);
        }
    }
}
