package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueMeasuresTest {

    @Test
    void lifetimeValueIsThePresentValueOfTheYearlyMargin() {
        // 20,000 a year for 3 years at 10 %: 18,181.82 + 16,528.93 + 15,026.30
        assertThat(LifetimeValue.of(new BigDecimal("100000"), new BigDecimal("20"),
                new RetentionSettings(BigDecimal.TEN, 3))).isEqualByComparingTo("49737.04");
        assertThat(LifetimeValue.of(new BigDecimal("10000"), new BigDecimal("10"),
                new RetentionSettings(BigDecimal.ZERO, 5))).isEqualByComparingTo("5000.00");
        assertThat(LifetimeValue.of(null, BigDecimal.TEN, RetentionSettings.DEFAULTS)).isNull();
    }

    @Test
    void abcGivesAToTheAccountsThatBringTheFirstEightyPercent() {
        Map<Long, BigDecimal> values = new HashMap<>();
        long id = 1;
        for (int v : new int[] {50, 20, 10, 8, 5, 4, 3}) {
            values.put(id++, BigDecimal.valueOf(v));
        }
        values.put(99L, null);
        Map<Long, Tier> tiers = AbcClassification.propose(values);
        assertThat(List.of(1L, 2L, 3L)).allMatch(i -> tiers.get(i) == Tier.A);
        assertThat(List.of(4L, 5L, 6L)).allMatch(i -> tiers.get(i) == Tier.B);
        assertThat(tiers.get(7L)).isEqualTo(Tier.C);
        assertThat(tiers.get(99L)).isEqualTo(Tier.C);
    }

    @Test
    void abcOnMarginRanksByRevenueTimesMargin() {
        Account big = Account.named("Big 大客户");
        Account lean = new Account(null, "Lean", PartyType.CUSTOMER, Tier.A, LifecycleStage.GROWTH,
                RelationshipLevel.SOCIAL, null, "", "", "", "", new BigDecimal("1000"), new BigDecimal("12.5"),
                null, null, "", List.of(), "", null, null, 0L);
        assertThat(AbcClassification.valueOf(lean, AbcBasis.MARGIN)).isEqualByComparingTo("125");
        assertThat(AbcClassification.valueOf(lean, AbcBasis.REVENUE)).isEqualByComparingTo("1000");
        assertThat(AbcClassification.valueOf(big, AbcBasis.MARGIN)).isNull();
    }

    @Test
    void rfmScoresByQuintileAndLeavesPartsWithoutDataEmpty() {
        List<Rfm.Input> inputs = List.of(
                new Rfm.Input(1, 5, 12, new BigDecimal("10")),
                new Rfm.Input(2, 20, 6, new BigDecimal("20")),
                new Rfm.Input(3, 40, 4, new BigDecimal("30")),
                new Rfm.Input(4, 90, 2, new BigDecimal("40")),
                new Rfm.Input(5, 400, 0, new BigDecimal("50")),
                new Rfm.Input(6, null, null, null));
        Map<Long, Rfm> rfm = Rfm.score(inputs);
        assertThat(rfm.get(1L)).isEqualTo(new Rfm(5, 5, 1));
        assertThat(rfm.get(5L)).isEqualTo(new Rfm(1, 1, 5));
        assertThat(rfm.get(3L)).isEqualTo(new Rfm(3, 3, 3));
        assertThat(rfm.get(6L).isEmpty()).isTrue();
    }

    @Test
    void equalValuesShareAnRfmScore() {
        Map<Long, Rfm> rfm = Rfm.score(List.of(new Rfm.Input(1, null, null, BigDecimal.ONE),
                new Rfm.Input(2, null, null, BigDecimal.ONE), new Rfm.Input(3, null, null, BigDecimal.TEN)));
        assertThat(rfm.get(1L).monetary()).isEqualTo(rfm.get(2L).monetary()).isEqualTo(1);
        assertThat(rfm.get(3L).monetary()).isEqualTo(4);
    }
}
