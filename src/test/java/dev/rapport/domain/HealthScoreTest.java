package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HealthScoreTest {

    @Test
    void onlyPartsWithDataCountAndTheirWeightsAreScaledToTheWhole() {
        // satisfaction 3 (0.5 × 20) + social (2/3 × 10) + one key role of three (1/3 × 20) = 23.33 of 50
        EngagementFacts f = new EngagementFacts(null, false, 60, 1, null, null, 3, RelationshipLevel.SOCIAL);
        HealthScore h = HealthScore.of(f);
        assertThat(h.score()).isEqualTo(47);
        assertThat(h.parts()).extracting(HealthScore.Part::part)
                .containsExactly(HealthPart.KEY_PEOPLE, HealthPart.SATISFACTION, HealthPart.LEVEL);
    }

    @Test
    void everyPartFilledGivesTheWeightedWhole() {
        // fresh 45 of 30 days: 0.5 × 25; key 1/3 × 20; plan 0.5 × 15; one complaint 0.5 × 10;
        // satisfaction 3: 0.5 × 20; financial 1/3 × 10 → 12.5 + 6.67 + 7.5 + 5 + 10 + 3.33 = 45
        EngagementFacts f = new EngagementFacts(45, false, 30, 1, new BigDecimal("0.5"), 1, 3,
                RelationshipLevel.FINANCIAL);
        HealthScore h = HealthScore.of(f);
        assertThat(h.score()).isEqualTo(45);
        assertThat(h.parts()).hasSize(6);
        assertThat(h.parts().get(0).points()).isEqualTo(50);
        assertThat(h.parts().get(0).facts()).containsExactly(45, 30);
    }

    @Test
    void aStrongRelationshipScoresHundredAndANeglectedOneIsSuggestedAtRisk() {
        assertThat(HealthScore.of(new EngagementFacts(10, false, 30, 3, BigDecimal.ONE, 0, 5,
                RelationshipLevel.STRUCTURAL)).score()).isEqualTo(100);
        HealthScore weak = HealthScore.of(new EngagementFacts(null, true, 30, 0, null, 2, 1,
                RelationshipLevel.FINANCIAL));
        assertThat(weak.score()).isEqualTo(4);
        assertThat(weak.suggestsAtRisk(LifecycleStage.MAINTENANCE)).isTrue();
        assertThat(weak.suggestsAtRisk(LifecycleStage.PROSPECT)).isFalse();
        assertThat(weak.suggestsAtRisk(LifecycleStage.AT_RISK)).isFalse();
        assertThat(weak.suggestsAtRisk(LifecycleStage.EXITED)).isFalse();
    }

    @Test
    void freshnessIsFullWithinTheCadenceAndGoneAtTwiceIt() {
        assertThat(part(30, 30)).isEqualTo(100);
        assertThat(part(60, 30)).isZero();
        assertThat(part(75, 60)).isEqualTo(75);
    }

    private static int part(int days, int cadence) {
        return HealthScore.of(new EngagementFacts(days, false, cadence, null, null, null, null,
                RelationshipLevel.SOCIAL)).parts().get(0).points();
    }
}
