package dev.rapport.ui.insights;

import dev.rapport.domain.AccountGroup;
import dev.rapport.domain.AtRiskSuggestion;
import dev.rapport.domain.ChurnGroup;
import dev.rapport.domain.Insights;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.Tier;
import dev.rapport.domain.WindowPlace;
import dev.rapport.i18n.Messages;
import dev.rapport.service.RetentionService;
import dev.rapport.ui.common.UiKit;
import dev.rapport.ui.common.Notifier;
import dev.rapport.exchange.image.PngImages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Insights screen's state: the year and customer group chosen, how churn is broken down, and
 * the figures for them, loaded in the background whenever a choice changes.
 */
public final class InsightsViewModel {
    private final RetentionService retention;
    private final UiKit kit;
    private final Messages msg;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<AccountGroup> group = new SimpleObjectProperty<>(AccountGroup.ALL);
    private final ObjectProperty<ChurnGroup> churnBy = new SimpleObjectProperty<>(ChurnGroup.TIER);
    private final ObjectProperty<Insights> insights = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Map<String, ChartData>> charts = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<AccountGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<AtRiskSuggestion> atRisk = FXCollections.observableArrayList();
    /** 0 for the whole year, else the quarter the churn table covers. */
    private final ObjectProperty<Integer> quarter = new SimpleObjectProperty<>(0);
    private final ObjectProperty<dev.rapport.domain.ChurnAnalysis.Table> churnTable = new SimpleObjectProperty<>();
    private final Notifier notifier;

    /** {@code clock} says which year the screen opens on, and the nine before it it offers. */
    public InsightsViewModel(RetentionService retention, Clock clock, UiKit kit, Notifier notifier) {
        this.retention = retention;
        this.kit = kit;
        this.notifier = notifier;
        this.msg = kit.messages();
        int now = LocalDate.now(clock).getYear();
        for (int y = now; y >= now - 9; y--) {
            years.add(y);
        }
        year.set(now);
        year.addListener((o, a, b) -> load());
        group.addListener((o, a, b) -> load());
        churnBy.addListener((o, a, b) -> load());
        quarter.addListener((o, a, b) -> load());
        insights.addListener((o, a, in) -> {
            if (in != null) {
                charts.set(new InsightsCharts(msg, churnBy.get()).of(in));
            }
        });
    }

    /** Each chart's bars, by chart id, for the figures loaded last. */
    public ReadOnlyObjectProperty<Map<String, ChartData>> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    /** The label of a churn group's key, as the churn breakdown chosen names it. */
    public String churnGroupLabel(String key) {
        return InsightsCharts.groupLabel(msg, churnBy.get(), key);
    }

    /** Writes a chart's picture (taken on the FX thread) as a PNG in the background, then says where. */
    public void savePng(int[] argb, int width, int height, Path target) {
        kit.executor().submit(msg.get("insights.saving"), p -> {
            PngImages.write(argb, width, height, target);
            return target;
        }, saved -> notifier.status(msg.get("insights.saved", saved.toString())),
                e -> kit.dialogs().showError(msg.get("insights.saveFailed"), e));
    }

    public ObjectProperty<Integer> quarterProperty() {
        return quarter;
    }

    public ObjectProperty<dev.rapport.domain.ChurnAnalysis.Table> churnTableProperty() {
        return churnTable;
    }

    /** The churn table's summary in the seeds' words: who left, what it cost, what retention may cost. */
    public String churnSummary(dev.rapport.domain.ChurnAnalysis.Table t) {
        dev.rapport.domain.ChurnFigures f = t.total();
        var formats = kit.formats();
        String rate = f.churnRatePct().map(r -> formats.decimal(r) + " %").orElse(msg.get("insights.churn.noBase"));
        return msg.get("insights.churn.summary", f.exits(), f.accountsAtStart(), rate, formats.money(f.revenueLost()),
                formats.money(f.profitLost()), formats.money(f.breakEvenRetentionBudget()));
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<AccountGroup> groupProperty() {
        return group;
    }

    public ObjectProperty<ChurnGroup> churnByProperty() {
        return churnBy;
    }

    public ObjectProperty<Insights> insightsProperty() {
        return insights;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<AccountGroup> groups() {
        return groups;
    }

    /** Accounts whose health suggests the "at risk" stage, weakest first. */
    public ObservableList<AtRiskSuggestion> atRiskSuggestions() {
        return atRisk;
    }

    /** Moves the chosen accounts to "at risk" and refreshes the figures. */
    public void markAtRisk(List<AtRiskSuggestion> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        List<Long> ids = chosen.stream().map(AtRiskSuggestion::accountId).toList();
        kit.executor().submit(msg.get("task.saving"), p -> kit.places().at(WindowPlace.INSIGHTS,
                () -> retention.markAtRisk(ids)), n -> {
            notifier.status(msg.get("insights.atRisk.moved", n));
            load();
        }, e -> kit.dialogs().showError(msg.get("error.save"), e));
    }

    /** The label of a group choice: "All accounts", "Tier A", "Customer", an industry. */
    public String label(AccountGroup g) {
        if (g == null || g.grouping() == ChurnGroup.NONE) {
            return msg.get("insights.group.all");
        }
        return switch (g.grouping()) {
            case TIER -> msg.get("insights.group.tier", msg.of(Tier.valueOf(g.key())));
            case PARTY_TYPE -> msg.of(PartyType.valueOf(g.key()));
            default -> g.key();
        };
    }

    /** Loads the group choices (industries come from the data) and the figures. */
    public void reload() {
        kit.executor().submit(msg.get("task.loading"), p -> retention.industries(), industries -> {
            List<AccountGroup> all = new ArrayList<>();
            all.add(AccountGroup.ALL);
            for (Tier t : Tier.values()) {
                all.add(new AccountGroup(ChurnGroup.TIER, t.name()));
            }
            for (PartyType p : PartyType.values()) {
                all.add(new AccountGroup(ChurnGroup.PARTY_TYPE, p.name()));
            }
            industries.forEach(i -> all.add(new AccountGroup(ChurnGroup.INDUSTRY, i)));
            AccountGroup keep = group.get();
            groups.setAll(all);
            group.set(all.contains(keep) ? keep : AccountGroup.ALL);
            load();
        }, e -> kit.dialogs().showError(msg.get("error.load"), e));
    }

    private void load() {
        Integer y = year.get();
        AccountGroup g = group.get() == null ? AccountGroup.ALL : group.get();
        ChurnGroup by = churnBy.get() == null ? ChurnGroup.TIER : churnBy.get();
        if (y == null) {
            return;
        }
        kit.executor().submit(msg.get("task.loading"), p -> retention.insights(y, g, by), insights::set,
                e -> kit.dialogs().showError(msg.get("error.load"), e));
        int q = quarter.get() == null ? 0 : quarter.get();
        dev.rapport.domain.Period period = q == 0 ? dev.rapport.domain.Period.year(y) : dev.rapport.domain.Period.quarter(y, q);
        kit.executor().submit(msg.get("task.loading"), p -> retention.churn(period, by, g), churnTable::set,
                e -> kit.dialogs().showError(msg.get("error.load"), e));
        kit.executor().submit(msg.get("task.loading"), p -> retention.atRiskSuggestions(), atRisk::setAll,
                e -> kit.dialogs().showError(msg.get("error.load"), e));
    }
}
