package dev.rapport.ui.plans;

import dev.rapport.domain.Account;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanReview;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.Notifier;
import java.util.List;
import java.util.Optional;
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
    private final UiContext ctx;
    private final Messages msg;
    private final PlanOpener opener;
    private final VBox root = new VBox(6);
    private final Label title = new Label();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Label flag = new Label();
    private final Button open = new Button();
    private final HBox otherYears = new HBox(4);
    private Account account;
    private long generation;

    public PlanSummaryView(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.msg = ctx.messages();
        this.opener = new PlanOpener(ctx, notifier);
        title.getStyleClass().add("subsection-title");
        status.getStyleClass().add("badge");
        status.setId("plan-summary-status");
        progress.setId("plan-summary-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progressText.setId("plan-summary-text");
        progressText.setWrapText(true);
        flag.setId("plan-summary-flag");
        flag.getStyleClass().add("plan-flag");
        flag.setWrapText(true);
        flag.managedProperty().bind(flag.visibleProperty());
        open.setId("plan-open");
        open.setGraphic(new FontIcon("mdi2c-calendar-check-outline"));
        open.setOnAction(e -> {
            if (account != null) {
                opener.open(root.getScene().getWindow(), account, year(), () -> show(account));
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, status, spacer, open);
        header.setAlignment(Pos.CENTER_LEFT);
        root.setId("plan-summary");
        otherYears.setAlignment(Pos.CENTER_LEFT);
        otherYears.managedProperty().bind(otherYears.visibleProperty());
        otherYears.getStyleClass().add("muted");
        root.getChildren().addAll(header, progress, progressText, flag, otherYears);
    }

    public Node node() {
        return root;
    }

    private int year() {
        return ctx.plans().today().getYear();
    }

    /** Loads and shows the account's plan for this year; null clears. */
    public void show(Account selected) {
        this.account = selected;
        long mine = ++generation;
        if (selected == null) {
            return;
        }
        title.setText(msg.get("plans.summary.title", year()));
        ctx.executor().submit(msg.get("task.loading"), p -> ctx.plans().plansOf(selected.id()), all -> {
            if (mine == generation) {
                render(all.stream().filter(p -> p.year() == year()).findFirst());
                others(selected, all.stream().filter(p -> p.year() != year()).toList());
            }
        }, e -> ctx.dialogs().showError(msg.get("error.load"), e));
    }

    /** Links to the account's plans of other years, latest first. */
    private void others(Account selected, List<Plan> plans) {
        otherYears.getChildren().clear();
        otherYears.setVisible(!plans.isEmpty());
        if (plans.isEmpty()) {
            return;
        }
        otherYears.getChildren().add(new Label(msg.get("plans.summary.otherYears")));
        for (Plan p : plans) {
            Hyperlink link = new Hyperlink(Integer.toString(p.year()));
            link.setId("plan-year-" + p.year());
            link.setOnAction(e -> opener.open(root.getScene().getWindow(), selected, p.year(), () -> show(selected)));
            otherYears.getChildren().add(link);
        }
    }

    private void render(Optional<Plan> plan) {
        boolean has = plan.isPresent();
        status.setVisible(has);
        progress.setVisible(has);
        open.setText(msg.get(has ? "plans.summary.open" : "plans.summary.create", year()));
        if (!has) {
            progressText.setText(msg.get("plans.summary.none", year()));
            flag.setVisible(false);
            return;
        }
        PlanReview r = plan.get().figures();
        status.setText(msg.of(plan.get().status()));
        progress.setProgress(r.total().doneShare());
        progressText.setText(PlanText.progress(r, ctx.formats(), msg));
        flag.setVisible(r.budgetFlagged());
        flag.setText(PlanText.budgetFlag(r, ctx.formats(), msg));
    }
}
