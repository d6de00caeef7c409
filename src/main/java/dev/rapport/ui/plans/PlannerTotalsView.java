package dev.rapport.ui.plans;

import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.LevelFigures;
import dev.rapport.domain.plan.PlannerTotals;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.UiKit;
import java.time.Month;
import java.time.format.TextStyle;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Planner's totals: planned against done, budget against actual, by level and by month. */
final class PlannerTotalsView {
    private final PlannerViewModel model;
    private final Messages msg;
    private final Formats formats;
    private final GridPane levelTotals = new GridPane();
    private final GridPane monthTotals = new GridPane();
    private final HBox shareBar = new HBox();
    private final ScrollPane root;

    PlannerTotalsView(PlannerViewModel model, UiKit kit) {
        this.model = model;
        this.msg = kit.messages();
        this.formats = kit.formats();
        levelTotals.setId(PlannerIds.LEVEL_TOTALS);
        monthTotals.setId(PlannerIds.MONTH_TOTALS);
        for (GridPane g : new GridPane[] {levelTotals, monthTotals}) {
            g.setHgap(18);
            g.setVgap(4);
        }
        Label byLevel = new Label(msg.get("plans.planner.byLevel"));
        byLevel.getStyleClass().add("subsection-title");
        Label byMonth = new Label(msg.get("plans.planner.byMonth"));
        byMonth.getStyleClass().add("subsection-title");
        shareBar.setId(PlannerIds.SHARE_BAR);
        shareBar.setPrefWidth(520);
        shareBar.setMaxWidth(520);
        VBox box = new VBox(10, byLevel, levelTotals, shareBar, byMonth, monthTotals);
        box.setPadding(new Insets(12));
        root = new ScrollPane(box);
        model.changedProperty().addListener((o, old, n) -> show(model.totalsProperty().get()));
    }

    Node node() {
        return root;
    }

    private void show(PlannerTotals t) {
        levelTotals.getChildren().clear();
        head(levelTotals, "plans.review.level", "plans.review.planned", "plans.review.done", "plans.review.budget",
                "plans.review.actual", "plans.planner.share");
        int r = 1;
        for (RelationshipLevel l : RelationshipLevel.values()) {
            LevelFigures f = t.byLevel().get(l);
            row(levelTotals, r++, "totals-" + l.name(), msg.of(l), Integer.toString(f.planned()),
                    Integer.toString(f.done()), formats.money(f.budget()), formats.money(f.actual()),
                    formats.decimal(t.sharePct(l)) + " %");
        }
        row(levelTotals, r, "totals-total", msg.get("plans.review.total"), Integer.toString(t.total().planned()),
                Integer.toString(t.total().done()), formats.money(t.total().budget()),
                formats.money(t.total().actual()), msg.get("plans.planner.planBudgets", formats.money(t.planBudgets())));
        showShares(t);
        monthTotals.getChildren().clear();
        head(monthTotals, "plans.action.month", "plans.review.planned", "plans.review.budget", "plans.review.actual");
        for (int m = 1; m <= 12; m++) {
            LevelFigures f = t.byMonth().get(m);
            row(monthTotals, m, "month-" + m, Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, msg.locale()),
                    Integer.toString(f.planned()), formats.money(f.budget()), formats.money(f.actual()));
        }
    }

    /** Each level's share of the budget as a part of one bar, as wide as its share. */
    private void showShares(PlannerTotals t) {
        shareBar.getChildren().clear();
        for (RelationshipLevel l : RelationshipLevel.values()) {
            double share = t.sharePct(l).doubleValue();
            if (share > 0) {
                Label part = new Label(msg.of(l) + " " + formats.decimal(t.sharePct(l)) + " %");
                part.getStyleClass().addAll(PlannerIds.CHIP_CLASS, "level-" + l.name());
                part.setMinWidth(0);
                part.setMaxWidth(Double.MAX_VALUE);
                part.prefWidthProperty().bind(shareBar.widthProperty().multiply(share / 100));
                shareBar.getChildren().add(part);
            }
        }
    }

    private void head(GridPane g, String... keys) {
        for (int c = 0; c < keys.length; c++) {
            Label h = new Label(msg.get(keys[c]));
            h.getStyleClass().add("fact-label");
            g.add(h, c, 0);
        }
    }

    private static void row(GridPane g, int r, String id, String... values) {
        for (int c = 0; c < values.length; c++) {
            Label l = new Label(values[c]);
            l.setId(PlannerIds.totalsCell(id, c));
            g.add(l, c, r);
        }
    }
}
