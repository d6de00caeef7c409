package dev.rapport.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.i18n.Messages;
import dev.rapport.ui.pages.InsightsPage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 19: a chart says it is loading, then whether it has anything to show, never bare axes. */
class InsightsChartViewTest {
    private final Messages msg = new Messages(Locale.SIMPLIFIED_CHINESE);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aChartSaysLoadingUntilItsFiguresThenNothingToShowOrNothing() throws Exception {
        InsightsChartView view = WaitForAsyncUtils.asyncFx(() -> new InsightsChartView("tier", msg, 400, c -> { }))
                .get(10, TimeUnit.SECONDS);
        Label note = InsightsPage.chartNoteIn(view.node(), "tier");
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo(msg.get("task.loading"));

        Map<String, Number> zeroes = new LinkedHashMap<>();
        zeroes.put("A", 0);
        zeroes.put("B", 0);
        WaitForAsyncUtils.asyncFx(() -> view.show(ChartData.single(zeroes))).get(10, TimeUnit.SECONDS);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo(msg.get("insights.chart.nothing"));

        WaitForAsyncUtils.asyncFx(() -> view.show(new ChartData(List.of(), List.of()))).get(10, TimeUnit.SECONDS);
        assertThat(note.isVisible()).as("no series at all").isTrue();

        Map<String, Number> bars = new LinkedHashMap<>(zeroes);
        bars.put("B", 3);
        WaitForAsyncUtils.asyncFx(() -> view.show(ChartData.single(bars))).get(10, TimeUnit.SECONDS);
        assertThat(note.isVisible()).as("bars to see").isFalse();
    }
}
