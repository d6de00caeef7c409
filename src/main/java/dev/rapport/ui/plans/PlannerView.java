package dev.rapport.ui.plans;

import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.DueAction;
import dev.rapport.domain.plan.LevelFigures;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlannedAccount;
import dev.rapport.domain.plan.PlannerTotals;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.UiContext;
import dev.rapport.ui.common.Notifier;
import dev.rapport.ui.common.Tables;
import dev.rapport.ui.common.Screen;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Planner: every account's plan for the year as a grid (accounts by months, actions as
 * chips coloured by level), this month's and overdue actions, and the portfolio's totals.
 * A chip is moved to another month by dragging it, or with Alt+Left / Alt+Right; Enter or a
 * click opens its plan.
 */
public final class PlannerView implements Screen {
    private final UiContext ctx;
    private final Messages msg;
    private final PlannerViewModel model;
    private final PlanOpener opener;
    private final BorderPane root = new BorderPane();
    private static final double NAME_SHARE = 0.16;
    private static final double MONTH_SHARE = 0.07;
    /** Room kept for the list's vertical scroll bar. */
    private static final double SCROLLBAR = 16;
    private final ListView<PlannedAccount> rowsList = new ListView<>();
    private final HBox header = new HBox();
    private final Label yearLabel = new Label();
    private final ListView<DueAction> dueList = new ListView<>();
    private final GridPane levelTotals = new GridPane();
    private final GridPane monthTotals = new GridPane();
    private final CheckComboBox<RelationshipLevel> levelFilter = new CheckComboBox<>();
    private final CheckComboBox<ActionStatus> statusFilter = new CheckComboBox<>();
    private final CheckComboBox<Tier> tierFilter = new CheckComboBox<>();
    private final CheckComboBox<String> ownerFilter = new CheckComboBox<>();
    private final Label empty = new Label();
    private final HBox shareBar = new HBox();
    private PlanAction focusAfterReload;

    /** A month column of one account's row: where chips sit and are dropped. */
    private record MonthCell(PlannedAccount row, int month, VBox pane) {
    }

    public PlannerView(UiContext ctx, Notifier notifier) {
        this.ctx = ctx;
        this.msg = ctx.messages();
        this.model = new PlannerViewModel(ctx, notifier);
        this.opener = new PlanOpener(ctx, notifier);
        root.setId("planner");
        root.setTop(toolbar());
        TabPane tabs = new TabPane(new Tab(msg.get("plans.planner.yearTab"), yearView()),
                new Tab(msg.get("plans.planner.dueTab"), dueView()),
                new Tab(msg.get("plans.planner.totalsTab"), totalsView()));
        tabs.getTabs().get(0).setId("planner-year-tab");
        tabs.getTabs().get(1).setId("planner-due-tab");
        tabs.getTabs().get(2).setId("planner-totals-tab");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        model.changedProperty().addListener((o, old, n) -> redraw());
        model.yearProperty().addListener((o, old, y) -> yearLabel.setText(Integer.toString(y.intValue())));
        yearLabel.setText(Integer.toString(model.yearProperty().get()));
    }

    PlannerViewModel model() {
        return model;
    }

    private Node toolbar() {
        Label title = new Label(msg.get("nav.planner"));
        title.getStyleClass().add("section-title");
        Button prev = new Button(null, new FontIcon("mdi2c-chevron-left"));
        prev.setId("planner-prev-year");
        prev.setTooltip(new Tooltip(msg.get("plans.planner.previousYear")));
        prev.setOnAction(e -> model.previousYear());
        Button next = new Button(null, new FontIcon("mdi2c-chevron-right"));
        next.setId("planner-next-year");
        next.setTooltip(new Tooltip(msg.get("plans.planner.nextYear")));
        next.setOnAction(e -> model.nextYear());
        yearLabel.setId("planner-year");
        yearLabel.getStyleClass().add("subsection-title");
        filter(levelFilter, "planner-level-filter", "plans.planner.level", List.of(RelationshipLevel.values()), true);
        filter(statusFilter, "planner-status-filter", "plans.planner.status", List.of(ActionStatus.values()), true);
        filter(tierFilter, "planner-tier-filter", "plans.planner.tier", List.of(Tier.values()), true);
        ownerFilter.setId("planner-owner-filter");
        ownerFilter.setTitle(msg.get("plans.planner.owner"));
        ownerFilter.setShowCheckedCount(true);
        model.owners().addListener((ListChangeListener<String>) c -> {
            List<String> keep = new ArrayList<>(ownerFilter.getCheckModel().getCheckedItems());
            ownerFilter.getItems().setAll(model.owners());
            keep.stream().filter(model.owners()::contains).forEach(ownerFilter.getCheckModel()::check);
        });
        ownerFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> applyFilters());
        Button newPlan = new Button(msg.get("plans.planner.newPlan"), new FontIcon("mdi2p-plus"));
        newPlan.setId("planner-new-plan");
        newPlan.setTooltip(new Tooltip(msg.get("plans.planner.newPlan") + "  (" + newPlanShortcut() + ")"));
        newPlan.setOnAction(e -> createNew());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, prev, yearLabel, next, newPlan, spacer, levelFilter, statusFilter, tierFilter,
                ownerFilter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 8, 12));
        return bar;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <E> void filter(CheckComboBox<E> box, String id, String titleKey, List<E> values, boolean isEnum) {
        box.setId(id);
        box.setTitle(msg.get(titleKey));
        box.setShowCheckedCount(true);
        box.getItems().setAll(values);
        if (isEnum) {
            box.setConverter((javafx.util.StringConverter) Tables.enumConverter(msg));
        }
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<E>) c -> applyFilters());
    }

    private void applyFilters() {
        List<RelationshipLevel> levels = levelFilter.getCheckModel().getCheckedItems();
        List<ActionStatus> statuses = statusFilter.getCheckModel().getCheckedItems();
        List<Tier> tiers = tierFilter.getCheckModel().getCheckedItems();
        model.setFilter(levels.isEmpty() ? Set.of() : EnumSet.copyOf(levels),
                statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses),
                tiers.isEmpty() ? Set.of() : EnumSet.copyOf(tiers),
                new HashSet<>(ownerFilter.getCheckModel().getCheckedItems()));
    }

    private Node yearView() {
        // a virtual list of rows: only the accounts in view are laid out, so hundreds of key
        // accounts open at once; months take fixed shares of the width, a long title is cut in its chip
        rowsList.setId("planner-grid");
        rowsList.getStyleClass().add("planner-grid");
        rowsList.setCellFactory(lv -> new RowCell());
        rowsList.widthProperty().addListener((o, old, w) -> rowsList.refresh());
        header.getChildren().add(headCell(msg.get("plans.planner.account"), NAME_SHARE));
        for (int m = 1; m <= 12; m++) {
            header.getChildren().add(headCell(Month.of(m).getDisplayName(TextStyle.SHORT_STANDALONE, msg.locale()),
                    MONTH_SHARE));
        }
        empty.setId("planner-empty");
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        empty.setPadding(new Insets(16));
        HBox legend = new HBox(8);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setPadding(new Insets(6, 12, 6, 12));
        for (RelationshipLevel l : RelationshipLevel.values()) {
            Label key = new Label(msg.of(l));
            key.getStyleClass().addAll("plan-chip", "level-" + l.name());
            legend.getChildren().add(key);
        }
        Label howTo = new Label(msg.get("plans.planner.legend"));
        howTo.getStyleClass().add("muted");
        legend.getChildren().add(howTo);
        VBox box = new VBox(empty, header, rowsList, legend);
        VBox.setVgrow(rowsList, Priority.ALWAYS);
        empty.managedProperty().bind(empty.visibleProperty());
        return box;
    }

    private Label headCell(String text, double share) {
        Label head = new Label(text);
        head.getStyleClass().add("planner-head");
        head.setMinWidth(0);
        head.prefWidthProperty().bind(rowsList.widthProperty().subtract(SCROLLBAR).multiply(share));
        head.maxWidthProperty().bind(head.prefWidthProperty());
        return head;
    }

    private double width(double share) {
        return Math.max(0, (rowsList.getWidth() - SCROLLBAR) * share);
    }

    /** One account's row: its name, then its chips month by month. */
    private final class RowCell extends ListCell<PlannedAccount> {
        RowCell() {
            getStyleClass().add("planner-row");
            setPadding(Insets.EMPTY);
        }

        @Override
        protected void updateItem(PlannedAccount row, boolean isEmpty) {
            super.updateItem(row, isEmpty);
            setText(null);
            if (isEmpty || row == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(row.account().name() + "  ·  " + msg.of(row.account().tier()));
            name.getStyleClass().add("planner-cell");
            name.setMinWidth(0);
            name.setPrefWidth(width(NAME_SHARE));
            name.setMaxWidth(width(NAME_SHARE));
            name.setMaxHeight(Double.MAX_VALUE);
            name.setWrapText(true);
            name.setId("planner-account-" + row.account().id());
            name.setTooltip(new Tooltip(msg.get("plans.planner.openPlanTip")));
            name.setOnMouseClicked(e -> openPlan(row));
            HBox line = new HBox(name);
            for (int m = 1; m <= 12; m++) {
                VBox pane = new VBox(3);
                pane.getStyleClass().addAll("planner-cell", "planner-month");
                pane.setMinWidth(0);
                pane.setPrefWidth(width(MONTH_SHARE));
                pane.setMaxWidth(width(MONTH_SHARE));
                pane.setId("planner-cell-" + row.account().id() + "-" + m);
                pane.setMinHeight(28);
                pane.getProperties().put(MonthCell.class, new MonthCell(row, m, pane));
                for (PlanAction a : model.actionsIn(row, m)) {
                    pane.getChildren().add(chip(row, a));
                }
                line.getChildren().add(pane);
            }
            setGraphic(line);
        }
    }

    /** Ctrl+N, as the platform writes it (⌘N on macOS). */
    private static String newPlanShortcut() {
        return new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).getDisplayText();
    }

    private void redraw() {
        rowsList.getItems().setAll(model.rows());
        rowsList.refresh();
        empty.setVisible(model.rows().isEmpty());
        empty.setText(msg.get("plans.planner.empty", model.yearProperty().get(), msg.get("plans.planner.newPlan"),
                newPlanShortcut()));
        showTotals(model.totalsProperty().get());
        dueList.getItems().setAll(model.due());
        if (focusAfterReload != null) {
            PlanAction wanted = focusAfterReload;
            focusAfterReload = null;
            // the rows are laid out on the next pulse; focus the moved chip once they are
            Platform.runLater(() -> {
                rowsList.layout();
                rowsList.lookupAll(".plan-chip").stream().filter(n -> wanted.id().equals(n.getUserData()))
                        .findFirst().ifPresent(Node::requestFocus);
            });
        }
    }

    private Label chip(PlannedAccount row, PlanAction a) {
        Label chip = new Label(a.title());
        chip.setId("plan-chip-" + a.id());
        chip.setUserData(a.id());
        chip.getStyleClass().addAll("plan-chip", "level-" + a.level().name(), "status-" + a.status().name());
        chip.setFocusTraversable(true);
        chip.setMaxWidth(Double.MAX_VALUE);
        chip.setMinWidth(0);
        // the tooltip is made when the pointer first comes: thousands of chips, few ever hovered
        chip.setOnMouseEntered(e -> {
            if (chip.getTooltip() == null) {
                chip.setTooltip(new Tooltip(msg.get("plans.planner.chipTip", a.title(), msg.of(a.level()),
                        msg.of(a.type()), msg.of(a.status()), PlanText.when(a, ctx.formats(), msg),
                        ctx.formats().money(a.budget()))));
            }
        });
        chip.setOnMousePressed(e -> {
            chip.requestFocus();
            // the row must not take the press (it would select itself and end the drag)
            e.consume();
        });
        chip.setOnMouseDragged(e -> highlight(cellAt(e.getSceneX(), e.getSceneY())));
        chip.setOnMouseReleased(e -> {
            highlight(null);
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            MonthCell target = cellAt(e.getSceneX(), e.getSceneY());
            if (e.isStillSincePress() || target == null || target.month() == a.month().getMonthValue()) {
                if (e.isStillSincePress()) {
                    openPlan(row);
                }
                return;
            }
            focusAfterReload = a;
            model.move(a, target.month());
        });
        chip.setOnKeyPressed(e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT)) {
                focusAfterReload = a;
                model.move(a, a.month().getMonthValue() + (e.getCode() == KeyCode.RIGHT ? 1 : -1));
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                openPlan(row);
                e.consume();
            }
        });
        return chip;
    }

    /** The month cells now on screen. */
    private List<MonthCell> visibleCells() {
        List<MonthCell> out = new ArrayList<>();
        for (Node n : rowsList.lookupAll(".planner-month")) {
            Object c = n.getProperties().get(MonthCell.class);
            if (c instanceof MonthCell cell && shown(n)) {
                out.add(cell);
            }
        }
        return out;
    }

    /** Whether the node is on screen: the list keeps spare rows out of sight for reuse. */
    private boolean shown(Node n) {
        for (Node p = n; p != null && p != rowsList; p = p.getParent()) {
            if (!p.isVisible() || p instanceof ListCell<?> cell && (cell.isEmpty() || cell.getGraphic() == null)) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** The month cell under a point of the scene. */
    private MonthCell cellAt(double sceneX, double sceneY) {
        for (MonthCell c : visibleCells()) {
            Bounds b = c.pane().localToScene(c.pane().getBoundsInLocal());
            if (b.contains(sceneX, sceneY)) {
                return c;
            }
        }
        return null;
    }

    private void highlight(MonthCell target) {
        for (MonthCell c : visibleCells()) {
            c.pane().getStyleClass().remove("drop-target");
        }
        if (target != null) {
            target.pane().getStyleClass().add("drop-target");
        }
    }

    private void openPlan(PlannedAccount row) {
        opener.open(root.getScene().getWindow(), row.account(), row.plan().year(), model::reload);
    }

    private Node dueView() {
        dueList.setId("planner-due");
        dueList.setPlaceholder(new Label(msg.get("plans.planner.nothingDue")));
        dueList.setCellFactory(lv -> new DueCell());
        dueList.setOnMouseClicked(e -> {
            DueAction d = dueList.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && d != null) {
                opener.open(root.getScene().getWindow(), d.account(), d.plan().year(), model::reload);
            }
        });
        dueList.setOnKeyPressed(e -> {
            DueAction d = dueList.getSelectionModel().getSelectedItem();
            if (d != null && e.getCode() == KeyCode.ENTER) {
                opener.open(root.getScene().getWindow(), d.account(), d.plan().year(), model::reload);
                e.consume();
            }
        });
        Button done = new Button(msg.get("plans.action.markDone"), new FontIcon("mdi2c-check"));
        done.setId("planner-mark-done");
        done.disableProperty().bind(dueList.getSelectionModel().selectedItemProperty().isNull());
        done.setOnAction(e -> model.markDone(dueList.getSelectionModel().getSelectedItem().action()));
        Button edit = new Button(msg.get("plans.planner.editAction"), new FontIcon("mdi2p-pencil-outline"));
        edit.setId("planner-edit-action");
        edit.disableProperty().bind(dueList.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> {
            DueAction d = dueList.getSelectionModel().getSelectedItem();
            opener.openAction(root.getScene().getWindow(), d.account(), d.action(), d.plan().year(), model::reload);
        });
        Label hint = new Label(msg.get("plans.planner.dueHint"));
        hint.getStyleClass().add("muted");
        VBox box = new VBox(8, new HBox(8, done, edit, hint), dueList);
        VBox.setVgrow(dueList, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private final class DueCell extends ListCell<DueAction> {
        @Override
        protected void updateItem(DueAction d, boolean isEmpty) {
            super.updateItem(d, isEmpty);
            if (isEmpty || d == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            PlanAction a = d.action();
            Label chip = new Label(msg.of(a.level()));
            chip.getStyleClass().addAll("plan-chip", "level-" + a.level().name());
            Label when = new Label(PlanText.when(a, ctx.formats(), msg));
            if (d.overdue()) {
                when.setText(msg.get("plans.planner.overdue", when.getText()));
                when.getStyleClass().add("planner-overdue");
            }
            Label text = new Label(d.account().name() + " — " + a.title() + " (" + msg.of(a.status()) + ")");
            HBox box = new HBox(8, chip, when, text);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
            setText(null);
        }
    }

    private Node totalsView() {
        levelTotals.setId("planner-level-totals");
        monthTotals.setId("planner-month-totals");
        for (GridPane g : new GridPane[] {levelTotals, monthTotals}) {
            g.setHgap(18);
            g.setVgap(4);
        }
        Label byLevel = new Label(msg.get("plans.planner.byLevel"));
        byLevel.getStyleClass().add("subsection-title");
        Label byMonth = new Label(msg.get("plans.planner.byMonth"));
        byMonth.getStyleClass().add("subsection-title");
        shareBar.setId("planner-share-bar");
        shareBar.setPrefWidth(520);
        shareBar.setMaxWidth(520);
        VBox box = new VBox(10, byLevel, levelTotals, shareBar, byMonth, monthTotals);
        box.setPadding(new Insets(12));
        return new ScrollPane(box);
    }

    private void showTotals(PlannerTotals t) {
        levelTotals.getChildren().clear();
        head(levelTotals, "plans.review.level", "plans.review.planned", "plans.review.done", "plans.review.budget",
                "plans.review.actual", "plans.planner.share");
        int r = 1;
        for (RelationshipLevel l : RelationshipLevel.values()) {
            LevelFigures f = t.byLevel().get(l);
            row(levelTotals, r++, "totals-" + l.name(), msg.of(l), Integer.toString(f.planned()),
                    Integer.toString(f.done()), ctx.formats().money(f.budget()), ctx.formats().money(f.actual()),
                    ctx.formats().decimal(t.sharePct(l)) + " %");
        }
        row(levelTotals, r, "totals-total", msg.get("plans.review.total"), Integer.toString(t.total().planned()),
                Integer.toString(t.total().done()), ctx.formats().money(t.total().budget()),
                ctx.formats().money(t.total().actual()), msg.get("plans.planner.planBudgets",
                        ctx.formats().money(t.planBudgets())));
        shareBar.getChildren().clear();
        for (RelationshipLevel l : RelationshipLevel.values()) {
            double share = t.sharePct(l).doubleValue();
            if (share > 0) {
                Label part = new Label(msg.of(l) + " " + ctx.formats().decimal(t.sharePct(l)) + " %");
                part.getStyleClass().addAll("plan-chip", "level-" + l.name());
                part.setMinWidth(0);
                part.setMaxWidth(Double.MAX_VALUE);
                part.prefWidthProperty().bind(shareBar.widthProperty().multiply(share / 100));
                shareBar.getChildren().add(part);
            }
        }
        monthTotals.getChildren().clear();
        head(monthTotals, "plans.action.month", "plans.review.planned", "plans.review.budget", "plans.review.actual");
        for (int m = 1; m <= 12; m++) {
            LevelFigures f = t.byMonth().get(m);
            row(monthTotals, m, "month-" + m, Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, msg.locale()),
                    Integer.toString(f.planned()), ctx.formats().money(f.budget()), ctx.formats().money(f.actual()));
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
            l.setId(id + "-" + c);
            g.add(l, c, r);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        model.reload();
    }

    /** Ctrl+N and "New plan…": the shown year's plan for an account that has none yet, opened in the editor. */
    @Override
    public void createNew() {
        model.accountsWithoutPlan((year, accounts) -> {
            if (accounts.isEmpty()) {
                ctx.dialogs().showInfo(msg.get("plans.planner.newPlan.title"),
                        msg.get("plans.planner.newPlan.allPlanned", year));
                return;
            }
            NewPlanDialog.choose(root.getScene().getWindow(), accounts, year, msg, PlanOpener.stylesheet())
                    .ifPresent(account -> opener.open(root.getScene().getWindow(), account, year, model::reload));
        });
    }
}
