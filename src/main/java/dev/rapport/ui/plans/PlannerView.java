package dev.rapport.ui.plans;

import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.CheckComboTitles;
import dev.rapport.ui.common.Screen;
import dev.rapport.ui.common.Tables;
import dev.rapport.ui.common.RecordOpener;
import dev.rapport.ui.common.UiKit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Planner: the year and the filters above three tabs: every account's plan for the year as a
 * grid ({@link PlannerYearView}), this month's and overdue actions ({@link PlannerDueView}), and the
 * portfolio's totals ({@link PlannerTotalsView}).
 */
public final class PlannerView implements Screen {
    private final UiKit kit;
    private final Messages msg;
    private final PlannerViewModel model;
    private final PlanOpener opener;
    private final BorderPane root = new BorderPane();
    private final Label yearLabel = new Label();
    private final CheckComboBox<RelationshipLevel> levelFilter = new CheckComboBox<>();
    private final CheckComboBox<ActionStatus> statusFilter = new CheckComboBox<>();
    private final CheckComboBox<Tier> tierFilter = new CheckComboBox<>();
    private final CheckComboBox<String> ownerFilter = new CheckComboBox<>();

    public PlannerView(PlannerViewModel model, UiKit kit, PlanOpener opener, RecordOpener records) {
        this.kit = kit;
        this.msg = kit.messages();
        this.model = model;
        this.opener = opener;
        root.setId(PlannerIds.ROOT);
        root.setTop(toolbar());
        Node due = new PlannerDueView(model, kit, opener).node();
        Node totals = new PlannerTotalsView(model, kit).node();
        Tab dueTab = tab("plans.planner.dueTab", PlannerIds.DUE_TAB, null);
        Tab totalsTab = tab("plans.planner.totalsTab", PlannerIds.TOTALS_TAB, null);
        TabPane tabs = new TabPane(
                tab("plans.planner.yearTab", PlannerIds.YEAR_TAB, new PlannerYearView(model, kit, opener, records).node()),
                dueTab, totalsTab);
        // the tabs behind the year get their content on the frames after it (the pacer): styled with
        // the year's rows, they made the Planner's first frame half as long again
        kit.pacer().later(List.of(() -> dueTab.setContent(due), () -> totalsTab.setContent(totals)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        yearLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Integer.toString(model.yearProperty().get()), model.yearProperty()));
    }

    PlannerViewModel model() {
        return model;
    }

    private Tab tab(String key, String id, Node content) {
        Tab tab = new Tab(msg.get(key), content);
        tab.setId(id);
        return tab;
    }

    private Node toolbar() {
        Label title = new Label(msg.get("nav.planner"));
        title.getStyleClass().add("section-title");
        Button prev = new Button(null, new FontIcon("mdi2c-chevron-left"));
        prev.setId(PlannerIds.PREVIOUS_YEAR);
        prev.setTooltip(new Tooltip(msg.get("plans.planner.previousYear")));
        prev.setOnAction(e -> model.previousYear());
        Button next = new Button(null, new FontIcon("mdi2c-chevron-right"));
        next.setId(PlannerIds.NEXT_YEAR);
        next.setTooltip(new Tooltip(msg.get("plans.planner.nextYear")));
        next.setOnAction(e -> model.nextYear());
        yearLabel.setId(PlannerIds.YEAR);
        yearLabel.getStyleClass().add("subsection-title");
        filter(levelFilter, PlannerIds.LEVEL_FILTER, "plans.planner.level", List.of(RelationshipLevel.values()));
        filter(statusFilter, PlannerIds.STATUS_FILTER, "plans.planner.status", List.of(ActionStatus.values()));
        filter(tierFilter, PlannerIds.TIER_FILTER, "plans.planner.tier", List.of(Tier.values()));
        ownerFilter.setId(PlannerIds.OWNER_FILTER);
        ownerFilter.setTitle(msg.get("plans.planner.owner"));
        ownerFilter.setShowCheckedCount(true);
        model.owners().addListener((ListChangeListener<String>) c -> {
            List<String> keep = new ArrayList<>(ownerFilter.getCheckModel().getCheckedItems());
            ownerFilter.getItems().setAll(model.owners());
            keep.stream().filter(model.owners()::contains).forEach(ownerFilter.getCheckModel()::check);
            CheckComboTitles.refresh(ownerFilter);
        });
        ownerFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> applyFilters());
        Button newPlan = new Button(msg.get("plans.planner.newPlan"), new FontIcon("mdi2p-plus"));
        newPlan.setId(PlannerIds.NEW_PLAN);
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
    private <E extends Enum<E>> void filter(CheckComboBox<E> box, String id, String titleKey, List<E> values) {
        box.setId(id);
        box.setTitle(msg.get(titleKey));
        box.setShowCheckedCount(true);
        box.getItems().setAll(values);
        box.setConverter((javafx.util.StringConverter) Tables.enumConverter(msg));
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

    /** Ctrl+N, as the platform writes it (⌘N on macOS). */
    static String newPlanShortcut() {
        return new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).getDisplayText();
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
                kit.dialogs().showInfo(msg.get("plans.planner.newPlan.title"),
                        msg.get("plans.planner.newPlan.allPlanned", year));
                return;
            }
            NewPlanDialog.choose(root.getScene().getWindow(), accounts, year, msg, PlanOpener.stylesheet())
                    .ifPresent(account -> opener.open(root.getScene().getWindow(), account, year, model::reload));
        });
    }
}
