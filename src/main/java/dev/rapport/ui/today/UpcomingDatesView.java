package dev.rapport.ui.today;

import dev.rapport.domain.DayDates;
import dev.rapport.domain.UpcomingDate;
import dev.rapport.i18n.AgendaText;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.FxTextClipboard;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.Pacer;
import dev.rapport.ui.common.RecordOpener;
import dev.rapport.ui.common.UiKit;
import dev.rapport.ui.memory.GiftEditor;
import dev.rapport.ui.memory.MemoryText;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Birthdays (contacts' and their families') and important dates coming up: a compact list by
 * day, each day a header that folds and opens (a button, so Tab and Space reach it), each line
 * with its one action: a gift or greeting for a person, a contact for an account's own date.
 */
public final class UpcomingDatesView implements TodaySection {
    /** Logs a contact with the account of a date that is the account's own (no person to give to). */
    @FunctionalInterface
    public interface LogContact {
        /** Opens the log form for the account, its subject filled in with what the day is. */
        void log(long accountId, String subject, Runnable saved);
    }

    private final UiKit kit;
    private final Messages msg;
    private final UpcomingDatesViewModel model;
    private final LogContact logContact;
    private final RecordOpener records;
    private final String stylesheet;
    private final VBox root = new VBox(8);
    private final Label title = new Label();
    private final VBox dayList = new VBox(2);
    private final List<Pacer.Paced> rendering = new ArrayList<>();

    public UpcomingDatesView(UiKit kit, UpcomingDatesViewModel model, LogContact logContact, RecordOpener records,
            String stylesheet) {
        this.kit = kit;
        this.msg = kit.messages();
        this.stylesheet = stylesheet;
        this.model = model;
        this.logContact = logContact;
        this.records = records;
        root.setId(UpcomingDatesIds.SECTION);
        root.getStyleClass().add("today-section");
        title.getStyleClass().add("detail-title");
        title.setGraphic(new FontIcon("mdi2c-cake-variant"));
        root.getChildren().addAll(title, dayList);
        model.days().addListener((ListChangeListener<DayDates>) c -> render());
        model.daysProperty().addListener(x -> render());
        model.loadedProperty().addListener(x -> render());
        render();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void reload() {
        model.reload();
    }

    UpcomingDatesViewModel model() {
        return model;
    }

    private void render() {
        rendering.forEach(Pacer.Paced::cancel);
        rendering.clear();
        dayList.getChildren().clear();
        if (!model.loadedProperty().get()) {
            title.setText(msg.get("today.dates.loading"));
            Label loading = new Label(msg.get("task.loading"));
            loading.getStyleClass().add("muted");
            dayList.getChildren().add(loading);
            return;
        }
        title.setText(msg.get("today.dates.title", model.daysProperty().get()));
        if (model.days().isEmpty()) {
            Label none = new Label(msg.get("today.dates.none", model.daysProperty().get()));
            none.setId(UpcomingDatesIds.NONE);
            none.getStyleClass().add("muted");
            dayList.getChildren().add(none);
            return;
        }
        model.days().forEach(d -> dayList.getChildren().add(day(d)));
    }

    /** A day: its header, and its lines once it is open (a folded day builds none). */
    private Node day(DayDates day) {
        Button header = new Button(msg.get("today.day", capitalized(MemoryText.when(msg, day.daysUntil())),
                kit.formats().dayHeading(day.day())));
        header.setId(UpcomingDatesIds.day(day.daysUntil()));
        header.getStyleClass().add("today-day");
        header.setMaxWidth(Double.MAX_VALUE);
        header.setAlignment(Pos.CENTER_LEFT);
        Label count = new Label(msg.get("today.day.count", day.total()));
        count.getStyleClass().add("today-day-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        header.setMinWidth(0);
        header.setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
        HBox line = new HBox(6, header, count);
        line.getStyleClass().add("today-day-line");
        HBox.setHgrow(header, Priority.ALWAYS);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox lines = new VBox(2);
        lines.getStyleClass().add("today-day-lines");
        VBox box = new VBox(2, line, lines);
        Runnable show = () -> {
            boolean open = model.isOpen(day);
            header.setGraphic(new FontIcon(open ? "mdi2c-chevron-down" : "mdi2c-chevron-right"));
            header.setAccessibleHelp(msg.get(open ? "today.day.fold" : "today.day.open"));
            lines.setVisible(open);
            lines.setManaged(open);
            if (open && lines.getChildren().isEmpty()) {
                fill(lines, day);
            }
        };
        header.setOnAction(e -> {
            model.toggle(day);
            show.run();
        });
        show.run();
        return box;
    }

    /** "today" reads "Today" at the start of a header; Chinese has no case and is left as it is. */
    private String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(kit.formats().locale()) + text.substring(1);
    }

    /** Rows go in a few per frame (the pacer): a hundred rows at once froze the window on start. */
    private void fill(VBox lines, DayDates day) {
        List<Runnable> steps = new ArrayList<>();
        day.shown().forEach(d -> steps.add(() -> lines.getChildren().add(row(d))));
        if (day.hidden() > 0) {
            steps.add(() -> {
                Hyperlink all = new Hyperlink(msg.get("today.showAll", day.total()));
                all.getStyleClass().add(UpcomingDatesIds.SHOW_ALL_CLASS);
                all.setOnAction(e -> model.showAll(day));
                lines.getChildren().add(all);
            });
        }
        rendering.add(kit.pacer().run(steps));
    }

    private Node row(UpcomingDate d) {
        // an account's own date names the account in its link only, not twice
        Label what = new Label(d.forPerson() ? MemoryText.what(msg, d) : AgendaText.event(msg, d));
        what.getStyleClass().add("agenda-what");
        // a 150-letter name is cut with an ellipsis: at its full width it pushed the buttons and
        // counts of every line off the window and gave Today a sideways scroll
        what.setMinWidth(0);
        what.setTooltip(new javafx.scene.control.Tooltip(what.getText()));
        Hyperlink account = new Hyperlink(d.accountName());
        account.getStyleClass().addAll("record-link", UpcomingDatesIds.ACCOUNT_LINK_CLASS);
        account.setMinWidth(0);
        account.setOnAction(e -> records.openAccount(d.accountId()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button action = action(d);
        action.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(10, what, account, spacer, action);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("agenda-row", UpcomingDatesIds.LINE_CLASS);
        return row;
    }

    private Button action(UpcomingDate d) {
        if (!d.forPerson()) {
            Button log = new Button(msg.get("contactlog.today.logContact"), new FontIcon("mdi2p-phone-plus-outline"));
            log.getStyleClass().add(UpcomingDatesIds.LOG_CONTACT_CLASS);
            log.setOnAction(e -> logContact.log(d.accountId(), AgendaText.event(msg, d), model::reload));
            return log;
        }
        Button log = new Button(msg.get("today.logGift"), new FontIcon("mdi2g-gift-outline"));
        log.getStyleClass().add(UpcomingDatesIds.LOG_GIFT_CLASS);
        // claimed before the person loads: a double click opened two editors and logged the gift twice
        log.setOnAction(e -> kit.editors().claim(OpenEditors.Key.draft(OpenEditors.Kind.GIFT, "person:" + d.contactId()))
                .ifPresent(claim -> model.draftGift(d, draft -> claim.showAndWait(
                        new GiftEditor(root.getScene().getWindow(), draft.gift(), draft.recipients(), draft.earlier(),
                                msg, kit.formats(), model.todayProperty().get(), stylesheet,
                                model.giftEditorSave(new FxTextClipboard())))
                        .ifPresent(model::giftSaved), claim::release)));
        return log;
    }
}
