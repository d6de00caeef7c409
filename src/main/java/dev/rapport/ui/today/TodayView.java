package dev.rapport.ui.today;

import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Screen;
import dev.rapport.ui.common.UiKit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The first screen every morning: what is coming up and what needs doing. It is a column of
 * independent {@link TodaySection}s, each loading its own data when Today is shown.
 */
public final class TodayView implements Screen {
    /**
     * Makes the sections other screens add to Today (follow-ups due, open complaints, accounts
     * going quiet), given the window their dialogs open over, known only once Today is shown.
     */
    @FunctionalInterface
    public interface Sections {
        List<TodaySection> over(Supplier<Window> owner);
    }

    private final Formats formats;
    private final TodayViewModel model;
    private final BorderPane root = new BorderPane();
    private final Label date = new Label();
    private final List<TodaySection> sections = new ArrayList<>();

    /**
     * @param start what to do first, shown over the sections while the book is empty
     * @param dates the upcoming birthdays and dates, the last section
     * @param more  the sections before it, in the order they appear
     */
    public TodayView(UiKit kit, TodayViewModel model, GettingStartedView start, UpcomingDatesView dates,
            Sections more) {
        this.formats = kit.formats();
        this.model = model;
        // Most urgent first (issue 19): what is overdue and what went wrong, then who is going
        // quiet, then the dates, which can run to dozens of lines and must not push the rest away.
        // NEW SECTIONS PLUG IN HERE: a TodaySection over its own view model, made in UiWiring.
        sections.add(start);
        sections.addAll(more.over(() -> root.getScene().getWindow()));
        sections.add(dates);

        Label title = new Label(kit.messages().get("nav.today"));
        title.getStyleClass().add("section-title");
        date.getStyleClass().add("muted");
        date.setId(TodayIds.DATE);
        VBox header = new VBox(2, title, date);
        header.getStyleClass().add("section-header");
        header.setPadding(new Insets(12, 14, 8, 14));
        VBox column = new VBox(18);
        column.setPadding(new Insets(8, 14, 14, 14));
        sections.forEach(s -> column.getChildren().add(s.node()));
        ScrollPane scroller = new ScrollPane(column);
        scroller.setFitToWidth(true);
        scroller.setId(TodayIds.SCROLL);
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
        date.setText(formats.date(model.today()));
        sections.forEach(TodaySection::reload);
    }
}
