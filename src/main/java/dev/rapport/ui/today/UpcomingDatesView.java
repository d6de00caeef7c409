package dev.rapport.ui.today;

import dev.rapport.domain.AgendaGroup;
import dev.rapport.domain.UpcomingDate;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.FxTextClipboard;
import dev.rapport.ui.common.OpenEditors;
import dev.rapport.ui.common.Pacer;
import dev.rapport.ui.common.UiKit;
import dev.rapport.ui.memory.GiftEditor;
import dev.rapport.ui.memory.MemoryText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Birthdays (contacts' and their families') and important dates coming up, grouped by how soon. */
public final class UpcomingDatesView implements TodaySection {
    /** Rows shown per group; a portfolio with thousands of people gets a count of the rest, not thousands of rows. */
    static final int MAX_ROWS = 100;
    private final UiKit kit;
    private final Messages msg;
    private final UpcomingDatesViewModel model;
    private final String stylesheet;
    private final VBox root = new VBox(8);
    private final Label title = new Label();
    private final VBox groups = new VBox(10);
    private Pacer.Paced rendering = Pacer.Paced.DONE;

    public UpcomingDatesView(UiKit kit, UpcomingDatesViewModel model, String stylesheet) {
        this.kit = kit;
        this.msg = kit.messages();
        this.stylesheet = stylesheet;
        this.model = model;
        root.setId(UpcomingDatesIds.SECTION);
        root.getStyleClass().add("today-section");
        title.getStyleClass().add("detail-title");
        title.setGraphic(new FontIcon("mdi2c-cake-variant"));
        root.getChildren().addAll(title, groups);
        model.dates().addListener((ListChangeListener<UpcomingDate>) c -> render());
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

    /** Rows go in a few per frame (the pacer): a hundred rows at once froze the window on start. */
    private void render() {
        rendering.cancel();
        groups.getChildren().clear();
        if (!model.loadedProperty().get()) {
            title.setText(msg.get("today.dates.loading"));
            Label loading = new Label(msg.get("task.loading"));
            loading.getStyleClass().add("muted");
            groups.getChildren().add(loading);
            return;
        }
        title.setText(msg.get("today.dates.title", model.daysProperty().get()));
        Map<AgendaGroup, List<UpcomingDate>> grouped = model.grouped();
        if (grouped.isEmpty()) {
            Label none = new Label(msg.get("today.dates.none", model.daysProperty().get()));
            none.setId(UpcomingDatesIds.NONE);
            none.getStyleClass().add("muted");
            groups.getChildren().add(none);
            return;
        }
        List<Runnable> steps = new ArrayList<>();
        grouped.forEach((group, dates) -> {
            Label header = new Label(msg.of(group));
            header.getStyleClass().add("today-group");
            header.setId(UpcomingDatesIds.group(group));
            VBox rows = new VBox(4);
            steps.add(() -> groups.getChildren().add(new VBox(4, header, rows)));
            dates.stream().limit(MAX_ROWS).forEach(d -> steps.add(() -> rows.getChildren().add(row(d))));
            if (dates.size() > MAX_ROWS) {
                steps.add(() -> {
                    Label more = new Label(msg.get("today.more", dates.size() - MAX_ROWS));
                    more.getStyleClass().add("muted");
                    rows.getChildren().add(more);
                });
            }
        });
        rendering = kit.pacer().run(steps);
    }

    private Node row(UpcomingDate d) {
        Label when = new Label(MemoryText.when(msg, d.daysUntil()));
        when.getStyleClass().add("agenda-when");
        when.setMinWidth(90);
        Label date = new Label(kit.formats().monthDay(java.time.MonthDay.from(d.on())));
        date.getStyleClass().add("muted");
        date.setMinWidth(70);
        Label what = new Label(MemoryText.what(msg, d));
        what.getStyleClass().add("agenda-what");
        Label account = new Label(d.accountName());
        account.getStyleClass().add("muted");
        VBox text = new VBox(2, what, account);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(10, when, date, text, spacer);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("agenda-row");
        if (d.forPerson()) {
            Button past = new Button(msg.get("today.pastGifts"), new FontIcon("mdi2h-history"));
            past.getStyleClass().add("past-gifts-button");
            past.setOnAction(e -> model.showPastGifts(d));
            Button log = new Button(msg.get("today.logGift"), new FontIcon("mdi2g-gift-outline"));
            log.getStyleClass().add("log-gift-button");
            // claimed before the person loads: a double click opened two editors and logged the gift twice
            log.setOnAction(e -> kit.editors().claim(OpenEditors.Key.draft(OpenEditors.Kind.GIFT, "person:" + d.contactId()))
                    .ifPresent(claim -> model.draftGift(d, draft -> claim.showAndWait(
                            new GiftEditor(root.getScene().getWindow(), draft.gift(), draft.recipients(), draft.earlier(),
                                    msg, kit.formats(), model.todayProperty().get(), stylesheet,
                                    model.giftEditorSave(new FxTextClipboard())))
                            .ifPresent(model::giftSaved), claim::release)));
            row.getChildren().addAll(past, log);
        }
        return row;
    }
}
