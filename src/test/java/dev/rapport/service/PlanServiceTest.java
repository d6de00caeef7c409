package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.FieldProblem;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.ValidationException;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.DueAction;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlannerFilter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanServiceTest {
    @TempDir
    Path dataDir;

    private AppContext ctx;
    private Account account;

    @BeforeEach
    void open() {
        ctx = AppContext.open(dataDir, Clock.fixed(Instant.parse("2026-06-10T08:00:00Z"), ZoneOffset.UTC));
        account = ctx.accounts().save(Account.named("杭州瑞丰电子"));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private Plan planWithActions() {
        return Plan.draft(account.id(), 2026).withBudget(new BigDecimal("10000")).withActions(List.of(
                PlanAction.planned("Points", RelationshipLevel.FINANCIAL, ActionType.LOYALTY_POINTS,
                        YearMonth.of(2026, 3)).withBudget(new BigDecimal("4000")),
                PlanAction.planned("端午礼品", RelationshipLevel.SOCIAL, ActionType.GIFT, YearMonth.of(2026, 6))
                        .withBudget(new BigDecimal("600")).withRecurring(true),
                PlanAction.planned("Training", RelationshipLevel.STRUCTURAL, ActionType.TRAINING,
                        YearMonth.of(2026, 11)).withBudget(new BigDecimal("8000"))));
    }

    @Test
    void aSecondPlanForTheSameYearIsRefusedWithAMessageNamingTheAccountAndYear() {
        ctx.plans().save(Plan.draft(account.id(), 2026));
        assertThatThrownBy(() -> ctx.plans().save(Plan.draft(account.id(), 2026)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    FieldProblem p = e.problems().get(0);
                    assertThat(p.messageKey()).isEqualTo("plans.error.duplicate");
                    assertThat(ctx.messages().of(p)).contains("杭州瑞丰电子").contains("2026").doesNotContain("2,026");
                });
        assertThat(ctx.plans().countFor(account.id())).isEqualTo(1);
        assertThat(ctx.plans().save(Plan.draft(account.id(), 2027)).year()).isEqualTo(2027);
    }

    @Test
    void negativeMoneyIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> ctx.plans().save(Plan.draft(account.id(), 2026).withBudget(new BigDecimal("-1"))))
                .isInstanceOf(ValidationException.class);
        assertThat(ctx.plans().countFor(account.id())).isZero();
        Plan saved = ctx.plans().save(planWithActions());
        long actionId = saved.actions().get(0).id();
        assertThatThrownBy(() -> ctx.plans().markActionDone(actionId, null, new BigDecimal("-5")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("actualCost"));
        assertThat(ctx.plans().findAction(actionId).orElseThrow().status()).isEqualTo(ActionStatus.PLANNED);
    }

    @Test
    void markingAnActionDoneRecordsDayAndCostAndShowsInTheReview() {
        Plan saved = ctx.plans().save(planWithActions());
        long giftId = saved.actions().get(1).id();
        PlanAction done = ctx.plans().markActionDone(giftId, LocalDate.of(2026, 6, 2), new BigDecimal("650"));
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.doneOn()).isEqualTo(LocalDate.of(2026, 6, 2));
        PlanAction today = ctx.plans().markActionDone(saved.actions().get(0).id(), null, null);
        assertThat(today.doneOn()).isEqualTo(LocalDate.of(2026, 6, 10));
        Plan back = ctx.plans().find(saved.id()).orElseThrow();
        assertThat(back.figures().total().done()).isEqualTo(2);
        assertThat(back.figures().level(RelationshipLevel.SOCIAL).actual()).isEqualByComparingTo("650");
        // 4000 + 600 + 8000 = 12,600 planned against 10,000
        assertThat(back.figures().plannedExceedsBudget()).isTrue();
    }

    @Test
    void anActionMovesToAnotherMonthOfItsYearButNotOutOfIt() {
        Plan saved = ctx.plans().save(planWithActions());
        long id = saved.actions().get(2).id();
        assertThat(ctx.plans().reschedule(id, YearMonth.of(2026, 9)).month()).isEqualTo(YearMonth.of(2026, 9));
        assertThatThrownBy(() -> ctx.plans().reschedule(id, YearMonth.of(2027, 1)))
                .isInstanceOf(ValidationException.class);
        assertThat(ctx.plans().findAction(id).orElseThrow().month()).isEqualTo(YearMonth.of(2026, 9));
    }

    @Test
    void planNextYearCopiesRecurringActionsAndRefusesASecondTime() {
        Plan saved = ctx.plans().save(planWithActions());
        Plan next = ctx.plans().planNextYear(saved.id(), true);
        assertThat(next.year()).isEqualTo(2027);
        assertThat(next.id()).isNotNull();
        assertThat(next.actions()).extracting(PlanAction::title).containsExactly("Points", "端午礼品", "Training");
        assertThat(next.actions()).allSatisfy(a -> assertThat(a.month().getYear()).isEqualTo(2027));
        assertThatThrownBy(() -> ctx.plans().planNextYear(saved.id(), false)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theContactLogIsOfferedOpenActionsNearestTheDayFirst() {
        Plan saved = ctx.plans().save(planWithActions());
        ctx.plans().markActionDone(saved.actions().get(0).id(), null, null);
        assertThat(ctx.plans().openActionsFor(account.id(), LocalDate.of(2026, 10, 1)))
                .extracting(PlanAction::title).containsExactly("Training", "端午礼品");
    }

    @Test
    void aWriteThatFulfilsAnActionAndTheMarkingHappenTogetherOrNotAtAll() {
        Plan saved = ctx.plans().save(planWithActions());
        long giftId = saved.actions().get(1).id();
        Account other = ctx.plans().fulfilling(giftId, () -> ctx.accounts().save(Account.named("Northwind")),
                a -> LocalDate.of(2026, 6, 3), a -> new BigDecimal("480"));
        assertThat(other.id()).isNotNull();
        PlanAction gift = ctx.plans().findAction(giftId).orElseThrow();
        assertThat(gift.status()).isEqualTo(ActionStatus.DONE);
        assertThat(gift.doneOn()).isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(gift.actualCost()).isEqualByComparingTo("480");

        int before = ctx.accounts().count();
        assertThatThrownBy(() -> ctx.plans().fulfilling(999_999L, () -> ctx.accounts().save(Account.named("上海天合")),
                a -> LocalDate.of(2026, 6, 3), a -> null)).isInstanceOf(dev.rapport.store.NotFoundException.class);
        assertThat(ctx.accounts().count()).as("the write is rolled back with the failed marking").isEqualTo(before);
    }

    @Test
    void aDeletedPlanComesBackWithTheSameIdsUnlessAnotherPlanTookItsYear() {
        Plan saved = ctx.plans().save(planWithActions());
        long doneId = saved.actions().get(1).id();
        ctx.plans().markActionDone(doneId, LocalDate.of(2026, 6, 1), new BigDecimal("610"));
        Plan deleted = ctx.plans().delete(saved.id(), ctx.plans().find(saved.id()).orElseThrow().version());
        assertThat(ctx.plans().planFor(account.id(), 2026)).isEmpty();
        assertThat(ctx.plans().find(saved.id())).isEmpty();
        assertThat(ctx.plans().plansOf(account.id())).isEmpty();
        assertThat(ctx.plans().countFor(account.id())).isZero();
        assertThat(ctx.plans().findAction(saved.actions().get(0).id())).isEmpty();
        assertThat(ctx.plans().openActionsFor(account.id(), LocalDate.of(2026, 6, 10))).isEmpty();
        assertThatThrownBy(() -> ctx.plans().markActionDone(saved.actions().get(0).id(), null, null))
                .isInstanceOf(dev.rapport.store.NotFoundException.class);

        Plan back = ctx.plans().restore(deleted);
        assertThat(back.id()).isEqualTo(saved.id());
        assertThat(back.actions()).extracting(PlanAction::id)
                .containsExactlyElementsOf(saved.actions().stream().map(PlanAction::id).toList());
        assertThat(back.actions()).extracting(PlanAction::title).containsExactly("Points", "端午礼品", "Training");
        assertThat(back.actions().get(1).actualCost()).isEqualByComparingTo("610");
        assertThat(back.budget()).isEqualByComparingTo("10000");
        assertThat(ctx.plans().findAction(doneId)).isPresent();
        assertThatThrownBy(() -> ctx.plans().restore(deleted)).as("undone once only")
                .isInstanceOf(dev.rapport.store.NotFoundException.class);

        Plan again = ctx.plans().delete(back.id(), back.version());
        Plan other = ctx.plans().save(Plan.draft(account.id(), 2026));
        assertThat(other.id()).as("a deleted plan's year can be planned again").isNotEqualTo(again.id());
        assertThatThrownBy(() -> ctx.plans().restore(again)).isInstanceOf(ValidationException.class);
        assertThat(ctx.plans().planFor(account.id(), 2026)).map(Plan::id).contains(other.id());
    }

    @Test
    void aDeletedPlanIsLeftOutOfThePlannerTheDueListAndTheExport() {
        Plan saved = ctx.plans().save(planWithActions());
        Plan deleted = ctx.plans().delete(saved.id(), saved.version());
        assertThat(ctx.plans().planner(2026)).isEmpty();
        assertThat(ctx.plans().due(PlannerFilter.ALL)).isEmpty();
        assertThat(ctx.plans().forExport(2026, null)).isEmpty();
        ctx.plans().restore(deleted);
        assertThat(ctx.plans().planner(2026)).hasSize(1);
        assertThat(ctx.plans().forExport(2026, "杭州瑞丰电子")).hasSize(1);
    }

    @Test
    void thePlannerAndTheDueListFollowAccountDeletionAndUndo() {
        ctx.plans().save(planWithActions());
        assertThat(ctx.plans().planner(2026)).hasSize(1);
        List<DueAction> due = ctx.plans().due(PlannerFilter.ALL);
        assertThat(due).extracting(d -> d.action().title(), DueAction::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Points", true),
                        org.assertj.core.groups.Tuple.tuple("端午礼品", false));
        long deleted = ctx.accounts().delete(account.id(), account.version());
        assertThat(ctx.plans().planner(2026)).isEmpty();
        ctx.accounts().undoDelete(account.id(), deleted);
        assertThat(ctx.plans().planner(2026)).hasSize(1);
        assertThat(ctx.plans().forExport(2026, "杭州瑞丰电子")).hasSize(1);
        assertThat(ctx.plans().forExport(2026, "nobody")).isEmpty();
    }

    @Test
    void closingAPlanFillsItsReviewFromTheAccountOnceAndAReviewEmptiedLaterStaysEmpty() {
        Account rich = ctx.accounts().save(new Account(null, "上海天合", dev.rapport.domain.PartyType.CUSTOMER,
                dev.rapport.domain.Tier.A, dev.rapport.domain.LifecycleStage.GROWTH, RelationshipLevel.SOCIAL, null, "",
                "", "", "", new BigDecimal("900000"), new BigDecimal("18"), new BigDecimal("40"), 5, "", List.of(), "",
                null, null, 0L));
        Plan active = ctx.plans().save(Plan.draft(rich.id(), 2026).withStatus(dev.rapport.domain.plan.PlanStatus.ACTIVE));
        assertThat(active.review().isEmpty()).as("an open plan's review is the rep's").isTrue();

        Plan closed = ctx.plans().save(active.withStatus(dev.rapport.domain.plan.PlanStatus.CLOSED));
        assertThat(closed.review().actualRevenue()).isEqualByComparingTo("900000");
        assertThat(closed.review().actualShareOfWallet()).isEqualByComparingTo("40");
        assertThat(closed.review().levelReached()).isEqualTo(RelationshipLevel.SOCIAL);
        assertThat(closed.review().actualSatisfaction()).isEqualTo(5);
        assertThat(closed.review().reviewedOn()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(closed.figures().revenueAchievedPct()).isNull();

        Plan emptied = ctx.plans().save(closed.withReview(dev.rapport.domain.plan.YearEndReview.NONE));
        assertThat(emptied.review().isEmpty()).isTrue();
    }
}
