package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnAnalysisTest {
    private static final RetentionSettings TEN_PCT_THREE_YEARS = new RetentionSettings(BigDecimal.TEN, 3);
    private static final Period Y2025 = Period.year(2025);

    private static AccountExit exit(long id, String day, ExitReason reason, String revenue, String margin) {
        return new AccountExit(null, id, LocalDate.parse(day), reason, "", new BigDecimal(revenue),
                new BigDecimal(margin), false, "", null);
    }

    private static ChurnSubject subject(long id, String since, Tier tier, AccountExit... exits) {
        return new ChurnSubject(id, LocalDate.parse(since), tier, PartyType.CUSTOMER, "制造业 Manufacturing",
                List.of(exits));
    }

    @Test
    void theSeedsWorkedExampleSixThousandCustomersFivePercentLostCostThirtyThousandProfit() {
        List<ChurnSubject> subjects = new ArrayList<>();
        for (long id = 1; id <= 6000; id++) {
            subjects.add(id <= 300
                    ? subject(id, "2020-01-01", Tier.C, exit(id, "2025-06-30", ExitReason.PRICE, "1000", "10"))
                    : subject(id, "2020-01-01", Tier.C));
        }
        ChurnFigures f = ChurnAnalysis.figures(subjects, Y2025, TEN_PCT_THREE_YEARS);
        assertThat(f.accountsAtStart()).isEqualTo(6000);
        assertThat(f.exits()).isEqualTo(300);
        assertThat(f.exitsOfNewAccounts()).isZero();
        assertThat(f.churnRatePct()).contains(new BigDecimal("5.00"));
        assertThat(f.revenueLost()).isEqualByComparingTo("300000");
        assertThat(f.profitLost()).isEqualByComparingTo("30000");
        assertThat(f.breakEvenRetentionBudget()).isEqualByComparingTo("30000");
        // 100 a year for 3 years at 10 %: 90.909 + 82.645 + 75.131
        assertThat(f.averageLifetimeValueLost()).contains(new BigDecimal("248.69"));
    }

    @Test
    void withNoAccountsAtTheStartThereIsNoChurnRateButTheLossStillCounts() {
        List<ChurnSubject> subjects = List.of(
                subject(1, "2025-02-01", Tier.A, exit(1, "2025-11-15", ExitReason.COMPETITOR_OFFER, "5000", "20")),
                subject(2, "2025-03-01", Tier.B));
        ChurnFigures f = ChurnAnalysis.figures(subjects, Y2025, TEN_PCT_THREE_YEARS);
        assertThat(f.accountsAtStart()).isZero();
        assertThat(f.churnRatePct()).isEmpty();
        assertThat(f.exits()).isEqualTo(1);
        assertThat(f.exitsOfNewAccounts()).isEqualTo(1);
        assertThat(f.profitLost()).isEqualByComparingTo("1000");
    }

    @Test
    void anAccountWonAndLostInTheSamePeriodIsAnExitButNotPartOfTheRateBase() {
        List<ChurnSubject> subjects = new ArrayList<>();
        for (long id = 1; id <= 10; id++) {
            subjects.add(id == 1 ? subject(id, "2024-05-01", Tier.B, exit(id, "2025-04-01", ExitReason.SERVICE_QUALITY, "200", "25"))
                    : subject(id, "2024-05-01", Tier.B));
        }
        subjects.add(subject(11, "2025-03-01", Tier.C, exit(11, "2025-09-01", ExitReason.PRODUCT, "800", "10")));
        ChurnFigures f = ChurnAnalysis.figures(subjects, Y2025, TEN_PCT_THREE_YEARS);
        assertThat(f.accountsAtStart()).isEqualTo(10);
        assertThat(f.exits()).isEqualTo(2);
        assertThat(f.exitsOfNewAccounts()).isEqualTo(1);
        assertThat(f.churnRatePct()).contains(new BigDecimal("10.00"));
        assertThat(f.revenueLost()).isEqualByComparingTo("1000");
        assertThat(f.profitLost()).isEqualByComparingTo("130");
    }

    @Test
    void anAccountThatLeftLastYearIsNotCountedAtStartUnlessItWasWonBack() {
        AccountExit left2024 = exit(1, "2024-05-01", ExitReason.PRICE, "100", "10");
        AccountExit wonBack = exit(2, "2024-05-01", ExitReason.PRICE, "100", "10").reactivatedOn(LocalDate.parse("2024-11-01"));
        List<ChurnSubject> subjects = List.of(subject(1, "2020-01-01", Tier.A, left2024),
                subject(2, "2020-01-01", Tier.A, wonBack), subject(3, "2020-01-01", Tier.A));
        assertThat(ChurnAnalysis.figures(subjects, Y2025, TEN_PCT_THREE_YEARS).accountsAtStart()).isEqualTo(2);
        ChurnFigures y2024 = ChurnAnalysis.figures(subjects, Period.year(2024), TEN_PCT_THREE_YEARS);
        assertThat(y2024.accountsAtStart()).isEqualTo(3);
        assertThat(y2024.exits()).isEqualTo(2);
        assertThat(y2024.churnRatePct()).contains(new BigDecimal("66.67"));
    }

    @Test
    void theTableBreaksChurnDownByTierAndCountsExitsByReason() {
        List<ChurnSubject> subjects = List.of(
                subject(1, "2020-01-01", Tier.A, exit(1, "2025-02-01", ExitReason.PRICE, "1000", "10")),
                subject(2, "2020-01-01", Tier.A),
                subject(3, "2020-01-01", Tier.C, exit(3, "2025-03-01", ExitReason.PRICE, "100", "10")),
                subject(4, "2020-01-01", Tier.C, exit(4, "2025-10-01", ExitReason.TECHNOLOGY, "100", "10")),
                subject(5, "2020-01-01", Tier.C, exit(5, "2024-10-01", ExitReason.POLITICAL, "100", "10")));
        ChurnAnalysis.Table t = ChurnAnalysis.table(subjects, Y2025, ChurnGroup.TIER, TEN_PCT_THREE_YEARS);
        assertThat(t.rows()).extracting(ChurnAnalysis.Row::group).containsExactly("A", "C");
        assertThat(t.rows().get(0).figures().churnRatePct()).contains(new BigDecimal("50.00"));
        assertThat(t.rows().get(1).figures().accountsAtStart()).isEqualTo(2);
        assertThat(t.rows().get(1).figures().churnRatePct()).contains(new BigDecimal("100.00"));
        assertThat(t.total().exits()).isEqualTo(3);
        assertThat(t.exitsByReason().get(ExitReason.PRICE)).isEqualTo(2);
        assertThat(t.exitsByReason().get(ExitReason.TECHNOLOGY)).isEqualTo(1);
        assertThat(t.exitsByReason().get(ExitReason.POLITICAL)).isZero();
        assertThat(t.exitsByReason()).hasSize(ExitReason.values().length);
    }

    private static AccountSegment segment(Tier tier, PartyType partyType, String industry) {
        return new AccountSegment(tier, partyType, industry);
    }

    @Test
    void anExitCountsInTheGroupTheAccountWasInWhenItLeftNotWhereALaterEditMovedIt() {
        // left as a tier-A customer in manufacturing; the rep has since made it a tier-C distributor in logistics
        AccountExit leftAsA = exit(1, "2025-06-30", ExitReason.PRICE, "1000", "10")
                .withSegmentAtExit(segment(Tier.A, PartyType.CUSTOMER, "制造业 Manufacturing"));
        List<ChurnSubject> subjects = List.of(
                new ChurnSubject(1, LocalDate.parse("2020-01-01"), Tier.C, PartyType.DISTRIBUTOR, "物流 Logistics",
                        List.of(leftAsA)),
                subject(2, "2020-01-01", Tier.C));

        ChurnAnalysis.Table byTier = ChurnAnalysis.table(subjects, Y2025, ChurnGroup.TIER, TEN_PCT_THREE_YEARS);
        assertThat(byTier.rows()).extracting(ChurnAnalysis.Row::group).containsExactly("A", "C");
        ChurnFigures a = byTier.rows().get(0).figures();
        assertThat(a.accountsAtStart()).isEqualTo(1);
        assertThat(a.exits()).isEqualTo(1);
        assertThat(a.churnRatePct()).contains(new BigDecimal("100.00"));
        ChurnFigures c = byTier.rows().get(1).figures();
        assertThat(c.accountsAtStart()).isEqualTo(1);
        assertThat(c.exits()).isZero();
        assertThat(c.churnRatePct()).contains(new BigDecimal("0.00"));

        assertThat(ChurnAnalysis.table(subjects, Y2025, ChurnGroup.PARTY_TYPE, TEN_PCT_THREE_YEARS).rows())
                .extracting(ChurnAnalysis.Row::group).containsExactly("CUSTOMER");
        assertThat(ChurnAnalysis.table(subjects, Y2025, ChurnGroup.INDUSTRY, TEN_PCT_THREE_YEARS).rows())
                .extracting(ChurnAnalysis.Row::group).containsExactly("制造业 Manufacturing");
        // and in a year after it left it is gone from the figures, not counted again under C
        ChurnAnalysis.Table next = ChurnAnalysis.table(subjects, Period.year(2026), ChurnGroup.TIER, TEN_PCT_THREE_YEARS);
        assertThat(next.rows()).singleElement().satisfies(r -> {
            assertThat(r.group()).isEqualTo("C");
            assertThat(r.figures().accountsAtStart()).isEqualTo(1);
        });
    }

    @Test
    void aWonBackAccountCountsWhereItWasWhenItLeftForThatPeriodAndAsItIsNowOnceBack() {
        AccountExit leftAsA = exit(1, "2025-03-01", ExitReason.PRICE, "1000", "10")
                .withSegmentAtExit(segment(Tier.A, PartyType.CUSTOMER, "制造业 Manufacturing"))
                .reactivatedOn(LocalDate.parse("2025-09-01"));
        ChurnSubject s = subject(1, "2020-01-01", Tier.C, leftAsA);

        assertThat(s.groupedFor(Y2025).tier()).isEqualTo(Tier.A);
        assertThat(s.groupedFor(Period.year(2024)).tier()).as("still a customer then, and it left as A").isEqualTo(Tier.A);
        assertThat(s.groupedFor(Period.year(2026)).tier()).as("back before 2026 began").isEqualTo(Tier.C);
        assertThat(s.groupedFor(Period.quarter(2025, 3)).tier()).as("back on 1 September, within Q3").isEqualTo(Tier.A);
        assertThat(s.groupedFor(Period.quarter(2025, 4)).tier()).isEqualTo(Tier.C);
        assertThat(s.groupedFor(Y2025).groupedFor(Y2025)).isEqualTo(s.groupedFor(Y2025));
        ChurnAnalysis.Table t = ChurnAnalysis.table(List.of(s), Y2025, ChurnGroup.TIER, TEN_PCT_THREE_YEARS);
        assertThat(t.rows()).singleElement().satisfies(r -> {
            assertThat(r.group()).isEqualTo("A");
            assertThat(r.figures().exits()).isEqualTo(1);
        });
    }

    @Test
    void anExitWithoutARecordedSegmentLeavesTheAccountInItsCurrentGroup() {
        ChurnSubject s = subject(1, "2020-01-01", Tier.B, exit(1, "2025-06-30", ExitReason.PRICE, "1000", "10"));
        assertThat(s.groupedFor(Y2025)).isSameAs(s);
        assertThat(ChurnAnalysis.table(List.of(s), Y2025, ChurnGroup.TIER, TEN_PCT_THREE_YEARS).rows())
                .extracting(ChurnAnalysis.Row::group).containsExactly("B");
    }

    @Test
    void aQuarterRunsThreeMonthsAndAYearEndsOnTheLastOfDecember() {
        assertThat(Period.quarter(2025, 4).start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(Period.quarter(2025, 4).end()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Period.year(2025).lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Period.quarter(2025, 1).contains(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(Period.quarter(2025, 1).contains(LocalDate.of(2025, 4, 1))).isFalse();
    }

    @Test
    void anExitNeedsRevenueAndMarginAndCannotLieInTheFuture() {
        AccountExit bad = new AccountExit(null, 1, LocalDate.of(2026, 1, 2), ExitReason.OTHER, "", null,
                new BigDecimal("120"), true, "", null);
        assertThat(ExitRules.check(bad, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("exitedOn", "customerSince", "revenueAtExit", "marginPctAtExit");
    }
}
