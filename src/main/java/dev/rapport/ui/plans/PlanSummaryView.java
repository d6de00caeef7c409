package dev.rapport.ui.plans;

import dev.rapport.domain.Account;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.UiKit;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * This year's plan in the account detail: its status, actions done of planned, budget used,
 * a flag when over budget, and the button that opens (or creates) it.
 */
public final class PlanSummaryView {
    private final PlanSummaryViewModel model;
    private final Messages msg;
    private final PlanOpener opener;
    private final VBox root = new VBox(6);
    private final HBox otherYears = new HBox(4);

    public PlanSummaryView(PlanSummaryViewModel model, UiKit kit, PlanOpener opener) {
        this.model = model;
        this.msg = kit.messages();
        this.opener = opener;
        Label title = new Label();
        title.getStyleClass().add("subsection-title");
        title.textProperty().bind(model.titleProperty());
        Label status = new Label();
        status.getStyleClass().add("badge");
        status.setId(PlanSummaryIds.STATUS);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.hasPlanProperty());
        ProgressBar progress = new ProgressBar(0);
        progress.setId(PlanSummaryIds.PROGRESS);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.hasPlanProperty());
        Label progressText = new Label();
        progressText.setId(PlanSummaryIds.TEXT);
        progressText.setWrapText(true);
        progressText.textProperty().bind(model.progressTextProperty());
        Label flag = new Label();
        flag.setId(PlanSummaryIds.FLAG);
        flag.getStyleClass().add("plan-flag");
        flag.setWrapText(true);
        flag.textProperty().bind(model.flagTextProperty());
        flag.visibleProperty().bind(model.flaggedProperty());
        flag.managedProperty().bind(flag.visibleProperty());
        Button open = new Button();
        open.setId(PlanSummaryIds.OPEN);
        open.setGraphic(new FontIcon("mdi2c-calendar-check-outline"));
        open.textProperty().bind(model.openTextProperty());
        open.setOnAction(e -> openPlan(model.account(), model.year()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, status, spacer, open);
        header.setAlignment(Pos.CENTER_LEFT);
        root.setId(PlanSummaryIds.ROOT);
        otherYears.setAlignment(Pos.CENTER_LEFT);
        otherYears.visibleProperty().bind(model.othersShownProperty());
        otherYears.managedProperty().bind(otherYears.visibleProperty());
        otherYears.getStyleClass().add("muted");
        model.otherYears().addListener((ListChangeListener<Integer>) c -> showOtherYears());
        root.getChildren().addAll(header, progress, progressText, flag, otherYears);
    }

    public Node node() {
        return root;
    }

    /** Loads and shows the account's plan for this year; null clears. */
    public void show(Account selected) {
        model.show(selected);
    }

    /** Links to the account's plans of other years, latest first. */
    private void showOtherYears() {
        otherYears.getChildren().clear();
        if (model.otherYears().isEmpty()) {
            return;
        }
        Account shown = model.account();
        otherYears.getChildren().add(new Label(msg.get("plans.summary.otherYears")));
        for (int year : model.otherYears()) {
            Hyperlink link = new Hyperlink(Integer.toString(year));
            link.setId(PlanSummaryIds.otherYear(year));
            link.setOnAction(e -> openPlan(shown, year));
            otherYears.getChildren().add(link);
        }
    }

    private void openPlan(Account account, int year) {
        if (account != null) {
            opener.open(root.getScene().getWindow(), account, year, () -> show(account));
        }
    }
}
