package dev.rapport.ui.contactlog;

import dev.rapport.domain.ContactClock;
import dev.rapport.domain.OpenComplaint;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.Pacer;
import dev.rapport.ui.common.RecordOpener;
import dev.rapport.ui.common.UiKit;
import dev.rapport.ui.today.TodaySection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The contact log's three parts of Today, most urgent first: follow-ups overdue and due today,
 * open complaints (oldest first) and key accounts going quiet (worst first). Each row has its one-click action:
 * tick the follow-up off, log a contact, resolve the complaint; then all three read again.
 */
public final class ContactLogTodayView {
    private final Messages msg;
    private final Formats formats;
    private final AgendaViewModel model;
    private final LogActions actions;
    private final RecordOpener records;
    private final Pacer pacer;

    private ContactLogTodayView(UiKit kit, AgendaViewModel model, LogActions actions, RecordOpener records) {
        this.msg = kit.messages();
        this.formats = kit.formats();
        this.model = model;
        this.actions = actions;
        this.records = records;
        this.pacer = kit.pacer();
    }

    /** The three sections, in the order Today shows them. */
    public static List<TodaySection> sections(UiKit kit, AgendaViewModel model, LogActions actions,
            RecordOpener records) {
        ContactLogTodayView today = new ContactLogTodayView(kit, model, actions, records);
        return List.of(today.followUps(), today.complaints(), today.quiet());
    }

    AgendaViewModel model() {
        return model;
    }

    private void reloadAll() {
        model.reloadFollowUps();
        model.reloadQuiet();
        model.reloadComplaints();
    }

    private TodaySection followUps() {
        return new ListSection<>(ContactLogTodayIds.FOLLOW_UPS, "mdi2c-calendar-check-outline", model.followUps(),
                model.followUpsLoadedProperty(), msg.get("contactlog.today.followUps.loading"),
                n -> msg.get("contactlog.today.followUps", n), msg.get("contactlog.today.followUpsNone"),
                model::reloadFollowUps, f -> {
                    LocalDate today = model.todayProperty().get();
                    Label when = new Label(f.isOverdue(today) ? msg.get("contactlog.today.overdue", f.daysOverdue(today))
                            : msg.get("contactlog.today.dueToday"));
                    when.getStyleClass().add(f.isOverdue(today) ? "follow-up" : "agenda-when");
                    Button done = button("contactlog.today.done", "mdi2c-check", ContactLogTodayIds.DONE_BUTTON_CLASS);
                    done.setOnAction(e -> model.markDone(f));
                    return row(when, text(f.what().isEmpty() ? f.subject() : f.what()),
                            detail(f.accountId(), f.accountName(), msg.of(f.channel()) + " · " + f.subject()), done);
                });
    }

    private TodaySection quiet() {
        return new ListSection<>(ContactLogTodayIds.QUIET, "mdi2a-account-clock-outline", model.quiet(),
                model.quietLoadedProperty(), msg.get("contactlog.today.quiet.loading"),
                n -> msg.get("contactlog.today.quiet", n), msg.get("contactlog.today.quietNone"),
                model::reloadQuiet, q -> {
                    Label tier = new Label(msg.get("account.tier") + " " + msg.of(q.tier()));
                    tier.getStyleClass().addAll("badge", "tier-" + q.tier().name());
                    Button log = button("contactlog.today.logContact", "mdi2p-phone-plus-outline", ContactLogTodayIds.LOG_BUTTON_CLASS);
                    log.setOnAction(e -> actions.logNew(q.accountId(), null, saved -> reloadAll()));
                    Hyperlink name = link(q.accountId(), q.name());
                    name.getStyleClass().add("agenda-what");
                    return row(tier, name, muted(quietText(q)), log);
                });
    }

    private TodaySection complaints() {
        return new ListSection<>(ContactLogTodayIds.COMPLAINTS, "mdi2a-alert-circle-outline", model.complaints(),
                model.complaintsLoadedProperty(), msg.get("contactlog.today.complaints.loading"),
                n -> msg.get("contactlog.today.complaints", n), msg.get("contactlog.today.complaintsNone"),
                model::reloadComplaints, c -> {
                    Label age = new Label(msg.get("contactlog.today.openFor",
                            c.daysOpen(model.todayProperty().get())));
                    age.getStyleClass().addAll("badge", "complaint-open");
                    Button resolve = button("contactlog.today.resolve", "mdi2c-check-circle-outline",
                            ContactLogTodayIds.RESOLVE_BUTTON_CLASS);
                    resolve.setOnAction(e -> resolve(c));
                    return row(age, text(c.subject()), detail(c.accountId(), c.accountName(), msg.of(c.status()) + " · "
                            + formats.date(c.raisedOn())), resolve);
                });
    }

    private void resolve(OpenComplaint c) {
        model.findComplaint(c, found ->
                found.ifPresentOrElse(i -> actions.edit(i, true, saved -> reloadAll()), this::reloadAll));
    }

    private String quietText(ContactClock.QuietAccount q) {
        return q.neverContacted() ? msg.get("contactlog.today.quietNever", q.daysSince(), q.cadenceDays())
                : msg.get("contactlog.today.quietSince", q.daysSince(), formats.date(q.lastContact().toLocalDate()),
                        q.cadenceDays());
    }

    private Button button(String key, String icon, String style) {
        Button b = new Button(msg.get(key), new FontIcon(icon));
        b.getStyleClass().add(style);
        return b;
    }

    private static Label text(String what) {
        Label main = new Label(what);
        main.getStyleClass().add("agenda-what");
        return main;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setMinWidth(0);
        return l;
    }

    /** The account's name, a link that opens it. */
    private Hyperlink link(long accountId, String name) {
        Hyperlink link = new Hyperlink(name);
        link.setMinWidth(0);
        link.getStyleClass().addAll("record-link", ContactLogTodayIds.ACCOUNT_LINK_CLASS);
        link.setOnAction(e -> records.openAccount(accountId));
        return link;
    }

    /** "Account · the rest": the account a link, the rest plain. */
    private Node detail(long accountId, String accountName, String rest) {
        HBox line = new HBox(link(accountId, accountName), muted(" · " + rest));
        line.setAlignment(Pos.BASELINE_LEFT);
        return line;
    }

    private static Node row(Node lead, Node main, Node sub, Button action) {
        if (lead instanceof Label l) {
            l.setMinWidth(130);
            l.setPrefWidth(130);
        }
        // long names and subjects are cut with an ellipsis, never push the button off the window
        if (main instanceof javafx.scene.control.Control c) {
            c.setMinWidth(0);
        }
        if (sub instanceof javafx.scene.layout.Region r) {
            r.setMinWidth(0);
        }
        action.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, main, sub);
        text.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(10, lead, text, spacer, action);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("agenda-row");
        return row;
    }

    /**
     * A titled list with a line per item, or a quiet "nothing here". Five thousand accounts can
     * have hundreds going quiet: the list shows the first {@value #MAX_ROWS} and counts the rest, and
     * its rows go in a few per frame (the pacer), so Today never freezes the window.
     */
    private final class ListSection<T> implements TodaySection {
        static final int MAX_ROWS = 100;
        private final VBox root = new VBox(8);
        private final Runnable reload;
        private Pacer.Paced rendering = Pacer.Paced.DONE;

        ListSection(String id, String icon, ObservableList<T> items, javafx.beans.value.ObservableBooleanValue loaded,
                String loadingTitle, Function<Integer, String> title, String none, Runnable reload,
                Function<T, Node> row) {
            this.reload = reload;
            root.setId(id);
            root.getStyleClass().add("today-section");
            Label heading = new Label();
            heading.getStyleClass().add("detail-title");
            heading.setGraphic(new FontIcon(icon));
            VBox rows = new VBox(4);
            Runnable render = () -> {
                rendering.cancel();
                rows.getChildren().clear();
                // the count and "nothing here" only once the list has loaded: before, they would be untrue
                heading.setText(loaded.get() ? title.apply(items.size()) : loadingTitle);
                if (!loaded.get()) {
                    Label wait = new Label(msg.get("task.loading"));
                    wait.getStyleClass().add("muted");
                    rows.getChildren().add(wait);
                    return;
                }
                if (items.isEmpty()) {
                    Label empty = new Label(none);
                    empty.getStyleClass().add("muted");
                    rows.getChildren().add(empty);
                    return;
                }
                List<Runnable> steps = new ArrayList<>();
                items.stream().limit(MAX_ROWS).forEach(i -> steps.add(() -> rows.getChildren().add(row.apply(i))));
                if (items.size() > MAX_ROWS) {
                    steps.add(() -> {
                        Label more = new Label(msg.get("today.more", items.size() - MAX_ROWS));
                        more.getStyleClass().add("muted");
                        rows.getChildren().add(more);
                    });
                }
                rendering = pacer.run(steps);
            };
            items.addListener((ListChangeListener<T>) c -> render.run());
            loaded.addListener(x -> render.run());
            render.run();
            root.getChildren().addAll(heading, rows);
        }

        @Override
        public Node node() {
            return root;
        }

        @Override
        public void reload() {
            reload.run();
        }
    }
}
