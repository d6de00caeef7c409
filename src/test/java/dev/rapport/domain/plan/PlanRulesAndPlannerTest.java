package dev.rapport.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rapport.domain.Account;
import dev.rapport.domain.FieldProblem;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanRulesAndPlannerTest {

    @Test
    void negativeMoneyAndOutOfRangeTargetsAreReportedAtTheirFields() {
        PlanAction bad = new PlanAction(null, null, " ", RelationshipLevel.SOCIAL, ActionType.GIFT,
                YearMonth.of(2025, 4), null, "", List.of(), new BigDecimal("-1"), ActionStatus.DONE,
                new BigDecimal("-0.01"), 6, "", false, null, 0L);
        Plan p = Plan.draft(1, 2026).withBudget(new BigDecimal("-5"))
                .withContent(new Objectives(new BigDecimal("-100"), new BigDecimal("101"), null, 0, ""), Swot.EMPTY, "")
                .withActions(List.of(PlanAction.planned("OK", RelationshipLevel.FINANCIAL, ActionType.OTHER,
                        YearMonth.of(2026, 1)), bad));
        assertThat(PlanRules.check(p)).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                tuple("budget", "validation.notNegative"),
                tuple("revenueTarget", "validation.notNegative"),
                tuple("shareOfWalletTarget", "validation.range"),
                tuple("targetSatisfaction", "validation.range"),
                tuple("actions.1.title", "validation.required"),
                tuple("actions.1.month", "plans.validation.actionYear"),
                tuple("actions.1.budget", "validation.notNegative"),
                tuple("actions.1.actualCost", "validation.notNegative"),
                tuple("actions.1.effect", "validation.range"));
        assertThat(PlanRules.check(Plan.draft(1, 1999))).extracting(FieldProblem::field).containsExactly("year");
        assertThat(PlanRules.check(Plan.draft(1, 2026).withBudget(BigDecimal.ZERO))).isEmpty();
    }

    @Test
    void aDayAlwaysDecidesTheMonth() {
        PlanAction a = new PlanAction(null, null, "x", RelationshipLevel.SOCIAL, ActionType.GIFT, YearMonth.of(2026, 1),
                LocalDate.of(2026, 7, 4), "", List.of(), null, null, null, null, null, false, null, 0L);
        assertThat(a.month()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(a.status()).isEqualTo(ActionStatus.PLANNED);
    }

    @Test
    void suggestionsForEachLevelHaveThatLevelsTypesAndTheSeedsExamples() {
        for (RelationshipLevel level : RelationshipLevel.values()) {
            assertThat(ActionSuggestions.forLevel(level)).isNotEmpty().allSatisfy(s -> {
                assertThat(s.level()).isEqualTo(level);
                assertThat(s.type().typicalLevel()).contains(level);
                assertThat(ActionType.forLevel(level)).contains(s.type());
            });
        }
        assertThat(ActionSuggestions.forLevel(RelationshipLevel.FINANCIAL)).extracting(ActionSuggestions.Suggestion::type)
                .contains(ActionType.LOYALTY_POINTS, ActionType.DISCOUNT_REBATE);
        assertThat(ActionSuggestions.forLevel(RelationshipLevel.SOCIAL)).extracting(ActionSuggestions.Suggestion::titleKey)
                .contains("plans.suggest.birthdayGift", "plans.suggest.festivalVisit", "plans.suggest.clubEvent");
        assertThat(ActionSuggestions.forLevel(RelationshipLevel.STRUCTURAL)).extracting(ActionSuggestions.Suggestion::type)
                .contains(ActionType.JOINT_DEVELOPMENT, ActionType.TRAINING, ActionType.DEDICATED_SUPPORT);
        assertThat(ActionType.forLevel(RelationshipLevel.SOCIAL)).contains(ActionType.OTHER)
                .doesNotContain(ActionType.TRAINING, ActionType.LOYALTY_POINTS);
    }

    private static Account account(long id, String name, Tier tier, String owner) {
        Account a = Account.named(name).withTier(tier);
        return new Account(id, a.name(), a.partyType(), a.tier(), a.stage(), a.level(), a.relationshipType(),
                "", "", "", "", null, null, null, null, owner, List.of(), "", null, null, 0L);
    }

    private static List<PlannedAccount> portfolio() {
        Account huawei = account(1, "华为技术", Tier.A, "张伟");
        Account contoso = account(2, "Contoso GmbH", Tier.B, "Anna Müller");
        Plan p1 = Plan.draft(1, 2026).withBudget(new BigDecimal("50000")).withActions(List.of(
                PlanFixtures.action("Rebate", RelationshipLevel.FINANCIAL, ActionType.DISCOUNT_REBATE,
                        YearMonth.of(2026, 1), null, "10000", ActionStatus.DONE, "9000", 4, false),
                PlanFixtures.action("Points", RelationshipLevel.FINANCIAL, ActionType.LOYALTY_POINTS,
                        YearMonth.of(2026, 3), null, "5000", ActionStatus.PLANNED, null, null, false),
                PlanFixtures.action("中秋拜访", RelationshipLevel.SOCIAL, ActionType.VISIT,
                        null, LocalDate.of(2026, 6, 20), "800", ActionStatus.PLANNED, null, null, false)));
        Plan p2 = Plan.draft(2, 2026).withBudget(new BigDecimal("20000")).withActions(List.of(
                PlanFixtures.action("Training", RelationshipLevel.STRUCTURAL, ActionType.TRAINING,
                        YearMonth.of(2026, 6), null, "12000", ActionStatus.POSTPONED, null, null, false)
                        .withOwnerAndContacts("李娜", List.of()),
                PlanFixtures.action("Gift", RelationshipLevel.SOCIAL, ActionType.GIFT,
                        YearMonth.of(2026, 1), null, "300", ActionStatus.CANCELLED, "50", null, false)));
        return List.of(new PlannedAccount(huawei, p1), new PlannedAccount(contoso, p2));
    }

    @Test
    void portfolioTotalsAddBudgetAndActualByLevelAndByMonthAndShareActionsPerLevel() {
        PlannerTotals t = PlannerTotals.of(portfolio(), PlannerFilter.ALL);
        assertThat(t.planBudgets()).isEqualByComparingTo("70000");
        assertThat(t.byLevel().get(RelationshipLevel.FINANCIAL).budget()).isEqualByComparingTo("15000");
        assertThat(t.byLevel().get(RelationshipLevel.FINANCIAL).actual()).isEqualByComparingTo("9000");
        assertThat(t.byLevel().get(RelationshipLevel.SOCIAL).budget()).isEqualByComparingTo("800");
        assertThat(t.byLevel().get(RelationshipLevel.SOCIAL).actual()).isEqualByComparingTo("50");
        assertThat(t.byMonth().get(1).budget()).isEqualByComparingTo("10000");
        assertThat(t.byMonth().get(1).actual()).isEqualByComparingTo("9050");
        assertThat(t.byMonth().get(6).budget()).isEqualByComparingTo("12800");
        assertThat(t.byMonth().get(12).planned()).isZero();
        // 4 actions not cancelled: 2 financial, 1 social, 1 structural
        assertThat(t.sharePct(RelationshipLevel.FINANCIAL)).isEqualTo(new BigDecimal("50.0"));
        assertThat(t.sharePct(RelationshipLevel.SOCIAL)).isEqualTo(new BigDecimal("25.0"));
        assertThat(t.sharePct(RelationshipLevel.STRUCTURAL)).isEqualTo(new BigDecimal("25.0"));
    }

    @Test
    void theFilterNarrowsByLevelStatusTierAndOwnerFallingBackToTheAccountsOwner() {
        PlannerFilter aTier = new PlannerFilter(Set.of(), Set.of(), Set.of(Tier.A), Set.of());
        assertThat(PlannerTotals.of(portfolio(), aTier).total().planned()).isEqualTo(3);
        assertThat(PlannerTotals.of(portfolio(), aTier).planBudgets()).isEqualByComparingTo("50000");
        PlannerFilter open = new PlannerFilter(Set.of(), Set.of(ActionStatus.PLANNED, ActionStatus.POSTPONED),
                Set.of(), Set.of());
        assertThat(PlannerTotals.of(portfolio(), open).total().planned()).isEqualTo(3);
        PlannerFilter li = new PlannerFilter(Set.of(), Set.of(), Set.of(), Set.of("李娜"));
        assertThat(PlannerTotals.of(portfolio(), li).total().planned()).isEqualTo(1);
        PlannerFilter anna = new PlannerFilter(Set.of(), Set.of(), Set.of(), Set.of("Anna Müller"));
        assertThat(PlannerTotals.of(portfolio(), anna).total().cancelled()).isEqualTo(1);
        PlannerFilter structural = new PlannerFilter(Set.of(RelationshipLevel.STRUCTURAL), Set.of(), Set.of(), Set.of());
        assertThat(PlannerTotals.of(portfolio(), structural).sharePct(RelationshipLevel.STRUCTURAL))
                .isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void dueActionsAreThisMonthsOpenOnesAndTheOverdueMostOverdueFirst() {
        List<DueAction> due = DueAction.of(portfolio(), PlannerFilter.ALL, LocalDate.of(2026, 6, 10));
        assertThat(due).extracting(d -> d.action().title(), DueAction::overdue).containsExactly(
                tuple("Points", true), tuple("中秋拜访", false), tuple("Training", false));
        List<DueAction> later = DueAction.of(portfolio(), PlannerFilter.ALL, LocalDate.of(2026, 6, 21));
        assertThat(later).extracting(d -> d.action().title(), DueAction::overdue).containsExactly(
                tuple("Points", true), tuple("中秋拜访", true), tuple("Training", false));
        List<PlannedAccount> closed = List.of(new PlannedAccount(portfolio().get(0).account(),
                portfolio().get(0).plan().withStatus(PlanStatus.CLOSED)), portfolio().get(1));
        assertThat(DueAction.of(closed, PlannerFilter.ALL, LocalDate.of(2026, 6, 21)))
                .as("a closed plan's open actions are not due any more")
                .extracting(d -> d.action().title()).containsExactly("Training");
    }
}
