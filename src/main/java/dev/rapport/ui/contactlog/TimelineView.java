package dev.rapport.ui.contactlog;

import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.TimelineEntry;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Choices;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.UiKit;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A timeline on screen: channel filter, search in the notes, the interactions newest first with
 * more read as the list scrolls to its end. Enter edits, Delete deletes (with Undo), the context
 * menu resolves complaints and ticks off follow-ups.
 */
public final class TimelineView {
    private final Messages msg;
    private final Formats formats;
    private final TimelineViewModel model;
    private final LogActions actions;
    private final Runnable onChanged;
    private final VBox root = new VBox(6);
    private final ListView<TimelineEntry> list = new ListView<>();
    private final DateTimeFormatter dateTime;
    private final Supplier<Long[]> newFor;

    /**
     * @param idPrefix     prefix of the node ids (tests find the account's and the person's timeline by it)
     * @param newFor       the account and person a new interaction is for: {accountId, contactId or null}
     * @param onChanged    after something was logged, changed or deleted here
     */
    public TimelineView(UiKit kit, TimelineViewModel model, LogActions actions, String idPrefix,
            Supplier<Long[]> newFor, Runnable onChanged) {
        this.msg = kit.messages();
        this.formats = kit.formats();
        this.model = model;
        this.actions = actions;
        this.onChanged = onChanged;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(msg.locale());
        root.getStyleClass().add("timeline");

        Label title = new Label(msg.get("contactlog.timeline.title"));
        title.getStyleClass().add("subsection-title");
        ComboBox<InteractionChannel> channelBox = new ComboBox<>();
        channelBox.setId(TimelineIds.channel(idPrefix));
        Choices.fill(channelBox, Arrays.asList(InteractionChannel.values()),
                c -> c == null ? msg.get("contactlog.timeline.allChannels") : msg.of(c), true);
        channelBox.valueProperty().bindBidirectional(model.channelProperty());
        CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
        search.setId(TimelineIds.search(idPrefix));
        search.setPromptText(msg.get("contactlog.timeline.searchPrompt"));
        search.setLeft(new FontIcon("mdi2m-magnify"));
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button log = new Button(msg.get("contactlog.timeline.log"), new FontIcon("mdi2p-phone-plus-outline"));
        log.setId(TimelineIds.log(idPrefix));
        this.newFor = newFor;
        log.setOnAction(e -> logNew());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        HBox header = new HBox(8, title, spacer, log);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox filters = new HBox(8, channelBox, search);
        filters.setAlignment(Pos.CENTER_LEFT);

        list.setId(TimelineIds.list(idPrefix));
        list.setItems(model.entries());
        list.setPrefHeight(320);
        list.setPlaceholder(new Label(msg.get("contactlog.timeline.empty")));
        list.setCellFactory(lv -> new EntryCell());
        list.setOnKeyPressed(e -> {
            TimelineEntry entry = list.getSelectionModel().getSelectedItem();
            if (entry == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                edit(entry.interaction(), false);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                actions.delete(entry.interaction(), this::changed);
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            TimelineEntry entry = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && entry != null) {
                edit(entry.interaction(), false);
            }
        });
        list.setOnContextMenuRequested(e -> {
            TimelineEntry entry = list.getSelectionModel().getSelectedItem();
            if (entry != null) {
                menuFor(entry.interaction()).show(list, e.getScreenX(), e.getScreenY());
            }
        });
        Button more = new Button(msg.get("contactlog.timeline.more"));
        more.setId(TimelineIds.more(idPrefix));
        more.visibleProperty().bind(model.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> model.loadMore());
        // the list takes the height it is given: on the account page the timeline is the tab's main element
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().setAll(header, filters, list, more);
    }

    /** The log form for a new contact with this timeline's account (and person). */
    public void logNew() {
        Long[] target = newFor.get();
        actions.logNew(target[0], target[1], saved -> changed());
    }

    public Node node() {
        return root;
    }

    public TimelineViewModel model() {
        return model;
    }

    private void changed() {
        model.reload();
        onChanged.run();
    }

    private void edit(Interaction i, boolean complaintFirst) {
        actions.edit(i, complaintFirst, saved -> changed());
    }

    ContextMenu menuFor(Interaction i) {
        List<MenuItem> items = new ArrayList<>();
        MenuItem edit = new MenuItem(msg.get("action.edit"));
        edit.setOnAction(e -> edit(i, false));
        items.add(edit);
        if (i.isComplaint()) {
            MenuItem status = new MenuItem(msg.get("contactlog.timeline.complaintStatus"));
            status.setId(TimelineIds.COMPLAINT_STATUS_ITEM);
            status.setOnAction(e -> edit(i, true));
            items.add(status);
        }
        if (i.hasFollowUp()) {
            MenuItem done = new MenuItem(msg.get(i.followUpDone() ? "contactlog.timeline.followUpReopen"
                    : "contactlog.timeline.followUpDone"));
            done.setOnAction(e -> actions.setFollowUpDone(i, !i.followUpDone(), this::changed));
            items.add(done);
        }
        MenuItem delete = new MenuItem(msg.get("action.delete"));
        delete.setOnAction(e -> actions.delete(i, this::changed));
        items.add(delete);
        return new ContextMenu(items.toArray(MenuItem[]::new));
    }

    /** One interaction: when, how and what on top; who, feeling, cost, follow-up and complaint below; then notes. */
    private final class EntryCell extends ListCell<TimelineEntry> {
        EntryCell() {
            // as wide as the list, so long lines wrap instead of scrolling sideways
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TimelineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            if (getIndex() >= getListView().getItems().size() - 5 && model.hasMoreProperty().get()) {
                // reading on as the end comes into view: infinite scroll
                Platform.runLater(model::loadMore);
            }
            Interaction i = entry.interaction();
            Label when = new Label(dateTime.format(i.at()));
            when.getStyleClass().add("muted");
            Label channel = new Label(msg.of(i.channel()));
            channel.getStyleClass().addAll("badge", "channel");
            Label subject = new Label(i.subject());
            subject.getStyleClass().add("person-name");
            subject.setWrapText(true);
            when.setMinWidth(Region.USE_PREF_SIZE);
            channel.setMinWidth(Region.USE_PREF_SIZE);
            HBox top = new HBox(8, when, channel, subject);
            top.setAlignment(Pos.CENTER_LEFT);
            if (i.isComplaint()) {
                Label status = new Label(complaintText(i));
                status.getStyleClass().addAll("badge", i.isOpenComplaint() ? "complaint-open" : "complaint-resolved");
                top.getChildren().add(status);
            }
            VBox box = new VBox(2, top);
            List<String> facts = new ArrayList<>();
            if (!entry.contactNames().isEmpty()) {
                facts.add(String.join(", ", entry.contactNames()));
            }
            if (model.ownerKindIsContact()) {
                facts.add(entry.accountName());
            }
            facts.add(msg.of(i.sentiment()));
            if (i.cost() != null) {
                facts.add(msg.get("contactlog.timeline.cost", formats.money(i.cost())));
            }
            if (!i.outcome().isEmpty()) {
                facts.add(msg.get("contactlog.timeline.outcome", i.outcome()));
            }
            Label factLine = new Label(String.join(" · ", facts));
            factLine.getStyleClass().add("muted");
            factLine.setWrapText(true);
            box.getChildren().add(factLine);
            if (i.hasFollowUp()) {
                Label f = new Label(followUpText(i));
                f.setWrapText(true);
                f.getStyleClass().add(i.followUpDone() ? "muted" : "follow-up");
                box.getChildren().add(f);
            }
            if (!i.notes().isEmpty()) {
                Label notes = new Label(i.notes());
                notes.setWrapText(true);
                notes.setMaxHeight(60);
                notes.setPrefWidth(10);
                notes.setMaxWidth(Double.MAX_VALUE);
                box.getChildren().add(notes);
            }
            setGraphic(box);
        }
    }

    private String complaintText(Interaction i) {
        LocalDate today = model.today();
        if (i.daysToResolve() != null) {
            return msg.get("contactlog.complaint.resolvedIn", msg.of(i.complaintStatus()), i.daysToResolve());
        }
        return msg.get("contactlog.complaint.openFor", msg.of(i.complaintStatus()), i.daysOpen(today));
    }

    private String followUpText(Interaction i) {
        String base = msg.get("contactlog.timeline.followUp", formats.date(i.followUpOn()), i.followUpWhat());
        return i.followUpDone() ? msg.get("contactlog.timeline.followUpDoneMark", base) : base;
    }
}
