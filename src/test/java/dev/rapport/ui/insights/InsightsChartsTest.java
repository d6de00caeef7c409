package dev.rapport.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.AccountGroup;
import dev.rapport.domain.ChurnGroup;
import dev.rapport.domain.ExitReason;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Insights;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import dev.rapport.i18n.Messages;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The charts' bars from the figures, without the toolkit: what the view used to work out itself. */
class InsightsChartsTest {
    private final Messages msg = new Messages(Locale.ENGLISH);

    private static Insights contacts(Map<Integer, Map<String, Integer>> byMonth) {
        return new Insights(2026, AccountGroup.ALL, Insights.zeroes(Tier.class), Insights.zeroes(LifecycleStage.class),
                Insights.zeroes(RelationshipLevel.class), Insights.zeroes(ExitReason.class), List.of(), Map.of(),
                Map.of(), byMonth);
    }

    @Test
    void everyChartGetsItsBarsAndCountsAreLabelledInTheUsersWords() {
        Map<String, ChartData> charts = new InsightsCharts(msg, ChurnGroup.TIER).of(contacts(Map.of()));

        assertThat(charts).containsOnlyKeys("tier", "stage", "level", "reasons", "churnGroup", "health",
                "interactions", "planDone", "budget");
        ChartData tier = charts.get("tier");
        assertThat(tier.named()).as("one series, no legend").isFalse();
        assertThat(tier.values().get(0)).containsKey(msg.of(Tier.A));
        assertThat(charts.get("planDone").names()).containsExactly(msg.get("insights.series.planned"),
                msg.get("insights.series.done"));
        assertThat(charts.get("interactions").values()).as("nobody contacted: no series").isEmpty();
    }

    @Test
    void contactsPerMonthHaveASeriesPerChannelOverTwelveMonths() {
        ChartData contacts = new InsightsCharts(msg, ChurnGroup.TIER)
                .of(contacts(Map.of(3, Map.of("VISIT", 2), 5, Map.of("CALL", 1, "VISIT", 4)))).get("interactions");

        assertThat(contacts.names()).containsExactly(msg.of(InteractionChannel.CALL), msg.of(InteractionChannel.VISIT));
        Map<String, Number> visits = contacts.values().get(1);
        assertThat(visits).hasSize(12);
        assertThat(visits.get(Month.MARCH.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))).isEqualTo(2);
        assertThat(visits.get(Month.MAY.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))).isEqualTo(4);
        assertThat(visits.get(Month.JUNE.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))).isEqualTo(0);
    }

    @Test
    void aChurnGroupIsNamedAsTheBreakdownChosenNamesIt() {
        assertThat(InsightsCharts.groupLabel(msg, ChurnGroup.TIER, "A")).isEqualTo(msg.of(Tier.A));
        assertThat(InsightsCharts.groupLabel(msg, ChurnGroup.INDUSTRY, "")).isEqualTo(msg.get("choice.none"));
        assertThat(InsightsCharts.groupLabel(msg, ChurnGroup.INDUSTRY, "汽车")).isEqualTo("汽车");
    }
}
