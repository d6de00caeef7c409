package dev.rapport.ui.insights;

import dev.rapport.domain.ChurnAnalysis;
import dev.rapport.domain.ChurnGroup;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Insights;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.Tier;
import dev.rapport.i18n.Messages;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The Insights figures as the charts show them: each chart's categories in the user's words, and its bars. */
final class InsightsCharts {
    private final Messages msg;
    private final ChurnGroup churnBy;

    InsightsCharts(Messages msg, ChurnGroup churnBy) {
        this.msg = msg;
        this.churnBy = churnBy;
    }

    /** The bars by chart id: tier, stage, level, reasons, churnGroup, health, interactions, planDone, budget. */
    Map<String, ChartData> of(Insights in) {
        Map<String, ChartData> out = new LinkedHashMap<>();
        out.put("tier", ChartData.single(label(in.byTier())));
        out.put("stage", ChartData.single(label(in.byStage())));
        out.put("level", ChartData.single(label(in.byLevel())));
        out.put("reasons", ChartData.single(label(in.exitsByReason())));
        Map<String, Number> churn = new LinkedHashMap<>();
        for (ChurnAnalysis.Row row : in.churnByGroup()) {
            row.figures().churnRatePct().ifPresent(rate -> churn.put(groupLabel(msg, churnBy, row.group()), rate));
        }
        out.put("churnGroup", ChartData.single(churn));
        out.put("health", ChartData.single(new LinkedHashMap<>(in.healthBands())));
        out.put("interactions", interactions(in));
        Map<String, Number> planned = new LinkedHashMap<>();
        Map<String, Number> done = new LinkedHashMap<>();
        Map<String, Number> budget = new LinkedHashMap<>();
        Map<String, Number> actual = new LinkedHashMap<>();
        in.planByLevel().forEach((level, f) -> {
            planned.put(msg.of(level), f.planned());
            done.put(msg.of(level), f.done());
            budget.put(msg.of(level), f.budget());
            actual.put(msg.of(level), f.actual());
        });
        out.put("planDone", new ChartData(List.of(msg.get("insights.series.planned"),
                msg.get("insights.series.done")), List.of(planned, done)));
        out.put("budget", new ChartData(List.of(msg.get("insights.series.budget"),
                msg.get("insights.series.actual")), List.of(budget, actual)));
        return out;
    }

    /** Contacts per month, a series per channel; no series at all when nobody was contacted. */
    private ChartData interactions(Insights in) {
        List<String> months = new ArrayList<>();
        for (Month m : Month.values()) {
            months.add(m.getDisplayName(TextStyle.SHORT, msg.locale()));
        }
        Set<String> channels = new TreeSet<>();
        in.interactionsByMonth().values().forEach(c -> channels.addAll(c.keySet()));
        List<String> names = new ArrayList<>();
        List<Map<String, Number>> perChannel = new ArrayList<>();
        for (String channel : channels) {
            names.add(channelLabel(channel));
            Map<String, Number> counts = new LinkedHashMap<>();
            for (int m = 1; m <= 12; m++) {
                counts.put(months.get(m - 1), in.interactionsByMonth().getOrDefault(m, Map.of()).getOrDefault(channel, 0));
            }
            perChannel.add(counts);
        }
        return new ChartData(names, perChannel);
    }

    private String channelLabel(String channel) {
        try {
            return msg.of(InteractionChannel.valueOf(channel));
        } catch (IllegalArgumentException unknown) {
            return channel;
        }
    }

    /** A churn group's key in the user's words: a tier, a party type, or the industry as typed. */
    static String groupLabel(Messages msg, ChurnGroup by, String key) {
        if (by == ChurnGroup.TIER) {
            return msg.of(Tier.valueOf(key));
        }
        if (by == ChurnGroup.PARTY_TYPE) {
            return msg.of(PartyType.valueOf(key));
        }
        return key.isEmpty() ? msg.get("choice.none") : key;
    }

    private <E extends Enum<E>> Map<String, Number> label(Map<E, Integer> counts) {
        Map<String, Number> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(msg.of(k), v));
        return out;
    }
}
