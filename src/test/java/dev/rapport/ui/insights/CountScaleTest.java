package dev.rapport.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountScaleTest {

    @Test
    void smallCountsStepByOne() {
        assertThat(CountScale.tickUnit(0)).isEqualTo(1);
        assertThat(CountScale.tickUnit(1)).isEqualTo(1);
        assertThat(CountScale.tickUnit(7)).isEqualTo(1);
        assertThat(CountScale.tickUnit(10)).isEqualTo(1);
    }

    @Test
    void largerCountsStepByOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(CountScale.tickUnit(18)).isEqualTo(2);
        assertThat(CountScale.tickUnit(36)).isEqualTo(5);
        assertThat(CountScale.tickUnit(95)).isEqualTo(10);
        assertThat(CountScale.tickUnit(180)).isEqualTo(20);
        assertThat(CountScale.tickUnit(1234)).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, 2, 3, 6, 11, 17.5, 18, 19, 23, 40, 99, 101, 555, 9999})
    void everyTickIsAWholeNumberAndTheAxisCoversTheLargestCountInAtMostTenSteps(double max) {
        long unit = CountScale.tickUnit(max);
        long top = CountScale.upperBound(max, unit);
        assertThat(unit).isGreaterThanOrEqualTo(1);
        assertThat(top % unit).isZero();
        assertThat((double) top).isGreaterThanOrEqualTo(max);
        assertThat(top / unit).isBetween(1L, (long) CountScale.MAX_STEPS);
    }

    @Test
    void anEmptyChartStillShowsOneWholeStep() {
        assertThat(CountScale.upperBound(0, 1)).isEqualTo(1);
    }

    @Test
    void theInsightsGridPutsTwoCardsInARowOfAWideWindowAndOneInANarrowOne() {
        assertThat(InsightsView.columns(1000)).isEqualTo(2);
        assertThat(InsightsView.columns(1250)).isEqualTo(2);
        assertThat(InsightsView.columns(1500)).isEqualTo(3);
        assertThat(InsightsView.columns(600)).isEqualTo(1);
        assertThat(InsightsView.columns(100)).isEqualTo(1);
    }

    @Test
    void categoryLabelsTurnUprightOnlyWhenTheyDoNotFitSideBySide() {
        assertThat(InsightsChartView.labelRotation(60, 420, 6)).isZero();
        assertThat(InsightsChartView.labelRotation(120, 420, 9)).isEqualTo(90);
        assertThat(InsightsChartView.labelRotation(20, 420, 12)).isZero();
    }
}
