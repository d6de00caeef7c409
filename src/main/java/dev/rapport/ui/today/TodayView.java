package dev.rapport.ui.today;

import dev.rapport.i18n.Messages;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.Screen;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The first screen every morning: what is coming up and what needs doing. It is a column of
 * independent {@link TodaySection}s, each loading its own data when Today is shown.
 */
public final class TodayView implements Screen {
    private final Messages msg;
    private final UiContext ctx;
    private final BorderPane root = new BorderPane();
    private final Label date = new Label();
    private final List<TodaySection> sections = new ArrayList<>();

    public TodayView(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.msg = ctx.messages();
        String css = TodayView.class.getResource(dev.rapport.ui.common.Styles.APP_CSS).toExternalForm();
        // NEW SECTIONS PLUG IN HERE: construct them (a TodaySection over its own service call,
        // e.g. follow-ups due and overdue, key accounts going quiet, open complaints) and add them
        // to this list in the order they should appear. Nothing else in this class changes.
        sections.add(new UpcomingDatesView(ctx, notifier, css));
        sections.addAll(dev.rapport.ui.contactlog.ContactLogTodayView.sections(ctx, notifier,
                () -> root.getScene().getWindow()));

        Label title = new Label(msg.get("nav.today"));
        title.getStyleClass().add("section-title");
        date.getStyleClass().add("muted");
        date.setId("today-date");
        VBox header = new VBox(2, title, date);
        header.getStyleClass().add("section-header");
        header.setPadding(new Insets(12, 14, 8, 14));
        VBox column = new VBox(18);
        column.setPadding(new Insets(8, 14, 14, 14));
        sections.forEach(s -> column.getChildren().add(s.node()));
        ScrollPane scroller = new ScrollPane(column);
        scroller.setFitToWidth(true);
        scroller.setId("today-scroll");
        root.getStyleClass().add("section");
        root.setTop(header);
        root.setCenter(scroller);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        date.setText(ctx.formats().date(ctx.today().today()));
        sections.forEach(TodaySection::reload);
    }
}
