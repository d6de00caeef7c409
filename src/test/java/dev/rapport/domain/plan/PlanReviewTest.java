package dev.rapport.domain.plan;

import static dev.rapport.domain.plan.PlanFixtures.action;
import static dev.rapport.domain.plan.PlanFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.RelationshipLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanReviewTest {
    static final PlanAction POINTS = action("积分奖励 on repeat orders", RelationshipLevel.FINANCIAL,
            ActionType.LOYALTY_POINTS, YearMonth.of(2024, 3), null, "10000", ActionStatus.DONE, "9500.50", 4, false);
    static final PlanAction REBATE = action("Year-end rebate", RelationshipLevel.FINANCIAL,
            ActionType.DISCOUNT_REBATE, YearMonth.of(2024, 12), null, "20000", ActionStatus.PLANNED, null, null, false);
    static final PlanAction BIRTHDAY = action("王总生日鲜花", RelationshipLevel.SOCIAL, ActionType.GIFT,
            null, LocalDate.of(2024, 2, 29), "800", ActionStatus.DONE, "1000", 5, true);
    static final PlanAction DINNER = action("Dinner with Mme Dubois", RelationshipLevel.SOCIAL, ActionType.MEAL,
            YearMonth.of(2024, 5), null, "1500", ActionStatus.CANCELLED, "200", null, false);
    static final PlanAction MID_AUTUMN = action("中秋拜访", RelationshipLevel.SOCIAL, ActionType.VISIT,
            YearMonth.of(2024, 9), null, "500", ActionStatus.POSTPONED, null, null, false);
    static final PlanAction TRAINING = action("Training for the buyers", RelationshipLevel.STRUCTURAL,
            ActionType.TRAINING, null, LocalDate.of(2024, 6, 15), "30000", ActionStatus.DONE, "28000", 3, true);

    static Plan plan() {
        return Plan.draft(7, 2024).withBudget(new BigDecimal("60000"))
                .withActions(List.of(POINTS, REBATE, BIRTHDAY, DINNER, MID_AUTUMN, TRAINING));
    }

    @Test
    void eachLevelCountsPlannedAndDoneActionsLeavingCancelledOnesOut() {
        PlanReview r = plan().figures();
        LevelFigures financial = r.level(RelationshipLevel.FINANCIAL);
        assertThat(financial.planned()).isEqualTo(2);
        assertThat(financial.done()).isEqualTo(1);
        LevelFigures social = r.level(RelationshipLevel.SOCIAL);
        assertThat(social.planned()).isEqualTo(2);
        assertThat(social.done()).isEqualTo(1);
        assertThat(social.cancelled()).isEqualTo(1);
        LevelFigures structural = r.level(RelationshipLevel.STRUCTURAL);
        assertThat(structural.planned()).isEqualTo(1);
        assertThat(structural.done()).isEqualTo(1);
        assertThat(r.total().planned()).isEqualTo(5);
        assertThat(r.total().done()).isEqualTo(3);
        assertThat(r.total().doneShare()).isEqualTo(0.6);
    }

    @Test
    void budgetLeavesCancelledActionsOutButActualKeepsWhatTheyCostBeforeTheyWereCancelled() {
        PlanReview r = plan().figures();
        assertThat(r.level(RelationshipLevel.FINANCIAL).budget()).isEqualByComparingTo("30000");
        assertThat(r.level(RelationshipLevel.FINANCIAL).actual()).isEqualByComparingTo("9500.50");
        // 800 + 500; the cancelled dinner's 1500 is not planned any more
        assertThat(r.level(RelationshipLevel.SOCIAL).budget()).isEqualByComparingTo("1300");
        // 1000 for the flowers + 200 deposit for the cancelled dinner
        assertThat(r.level(RelationshipLevel.SOCIAL).actual()).isEqualByComparingTo("1200");
        assertThat(r.level(RelationshipLevel.SOCIAL).variance()).isEqualByComparingTo("-100");
        assertThat(r.level(RelationshipLevel.STRUCTURAL).budget()).isEqualByComparingTo("30000");
        assertThat(r.level(RelationshipLevel.STRUCTURAL).actual()).isEqualByComparingTo("28000");
        assertThat(r.total().budget()).isEqualByComparingTo("61300");
        assertThat(r.total().actual()).isEqualByComparingTo("38700.50");
    }

    @Test
    void averageEffectIsOverRatedActionsOnlyToTwoDecimals() {
        PlanReview r = plan().figures();
        assertThat(r.level(RelationshipLevel.FINANCIAL).averageEffect()).isEqualTo(new BigDecimal("4.00"));
        assertThat(r.level(RelationshipLevel.SOCIAL).averageEffect()).isEqualTo(new BigDecimal("5.00"));
        assertThat(r.total().averageEffect()).isEqualTo(new BigDecimal("4.00"));
        List<PlanAction> rated = List.of(POINTS.withOutcome(null, 1, ""), REBATE.withOutcome(null, 2, ""),
                POINTS.withOutcome(null, 2, ""));
        // (1 + 2 + 2) / 3 = 1.666...
        assertThat(LevelFigures.of(null, rated).averageEffect()).isEqualTo(new BigDecimal("1.67"));
        assertThat(LevelFigures.of(RelationshipLevel.STRUCTURAL, rated).averageEffect()).isNull();
    }

    @Test
    void actionsPlannedBeyondThePlansBudgetAreAllowedButFlagged() {
        PlanReview r = plan().figures();
        assertThat(PlanRules.check(plan())).isEmpty();
        assertThat(r.plannedExceedsBudget()).isTrue();
        assertThat(r.actualExceedsBudget()).isFalse();
        assertThat(r.budgetFlagged()).isTrue();
        // 38,700.50 of 60,000 = 64.50083 %
        assertThat(r.budgetUsedPct()).isEqualTo(new BigDecimal("64.5"));

        PlanReview exact = plan().withBudget(new BigDecimal("61300")).figures();
        assertThat(exact.plannedExceedsBudget()).isFalse();
        PlanReview overspent = plan().withBudget(new BigDecimal("38000")).figures();
        assertThat(overspent.actualExceedsBudget()).isTrue();
        PlanReview noBudget = plan().withBudget(null).figures();
        assertThat(noBudget.budgetFlagged()).isFalse();
        assertThat(noBudget.budgetUsedPct()).isNull();
    }

    @Test
    void theYearsFiguresAreComparedWithTheObjectives() {
        Plan p = plan().withContent(new Objectives(new BigDecimal("2000000"), new BigDecimal("30"),
                RelationshipLevel.STRUCTURAL, 4, "成为首选供应商"), Swot.EMPTY, "")
                .withReview(new YearEndReview(new BigDecimal("1850000"), new BigDecimal("27.5"),
                        RelationshipLevel.SOCIAL, 4, "Good year", LocalDate.of(2024, 12, 20)));
        PlanReview r = p.figures();
        // 1,850,000 / 2,000,000 = 92.5 %
        assertThat(r.revenueAchievedPct()).isEqualTo(new BigDecimal("92.5"));
        assertThat(r.shareOfWalletGap()).isEqualByComparingTo("-2.5");
        assertThat(r.levelTargetMet()).isFalse();
        Plan reached = p.withReview(new YearEndReview(null, null, RelationshipLevel.STRUCTURAL, null, "", null));
        assertThat(reached.figures().levelTargetMet()).isTrue();
        assertThat(reached.figures().revenueAchievedPct()).isNull();
    }

    @Test
    void anEmptyPlanHasZeroFiguresAndNoAverage() {
        PlanReview r = Plan.draft(1, 2026).figures();
        assertThat(r.total().planned()).isZero();
        assertThat(r.total().budget()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(r.total().averageEffect()).isNull();
        assertThat(r.total().doneShare()).isZero();
        assertThat(money("0")).isEqualByComparingTo(r.total().actual());
    }

    @Test
    void closingFillsOnlyTheEmptyReviewFieldsFromTheAccountAndTodayAndKeepsTheConclusion() {
        dev.rapport.domain.Account account = new dev.rapport.domain.Account(7L, "杭州瑞丰电子", dev.rapport.domain.PartyType.CUSTOMER,
                dev.rapport.domain.Tier.A, dev.rapport.domain.LifecycleStage.GROWTH, RelationshipLevel.STRUCTURAL, null,
                "", "", "", "", new BigDecimal("1850000"), new BigDecimal("20"), new BigDecimal("32.5"), 4, "",
                List.of(), "", null, null, 0L);
        YearEndReview filled = YearEndReview.NONE.filledFrom(account, LocalDate.of(2025, 1, 8));
        assertThat(filled.actualRevenue()).isEqualByComparingTo("1850000");
        assertThat(filled.actualShareOfWallet()).isEqualByComparingTo("32.5");
        assertThat(filled.levelReached()).isEqualTo(RelationshipLevel.STRUCTURAL);
        assertThat(filled.actualSatisfaction()).isEqualTo(4);
        assertThat(filled.reviewedOn()).isEqualTo(LocalDate.of(2025, 1, 8));
        assertThat(filled.conclusion()).isEmpty();

        YearEndReview typed = new YearEndReview(new BigDecimal("1700000"), null, RelationshipLevel.SOCIAL, null,
                "稳中有升", LocalDate.of(2024, 12, 20));
        YearEndReview kept = typed.filledFrom(account, LocalDate.of(2025, 1, 8));
        assertThat(kept.actualRevenue()).isEqualByComparingTo("1700000");
        assertThat(kept.actualShareOfWallet()).isEqualByComparingTo("32.5");
        assertThat(kept.levelReached()).isEqualTo(RelationshipLevel.SOCIAL);
        assertThat(kept.conclusion()).isEqualTo("稳中有升");
        assertThat(kept.reviewedOn()).isEqualTo(LocalDate.of(2024, 12, 20));
    }
}
