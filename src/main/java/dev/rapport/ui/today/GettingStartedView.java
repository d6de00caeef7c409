package dev.rapport.ui.today;

import dev.rapport.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Today's first block while the book is empty (issue 19): what to do first, one click each, instead
 * of a column of empty sections. It disappears once there is an account.
 */
public final class GettingStartedView implements TodaySection {
    /** Where the card's first two actions lead: other screens, opened by the window. */
    public interface Start {
        /** Opens Accounts with a new account's editor. */
        void newAccount();

        /** Opens Accounts and its Import… file chooser. */
        void importFile();

        /** Shows Today again, every section reloaded: after the sample data. */
        void refresh();
    }

    private final GettingStartedViewModel model;
    private final VBox root;

    public GettingStartedView(Messages msg, GettingStartedViewModel model, Start start) {
        this.model = model;
        Label title = new Label(msg.get("today.start.title"));
        title.getStyleClass().add("empty-title");
        Label text = new Label(msg.get("today.start.text"));
        text.setWrapText(true);
        text.setMaxWidth(640);
        text.getStyleClass().add("muted");
        Button newAccount = button(GettingStartedIds.NEW_ACCOUNT, msg.get("accounts.new"), "mdi2b-briefcase-plus-outline");
        newAccount.getStyleClass().add("accent");
        newAccount.setOnAction(e -> start.newAccount());
        Button importFile = button(GettingStartedIds.IMPORT, msg.get("exchange.action.import"),
                "mdi2f-file-import-outline");
        importFile.setOnAction(e -> start.importFile());
        Button sample = button(GettingStartedIds.SAMPLE_DATA, msg.get("accounts.createSample"), "mdi2d-database-outline");
        sample.setOnAction(e -> model.createSampleData(start::refresh));
        FlowPane actions = new FlowPane(10, 8, newAccount, importFile, sample);
        actions.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(10, title, text, actions);
        root.setId(GettingStartedIds.CARD);
        root.getStyleClass().add("getting-started");
        root.setPadding(new Insets(16));
        // out of the column, not only hidden, while the book has accounts
        root.visibleProperty().bind(model.emptyProperty());
        root.managedProperty().bind(model.emptyProperty());
    }

    private static Button button(String id, String text, String icon) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        return b;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void reload() {
        model.reload();
    }
}
