package dev.rapport.ui.accounts;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.Contact;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Pacer;
import dev.rapport.ui.common.UiKit;
import dev.rapport.ui.contacts.ContactText;
import java.math.BigDecimal;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The selected account at a glance: its classification, value, details and its people. */
final class AccountDetailView {

    /** What the pane's buttons do that the accounts screen owns. */
    interface Actions {
        void edit(Account account);

        void delete(AccountListItem item);

        /** Writes the account's summary as PDF, as the accounts header's Export PDF does. */
        void exportPdf(AccountListItem item);

        /** Opens the person editor on a person of this account, new or not. */
        void editPerson(Contact person);
    }

    private final Messages msg;
    private final Formats formats;
    private final AccountDetailViewModel model;
    private final AccountDetailParts parts;
    private final VBox root = new VBox(12);
    private final Label title = new Label();
    private final HBox badges = new HBox(6);
    private final GridPane facts = new GridPane();
    private final ListView<Contact> people = new ListView<>();
    private final Label notes = new Label();
    private final VBox content;
    private final Label none = new Label();

    /** The parts under the facts until the first account is shown, then none: they are in {@link #content}. */
    private List<Node> below;
    private final Pacer pacer;

    AccountDetailView(UiKit kit, AccountDetailViewModel model, Actions actions, AccountDetailParts parts) {
        this.msg = kit.messages();
        this.formats = kit.formats();
        this.model = model;
        this.parts = parts;
        root.getStyleClass().add("detail-pane");
        root.setPadding(new Insets(14));
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        title.setId(AccountsIds.DETAIL_TITLE);

        Button edit = new Button(msg.get("action.edit"), new FontIcon("mdi2p-pencil-outline"));
        edit.setId(AccountsIds.EDIT);
        edit.setOnAction(e -> actions.edit(model.shownProperty().get().account()));
        Button delete = new Button(msg.get("action.delete"), new FontIcon("mdi2d-delete-outline"));
        delete.setId(AccountsIds.DELETE);
        delete.setOnAction(e -> actions.delete(model.shownProperty().get()));
        Button pdf = new Button(msg.get("account.exportPdf"), new FontIcon("mdi2f-file-pdf-box"));
        pdf.setId(AccountsIds.EXPORT_PDF);
        pdf.setTooltip(new Tooltip(msg.get("account.exportPdf") + "  ("
                + new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN).getDisplayText() + ")"));
        pdf.setOnAction(e -> actions.exportPdf(model.shownProperty().get()));
        // the account's actions on their own row: beside the name, three labelled buttons left a
        // pane of usual width too little room, and names of two words wrapped onto two lines
        HBox accountActions = new HBox(8, edit, pdf, delete);
        accountActions.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(8, title, accountActions);

        facts.setHgap(12);
        facts.setVgap(6);
        // label columns as wide as the longest word of any label, so labels wrap between words, never
        // inside one ("Relationshi / p type"); the two value columns share the rest of the width
        double labelWidth = labelColumnWidth(FACT_KEYS.stream().map(msg::get).toList(), AccountDetailView::textWidth);
        facts.getColumnConstraints().addAll(labelColumn(labelWidth), valueColumn(), labelColumn(labelWidth),
                valueColumn());
        notes.setWrapText(true);

        Label peopleTitle = new Label(msg.get("account.people"));
        peopleTitle.getStyleClass().add("subsection-title");
        Button addContact = new Button(msg.get("contacts.new"), new FontIcon("mdi2a-account-plus-outline"));
        addContact.setId(AccountsIds.ADD_PERSON);
        addContact.setOnAction(e -> actions.editPerson(model.newPerson()));
        Region spacer2 = new Region();
        HBox.setHgrow(spacer2, Priority.ALWAYS);
        HBox peopleHeader = new HBox(8, peopleTitle, spacer2, addContact);
        peopleHeader.setAlignment(Pos.CENTER_LEFT);
        people.setId(AccountsIds.PEOPLE);
        people.setPrefHeight(260);
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
        Label notesTitle = new Label(msg.get("account.notes"));
        notesTitle.getStyleClass().add("subsection-title");
        content = new VBox(12, header, badges, facts);
        below = List.of(parts.value().node(), parts.plan().node(), peopleHeader, people, parts.dates().node(),
                notesTitle, notes, parts.contactLog().node());
        this.pacer = kit.pacer();
        none.setText(msg.get("accounts.selectHint"));
        none.getStyleClass().add("muted");
        root.getChildren().setAll(none);
        model.shownProperty().addListener((obs, old, item) -> show(item));
    }

    Node node() {
        return root;
    }

    private void show(AccountListItem selected) {
        parts.contactLog().show(selected == null ? null : selected.account().id());
        if (selected == null) {
            root.getChildren().setAll(none);
            parts.value().show(null);
            parts.dates().show(null);
            return;
        }
        Account a = selected.account();
        parts.dates().show(a.id());
        title.setText(a.name());
        badges.getChildren().setAll(badge(msg.get("account.tier") + " " + msg.of(a.tier()), "tier-" + a.tier().name()),
                badge(msg.of(a.stage()), "stage"), badge(msg.of(a.level()), "level"), badge(msg.of(a.partyType()), "party"));
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
        root.getChildren().setAll(content);
        if (!below.isEmpty()) {
            // the first account shown brings the other screens' parts: the name and facts now, the parts
            // under them a frame at a time (the pacer), since all at once held the window for a while
            pacer.run(below.stream().<Runnable>map(part -> () -> content.getChildren().add(part)).toList());
            below = List.of();
        }
        parts.plan().show(a);
        parts.value().show(a);
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

    /** Value columns start small and grow equally, so a narrow pane wraps values, not labels. */
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
        return l;
    }

    private static Label value(String text) {
        Label l = new Label(text == null || text.isEmpty() ? "—" : text);
        l.setWrapText(true);
        return l;
    }

    private static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", style);
        return l;
    }

    /** A person: name and title on top; role, phone, e-mail and birthday below; greyed if they left. */
    private final class PersonCell extends ListCell<Contact> {
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
            VBox box = new VBox(2, name, details);
            if (c.leftAccount()) {
                box.getStyleClass().add("left-account");
            }
            setGraphic(box);
        }
    }
}
