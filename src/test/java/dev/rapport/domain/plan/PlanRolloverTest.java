package dev.rapport.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.RelationshipLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanRolloverTest {

    private static Plan thisYear() {
        Plan p = PlanReviewTest.plan().withContent(new Objectives(new BigDecimal("2000000"), new BigDecimal("30"),
                RelationshipLevel.STRUCTURAL, 4, "成为首选供应商"),
                new Swot(List.of("Long history"), List.of("价格偏高"), List.of("New plant"), List.of("Competitor X")),
                "Monthly call with 王总").withStatus(PlanStatus.CLOSED)
                .withReview(new YearEndReview(new BigDecimal("1"), null, null, null, "done", LocalDate.of(2024, 12, 31)));
        return p;
    }

    @Test
    void nextYearStartsAsADraftWithTheSameObjectivesSwotStrategyAndBudgetButNoReview() {
        Plan next = PlanRollover.nextYear(thisYear(), false);
        assertThat(next.id()).isNull();
        assertThat(next.accountId()).isEqualTo(7);
        assertThat(next.year()).isEqualTo(2025);
        assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(next.objectives()).isEqualTo(thisYear().objectives());
        assertThat(next.swot().weaknesses()).containsExactly("价格偏高");
        assertThat(next.strategy()).isEqualTo("Monthly call with 王总");
        assertThat(next.budget()).isEqualByComparingTo("60000");
        assertThat(next.review().isEmpty()).isTrue();
    }

    @Test
    void onlyRecurringActionsAreCopiedAsFreshPlannedActionsAYearLater() {
        Plan next = PlanRollover.nextYear(thisYear(), false);
        assertThat(next.actions()).extracting(PlanAction::title)
                .containsExactly("王总生日鲜花", "Training for the buyers");
        PlanAction training = next.actions().get(1);
        assertThat(training.date()).isEqualTo(LocalDate.of(2025, 6, 15));
        assertThat(training.month()).isEqualTo(YearMonth.of(2025, 6));
        assertThat(training.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(training.actualCost()).isNull();
        assertThat(training.effect()).isNull();
        assertThat(training.doneOn()).isNull();
        assertThat(training.budget()).isEqualByComparingTo("30000");
        assertThat(training.recurring()).isTrue();
        assertThat(training.id()).isNull();
        assertThat(PlanRules.check(next)).isEmpty();
    }

    @Test
    void anActionOn29FebruaryFallsOn28FebruaryInTheCommonYearAfter() {
        Plan next = PlanRollover.nextYear(thisYear(), false);
        assertThat(next.actions().get(0).date()).isEqualTo(LocalDate.of(2025, 2, 28));
        // and from a common year into a leap year it stays on the 28th
        Plan after = PlanRollover.nextYear(PlanRollover.nextYear(PlanRollover.nextYear(next, false), false), false);
        assertThat(after.year()).isEqualTo(2028);
        assertThat(after.actions().get(0).date()).isEqualTo(LocalDate.of(2028, 2, 28));
    }

    @Test
    void openActionsAreCarriedForwardOnlyOnRequestMonthOnlyActionsStayMonthOnly() {
        Plan next = PlanRollover.nextYear(thisYear(), true);
        assertThat(next.actions()).extracting(PlanAction::title).containsExactly("Year-end rebate", "王总生日鲜花",
                "中秋拜访", "Training for the buyers");
        PlanAction rebate = next.actions().get(0);
        assertThat(rebate.date()).isNull();
        assertThat(rebate.month()).isEqualTo(YearMonth.of(2025, 12));
        PlanAction visit = next.actions().get(2);
        assertThat(visit.status()).as("postponed becomes planned again").isEqualTo(ActionStatus.PLANNED);
        assertThat(visit.month()).isEqualTo(YearMonth.of(2025, 9));
        assertThat(visit.recurring()).isFalse();
    }

    @Test
    void movingAnActionToAShorterMonthKeepsItInThatMonth() {
        PlanAction onThe31st = PlanAction.planned("Visit", RelationshipLevel.SOCIAL, ActionType.VISIT,
                YearMonth.of(2024, 5)).onDate(LocalDate.of(2024, 5, 31));
        assertThat(onThe31st.movedTo(YearMonth.of(2024, 6)).date()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(onThe31st.movedTo(YearMonth.of(2024, 2)).date()).isEqualTo(LocalDate.of(2024, 2, 29));
        PlanAction monthOnly = PlanAction.planned("Visit", RelationshipLevel.SOCIAL, ActionType.VISIT,
                YearMonth.of(2024, 5));
        PlanAction moved = monthOnly.movedTo(YearMonth.of(2024, 8));
        assertThat(moved.date()).isNull();
        assertThat(moved.month()).isEqualTo(YearMonth.of(2024, 8));
        assertThat(moved.dueBy()).isEqualTo(LocalDate.of(2024, 8, 31));
    }

    @Test
    void markingDoneKeepsACostEnteredBeforeWhenTheLogCarriesNone() {
        PlanAction gift = PlanAction.planned("Flowers for 李娜", RelationshipLevel.SOCIAL, ActionType.GIFT,
                YearMonth.of(2026, 3)).withOutcome(new BigDecimal("350"), null, "");
        PlanAction done = gift.done(LocalDate.of(2026, 3, 8), null);
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.doneOn()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(done.actualCost()).isEqualByComparingTo("350");
        assertThat(gift.done(LocalDate.of(2026, 3, 8), new BigDecimal("420")).actualCost()).isEqualByComparingTo("420");
        assertThat(done.withStatus(ActionStatus.PLANNED).doneOn()).isNull();
    }
}
