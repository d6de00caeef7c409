package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.AppContext;
import dev.rapport.domain.AbcBasis;
import dev.rapport.domain.Account;
import dev.rapport.domain.AccountExit;
import dev.rapport.domain.AccountFilter;
import dev.rapport.domain.AccountGroup;
import dev.rapport.domain.AccountSegment;
import dev.rapport.domain.BuyingRole;
import dev.rapport.domain.ChurnAnalysis;
import dev.rapport.domain.ChurnGroup;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ExitReason;
import dev.rapport.domain.HealthPart;
import dev.rapport.domain.Insights;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.Period;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.RetentionSettings;
import dev.rapport.domain.Tier;
import dev.rapport.domain.ValidationException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionServiceTest {
    private static final Clock MID_MARCH_2026 = Clock.fixed(Instant.parse("2026-03-15T09:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private AppContext ctx;

    @BeforeEach
    void open() {
        ctx = AppContext.open(dataDir, MID_MARCH_2026);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private Account account(String name, Tier tier, String revenue, String margin) {
        return ctx.accounts().save(new Account(null, name, PartyType.CUSTOMER, tier, LifecycleStage.MAINTENANCE,
                RelationshipLevel.SOCIAL, null, "机械制造", "", "", "", new BigDecimal(revenue), new BigDecimal(margin),
                null, 4, "", List.of(), "", null, null, 0L));
    }

    private AccountExit exit(Account a, String day, ExitReason reason) {
        return new AccountExit(null, a.id(), LocalDate.parse(day), reason, "找到更便宜的供应商", a.annualRevenue(),
                a.grossMarginPct(), true, "Quarterly price review", null);
    }

    @Test
    void anExitedAccountLeavesTheActiveListKeepsItsHistoryAndCountsInChurnAfterRestart() {
        Account huawei = account("华为技术 Huawei", Tier.A, "1000000", "20");
        Account contoso = account("Contoso Components", Tier.B, "50000", "10");
        ctx.retention().exit(exit(huawei, "2025-06-30", ExitReason.PRICE), LocalDate.parse("2019-04-01"));

        assertThat(ctx.accounts().find(huawei.id()).orElseThrow().stage()).isEqualTo(LifecycleStage.EXITED);
        assertThat(ctx.accounts().list().stream().filter(AccountFilter.ALL).map(i -> i.account().name()))
                .containsExactly("Contoso Components");
        ctx.close();
        ctx = AppContext.open(dataDir, MID_MARCH_2026);

        ChurnAnalysis.Table t = ctx.retention().churn(Period.year(2025), ChurnGroup.TIER);
        // Contoso was entered in 2026, so the base on 1 January 2025 is Huawei alone
        assertThat(t.total().accountsAtStart()).isEqualTo(1);
        assertThat(t.total().exits()).isEqualTo(1);
        assertThat(t.total().churnRatePct()).contains(new BigDecimal("100.00"));
        assertThat(t.total().profitLost()).isEqualByComparingTo("200000");
        assertThat(t.exitsByReason().get(ExitReason.PRICE)).isEqualTo(1);
        assertThat(t.rows()).extracting(ChurnAnalysis.Row::group).containsExactly("A");
        AccountExit stored = ctx.retention().exitsOf(huawei.id()).get(0);
        assertThat(stored.reasonText()).isEqualTo("找到更便宜的供应商");
        assertThat(stored.avoidable()).isTrue();
        assertThat(stored.winBackPlan()).isEqualTo("Quarterly price review");
        assertThat(contoso.id()).isNotNull();
    }

    @Test
    void anAccountThatLeftAsTierAStillCountsAsTierAChurnAfterTheRepDowngradesItToC() {
        Account huawei = account("华为技术 Huawei", Tier.A, "1000000", "20");
        Account alpine = account("Alpine Systems", Tier.C, "60000", "10");
        Account siemens = account("Siemens AG", Tier.A, "400000", "15");
        ctx.retention().exit(exit(huawei, "2025-06-30", ExitReason.PRICE), LocalDate.parse("2019-04-01"));
        ctx.retention().exit(exit(siemens, "2026-02-01", ExitReason.TECHNOLOGY), LocalDate.parse("2019-04-01"));
        ctx.retention().setCustomerSince(alpine.id(), LocalDate.parse("2019-04-01"));
        // afterwards the rep files both as tier-C distributors in another industry
        for (long id : new long[] {huawei.id(), siemens.id()}) {
            Account exited = ctx.accounts().find(id).orElseThrow();
            ctx.accounts().save(new Account(exited.id(), exited.name(), PartyType.DISTRIBUTOR, Tier.C, exited.stage(),
                    exited.level(), exited.relationshipType(), "物流 Logistics", exited.address(), exited.phone(),
                    exited.website(), exited.annualRevenue(), exited.grossMarginPct(), exited.shareOfWalletPct(),
                    exited.satisfaction(), exited.owner(), exited.tags(), exited.notes(), exited.createdAt(),
                    exited.updatedAt(), exited.version()));
        }
        ctx.close();
        ctx = AppContext.open(dataDir, MID_MARCH_2026);

        assertThat(ctx.retention().exitsOf(huawei.id())).singleElement().extracting(AccountExit::segmentAtExit)
                .isEqualTo(new AccountSegment(Tier.A, PartyType.CUSTOMER, "机械制造"));
        ChurnAnalysis.Table byTier = ctx.retention().churn(Period.year(2025), ChurnGroup.TIER);
        assertThat(byTier.rows()).extracting(ChurnAnalysis.Row::group).containsExactly("A", "C");
        assertThat(byTier.rows().get(0).figures().exits()).isEqualTo(1);
        assertThat(byTier.rows().get(0).figures().profitLost()).isEqualByComparingTo("200000");
        assertThat(byTier.rows().get(1).figures().exits()).isZero();
        assertThat(byTier.rows().get(1).figures().churnRatePct()).contains(new BigDecimal("0.00"));
        assertThat(ctx.retention().churn(Period.year(2025), ChurnGroup.PARTY_TYPE).rows())
                .extracting(ChurnAnalysis.Row::group).containsExactly("CUSTOMER");
        assertThat(ctx.retention().churn(Period.year(2025), ChurnGroup.INDUSTRY).rows())
                .extracting(ChurnAnalysis.Row::group).containsExactly("机械制造");
        // narrowed to a group, and on the Insights screen, it is still last year's tier-A loss
        assertThat(ctx.retention().churn(Period.year(2025), ChurnGroup.NONE, new AccountGroup(ChurnGroup.TIER, "A"))
                .total().exits()).isEqualTo(1);
        assertThat(ctx.retention().churn(Period.year(2025), ChurnGroup.NONE, new AccountGroup(ChurnGroup.TIER, "C"))
                .total().exits()).isZero();
        Insights tierA = ctx.retention().insights(2025, new AccountGroup(ChurnGroup.TIER, "A"), ChurnGroup.TIER);
        assertThat(tierA.exitsByReason().get(ExitReason.PRICE)).isEqualTo(1);
        // Siemens was still ours at the end of 2025, and a tier-A account then as far as we know
        Insights all = ctx.retention().insights(2025, AccountGroup.ALL, ChurnGroup.TIER);
        assertThat(all.byTier()).containsEntry(Tier.A, 1).containsEntry(Tier.C, 1);
        assertThat(tierA.byTier()).containsEntry(Tier.A, 1).containsEntry(Tier.C, 0);
        Insights tierC = ctx.retention().insights(2025, new AccountGroup(ChurnGroup.TIER, "C"), ChurnGroup.TIER);
        assertThat(tierC.exitsByReason().get(ExitReason.PRICE)).isZero();
    }

    @Test
    void reactivationMovesTheAccountToRecoveryAndKeepsTheExitRecord() {
        Account a = account("北京天合贸易有限公司", Tier.B, "300000", "15");
        ctx.retention().exit(exit(a, "2026-01-10", ExitReason.SERVICE_QUALITY), null);
        Account back = ctx.retention().reactivate(a.id());
        assertThat(back.stage()).isEqualTo(LifecycleStage.RECOVERY);
        List<AccountExit> exits = ctx.retention().exitsOf(a.id());
        assertThat(exits).hasSize(1);
        assertThat(exits.get(0).reactivatedOn()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(ctx.retention().churn(Period.quarter(2026, 1), ChurnGroup.NONE).total().exits()).isEqualTo(1);
        assertThatThrownBy(() -> ctx.retention().reactivate(a.id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anExitEditedLaterKeepsItsSegmentAndIdAndUndoBringsBackTheExitAndTheCustomerSinceDay() {
        Account a = account("杭州瑞丰电子", Tier.A, "500000", "20");
        AccountExit recorded = ctx.retention().exit(exit(a, "2026-02-01", ExitReason.PRICE), null);
        // downgraded after it left: the correction must not move the exit to tier C
        Account exited = ctx.accounts().find(a.id()).orElseThrow();
        ctx.accounts().save(new Account(exited.id(), exited.name(), exited.partyType(), Tier.C, exited.stage(),
                exited.level(), exited.relationshipType(), exited.industry(), exited.address(), exited.phone(),
                exited.website(), exited.annualRevenue(), exited.grossMarginPct(), exited.shareOfWalletPct(),
                exited.satisfaction(), exited.owner(), exited.tags(), exited.notes(), exited.createdAt(),
                exited.updatedAt(), exited.version()));

        RetentionService.ExitEdit edit = ctx.retention().editExit(new AccountExit(recorded.id(), a.id(),
                LocalDate.parse("2026-01-20"), ExitReason.COMPETITOR_OFFER, "对手报价低 20%", new BigDecimal("450000"),
                new BigDecimal("18"), false, "", null).withVersion(recorded.version()), LocalDate.parse("2020-05-01"));
        AccountExit stored = ctx.retention().exitsOf(a.id()).get(0);
        assertThat(stored.id()).isEqualTo(recorded.id());
        assertThat(stored.exitedOn()).isEqualTo(LocalDate.parse("2026-01-20"));
        assertThat(stored.reason()).isEqualTo(ExitReason.COMPETITOR_OFFER);
        assertThat(stored.reasonText()).isEqualTo("对手报价低 20%");
        assertThat(stored.revenueAtExit()).isEqualByComparingTo("450000");
        assertThat(stored.avoidable()).isFalse();
        assertThat(stored.segmentAtExit().tier()).isEqualTo(Tier.A);
        assertThat(ctx.retention().customerSince(ctx.accounts().find(a.id()).orElseThrow()))
                .isEqualTo(LocalDate.parse("2020-05-01"));
        assertThat(ctx.retention().churn(Period.quarter(2026, 1), ChurnGroup.NONE).total().revenueLost())
                .isEqualByComparingTo("450000");

        ctx.retention().undoEditExit(edit);
        AccountExit back = ctx.retention().exitsOf(a.id()).get(0);
        assertThat(back).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .ignoringFields("version").isEqualTo(recorded);
        assertThat(back.version()).as("the edit and its undo are two writes").isEqualTo(recorded.version() + 2);
        assertThat(ctx.accounts().find(a.id()).orElseThrow().stage()).isEqualTo(LifecycleStage.EXITED);
        assertThat(ctx.retention().customerSince(ctx.accounts().find(a.id()).orElseThrow()))
                .as("no day was set before the edit").isNotEqualTo(LocalDate.parse("2020-05-01"));
    }

    @Test
    void anEditThatBreaksARuleSavesNothing() {
        Account a = account("Northwind Traders", Tier.C, "1000", "10");
        AccountExit recorded = ctx.retention().exit(exit(a, "2026-01-10", ExitReason.PRICE), LocalDate.parse("2021-01-01"));
        AccountExit future = new AccountExit(recorded.id(), a.id(), LocalDate.parse("2026-04-01"), ExitReason.OTHER,
                "", new BigDecimal("1000"), new BigDecimal("10"), false, "", null).withVersion(recorded.version());
        assertThatThrownBy(() -> ctx.retention().editExit(future, LocalDate.parse("2022-01-01")))
                .isInstanceOf(ValidationException.class);
        ctx.retention().reactivate(a.id());
        AccountExit afterWinBack = new AccountExit(recorded.id(), a.id(), LocalDate.parse("2026-03-01"),
                ExitReason.OTHER, "", new BigDecimal("1000"), new BigDecimal("10"), false, "", null)
                .withVersion(ctx.retention().exitsOf(a.id()).get(0).version());
        assertThat(ctx.retention().editExit(afterWinBack, null).after().reactivatedOn())
                .as("the day it was won back stays").isEqualTo(LocalDate.parse("2026-03-15"));
        assertThat(ctx.retention().customerSince(ctx.accounts().find(a.id()).orElseThrow()))
                .isEqualTo(LocalDate.parse("2021-01-01"));
    }

    @Test
    void anExitInTheFutureIsRefusedAndNothingChanges() {
        Account a = account("Northwind Traders", Tier.C, "1000", "10");
        assertThatThrownBy(() -> ctx.retention().exit(exit(a, "2026-04-01", ExitReason.OTHER), null))
                .isInstanceOf(ValidationException.class);
        assertThat(ctx.accounts().find(a.id()).orElseThrow().stage()).isEqualTo(LifecycleStage.MAINTENANCE);
        assertThat(ctx.retention().exitsOf(a.id())).isEmpty();
    }

    @Test
    void settingsAreKeptWithTheDataAndBadValuesRefused() {
        assertThat(ctx.retention().settings()).isEqualTo(RetentionSettings.DEFAULTS);
        ctx.retention().saveSettings(new BigDecimal("10"), 3);
        assertThatThrownBy(() -> ctx.retention().saveSettings(new BigDecimal("-1"), 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).hasSize(2));
        ctx.close();
        ctx = AppContext.open(dataDir, MID_MARCH_2026);
        assertThat(ctx.retention().settings().horizonYears()).isEqualTo(3);
        Account a = account("上海新航科技有限公司", Tier.B, "100000", "20");
        assertThat(ctx.retention().value(a.id()).orElseThrow().lifetimeValue()).isEqualByComparingTo("49737.04");
    }

    @Test
    void healthCountsKeyPeopleWhoAreStillThereAndAbcProposalCanBeAccepted() {
        Account big = account("Fabrikam Foods", Tier.C, "900000", "20");
        Account small = account("杭州瑞丰电子股份有限公司", Tier.A, "100000", "20");
        Contact boss = Contact.named("王建国", big.id());
        ctx.contacts().save(new Contact(null, big.id(), "王建国", "", "", BuyingRole.DECISION_MAKER, List.of(),
                List.of(), "", null, null, "", "", false, null, null, null, 0L));
        ctx.contacts().save(new Contact(null, big.id(), "Anna Müller", "", "", BuyingRole.CHAMPION, List.of(),
                List.of(), "", null, null, "", "", true, LocalDate.of(2026, 1, 1), null, null, 0L));
        var value = ctx.retention().value(big.id()).orElseThrow();
        var keyPeople = value.health().parts().stream().filter(p -> p.part() == HealthPart.KEY_PEOPLE).findFirst()
                .orElseThrow();
        assertThat(keyPeople.facts()).containsExactly(1, 3);
        assertThat(value.health().parts()).extracting(p -> p.part()).doesNotContain(HealthPart.CONTACT_FRESHNESS);
        assertThat(value.proposedByRevenue()).isEqualTo(Tier.A);
        assertThat(ctx.retention().abcProposals(AbcBasis.REVENUE).get(small.id())).isEqualTo(Tier.B);
        ctx.retention().acceptTier(big.id(), Tier.A);
        assertThat(ctx.accounts().find(big.id()).orElseThrow().tier()).isEqualTo(Tier.A);
        assertThat(boss.name()).isEqualTo("王建国");
    }

    @Test
    void insightsCountThePortfolioAndTheYearsExitsForTheChosenGroup() {
        Account a = account("华为技术 Huawei", Tier.A, "1000000", "20");
        Account b = account("Contoso Components", Tier.B, "50000", "10");
        account("Alpine Systems", Tier.B, "60000", "10");
        ctx.retention().exit(exit(b, "2026-02-01", ExitReason.COMPETITOR_OFFER), LocalDate.parse("2020-01-01"));
        Insights all = ctx.retention().insights(2026, AccountGroup.ALL, ChurnGroup.TIER);
        assertThat(all.byTier().get(Tier.A)).isEqualTo(1);
        assertThat(all.byTier().get(Tier.B)).isEqualTo(1);
        assertThat(all.exitsByReason().get(ExitReason.COMPETITOR_OFFER)).isEqualTo(1);
        assertThat(all.healthBands().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
        Insights tierA = ctx.retention().insights(2026, new AccountGroup(ChurnGroup.TIER, "A"), ChurnGroup.TIER);
        assertThat(tierA.byTier().get(Tier.B)).isZero();
        assertThat(tierA.exitsByReason().get(ExitReason.COMPETITOR_OFFER)).isZero();
        assertThat(a.id()).isNotNull();
    }

    @Test
    void sampleDataHasExitsOverThreeYearsForSeveralReasonsAndGroupsWithOneWonBack() {
        ctx.demo().generate(40, 60, Progress.NONE);
        List<AccountExit> exits = ctx.retention().subjects().stream().flatMap(s -> s.exits().stream()).toList();
        assertThat(exits).hasSizeGreaterThanOrEqualTo(5);
        assertThat(exits.stream().map(e -> e.exitedOn().getYear()).distinct().count()).isGreaterThanOrEqualTo(3);
        assertThat(exits.stream().map(AccountExit::reason).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(exits.stream().filter(AccountExit::reactivated).count()).isEqualTo(1);
        assertThat(exits).allSatisfy(e -> assertThat(e.segmentAtExit())
                .isEqualTo(AccountSegment.of(ctx.accounts().find(e.accountId()).orElseThrow())));
        long recovered = exits.stream().filter(AccountExit::reactivated)
                .map(e -> ctx.accounts().find(e.accountId()).orElseThrow().stage())
                .filter(stage -> stage == LifecycleStage.RECOVERY).count();
        assertThat(recovered).isEqualTo(1);
        for (int year = 2024; year <= 2026; year++) {
            ChurnAnalysis.Table t = ctx.retention().churn(Period.year(year), ChurnGroup.TIER);
            assertThat(t.total().accountsAtStart()).as("base in %d", year).isPositive();
            assertThat(t.total().exits()).as("exits in %d", year).isPositive();
        }
        assertThat(ctx.retention().churn(Period.year(2025), ChurnGroup.PARTY_TYPE).rows()).isNotEmpty();
    }

    @Test
    void aNeglectedAccountIsSuggestedForAtRiskAndLeavesTheSuggestionsOnceMoved() {
        Account weak = ctx.accounts().save(new Account(null, "Alpine Systems", PartyType.CUSTOMER, Tier.C,
                LifecycleStage.MAINTENANCE, RelationshipLevel.FINANCIAL, null, "", "", "", "", null, null, null, 1, "",
                List.of(), "", null, null, 0L));
        Account prospect = ctx.accounts().save(new Account(null, "潜在客户 Prospect", PartyType.CUSTOMER, Tier.C,
                LifecycleStage.PROSPECT, RelationshipLevel.FINANCIAL, null, "", "", "", "", null, null, null, 1, "",
                List.of(), "", null, null, 0L));
        account("华为技术 Huawei", Tier.A, "1000000", "20");
        // no key people (0 × 20), satisfaction 1 (0 × 20), financial (1/3 × 10): 3.33 of 50
        assertThat(ctx.retention().atRiskSuggestions()).extracting(s -> s.accountId(), s -> s.score())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(weak.id(), 7));
        ctx.retention().markAtRisk(weak.id());
        assertThat(ctx.retention().atRiskSuggestions()).isEmpty();
        assertThat(ctx.accounts().find(weak.id()).orElseThrow().stage()).isEqualTo(LifecycleStage.AT_RISK);
        assertThat(prospect.stage()).isEqualTo(LifecycleStage.PROSPECT);
    }

    @Test
    void planProgressCountsTheActionsDueSoFarAndFeedsHealthAndTheInsightsByLevel() {
        Account a = account("华为技术 Huawei", Tier.A, "1000000", "20");
        account("Contoso Components", Tier.B, "50000", "10");
        var jan = dev.rapport.domain.plan.PlanAction.planned("New-year gift 新年礼品", RelationshipLevel.SOCIAL,
                dev.rapport.domain.plan.ActionType.GIFT, java.time.YearMonth.of(2026, 1)).withBudget(new BigDecimal("800"));
        var feb = dev.rapport.domain.plan.PlanAction.planned("Volume rebate", RelationshipLevel.FINANCIAL,
                dev.rapport.domain.plan.ActionType.DISCOUNT_REBATE, java.time.YearMonth.of(2026, 2))
                .withBudget(new BigDecimal("5000"));
        var jun = dev.rapport.domain.plan.PlanAction.planned("Joint training", RelationshipLevel.STRUCTURAL,
                dev.rapport.domain.plan.ActionType.TRAINING, java.time.YearMonth.of(2026, 6)).withBudget(new BigDecimal("9000"));
        var plan = ctx.plans().save(dev.rapport.domain.plan.Plan.draft(a.id(), 2026).withActions(List.of(jan, feb, jun)));
        var giftAction = plan.actions().stream().filter(x -> x.level() == RelationshipLevel.SOCIAL).findFirst().orElseThrow();
        ctx.plans().markActionDone(giftAction.id(), LocalDate.of(2026, 1, 20), new BigDecimal("750"));

        // January done, February overdue, June not yet due: one of two
        var part = ctx.retention().value(a.id()).orElseThrow().health().parts().stream()
                .filter(p -> p.part() == HealthPart.PLAN_PROGRESS).findFirst().orElseThrow();
        assertThat(part.points()).isEqualTo(50);
        Insights in = ctx.retention().insights(2026, AccountGroup.ALL, ChurnGroup.TIER);
        assertThat(in.planByLevel().get(RelationshipLevel.SOCIAL).done()).isEqualTo(1);
        assertThat(in.planByLevel().get(RelationshipLevel.SOCIAL).actual()).isEqualByComparingTo("750");
        assertThat(in.planByLevel().get(RelationshipLevel.STRUCTURAL).planned()).isEqualTo(1);
        assertThat(in.planByLevel().get(RelationshipLevel.STRUCTURAL).budget()).isEqualByComparingTo("9000");
        Insights tierB = ctx.retention().insights(2026, new AccountGroup(ChurnGroup.TIER, "B"), ChurnGroup.TIER);
        assertThat(tierB.planByLevel().get(RelationshipLevel.STRUCTURAL).planned()).isZero();
    }

    @Test
    void onceContactsAreLoggedHealthRfmAndInsightsUseThemAndUnloggedAccountsCountAsNeverContacted() {
        Account visited = account("华为技术 Huawei", Tier.A, "1000000", "20");
        Account silent = account("Contoso Components", Tier.B, "50000", "10");
        // before any contact is logged the log is not in use: no freshness, no complaints, no R or F
        assertThat(ctx.retention().value(visited.id()).orElseThrow().health().parts()).extracting(p -> p.part())
                .doesNotContain(HealthPart.CONTACT_FRESHNESS, HealthPart.OPEN_COMPLAINTS);
        assertThat(ctx.retention().value(visited.id()).orElseThrow().rfm().recency()).isNull();

        var at = java.time.LocalDateTime.of(2026, 2, 28, 10, 0);
        ctx.contactLog().log(dev.rapport.domain.Interaction.of(visited.id(), at, dev.rapport.domain.InteractionChannel.VISIT,
                "季度拜访 quarterly visit"));
        ctx.contactLog().log(dev.rapport.domain.Interaction.of(visited.id(), at.minusMonths(1),
                dev.rapport.domain.InteractionChannel.COMPLAINT, "Late delivery 交货延误")
                .withComplaint(dev.rapport.domain.ComplaintStatus.OPEN, "", null));

        var health = ctx.retention().value(visited.id()).orElseThrow().health();
        var fresh = health.parts().stream().filter(p -> p.part() == HealthPart.CONTACT_FRESHNESS).findFirst().orElseThrow();
        // 15 days since 28 February against tier A's 30-day cadence: full marks
        assertThat(fresh.facts()).containsExactly(15, 30);
        assertThat(fresh.points()).isEqualTo(100);
        var complaints = health.parts().stream().filter(p -> p.part() == HealthPart.OPEN_COMPLAINTS).findFirst().orElseThrow();
        assertThat(complaints.facts()).containsExactly(1);
        var silentFresh = ctx.retention().value(silent.id()).orElseThrow().health().parts().stream()
                .filter(p -> p.part() == HealthPart.CONTACT_FRESHNESS).findFirst().orElseThrow();
        assertThat(silentFresh.facts()).containsExactly(-1, 60);
        assertThat(silentFresh.points()).isZero();

        var rfm = ctx.retention().rfm();
        assertThat(rfm.get(visited.id()).frequency()).isGreaterThan(rfm.get(silent.id()).frequency());
        assertThat(rfm.get(visited.id()).recency()).isNotNull();
        assertThat(rfm.get(silent.id()).recency()).isNull();

        Insights in = ctx.retention().insights(2026, AccountGroup.ALL, ChurnGroup.TIER);
        assertThat(in.interactionsByMonth().get(2)).containsEntry("VISIT", 1);
        assertThat(in.interactionsByMonth().get(1)).containsEntry("COMPLAINT", 1);
        Insights tierB = ctx.retention().insights(2026, new AccountGroup(ChurnGroup.TIER, "B"), ChurnGroup.TIER);
        assertThat(tierB.interactionsByMonth()).isEmpty();
    }

    @Test
    void anExitedAccountNoLongerShowsAsGoingQuiet() {
        Account gone = account("北京天合贸易有限公司", Tier.A, "300000", "15");
        Account kept = account("Northwind Traders", Tier.A, "300000", "15");
        ctx.retention().setCustomerSince(gone.id(), LocalDate.of(2020, 1, 1));
        LocalDate today = ctx.retention().today();
        java.util.function.Supplier<List<Long>> quiet = () -> ctx.contactLog().quietAccounts(today.plusDays(90)).stream()
                .map(q -> q.accountId()).toList();
        assertThat(quiet.get()).contains(gone.id(), kept.id());
        ctx.retention().exit(exit(gone, "2026-03-01", ExitReason.RELOCATED_OR_CLOSED), null);
        assertThat(quiet.get()).containsExactly(kept.id());
    }

    @Test
    void anExitRecordedByMistakeIsTakenBackWithItsStageButNotOnceTheAccountMovedOn() {
        Account a = account("Fabrikam Foods", Tier.B, "80000", "12");
        AccountExit saved = ctx.retention().exit(exit(a, "2026-03-01", ExitReason.OTHER), null);
        Account back = ctx.retention().undoExit(saved, LifecycleStage.MAINTENANCE);
        assertThat(back.stage()).isEqualTo(LifecycleStage.MAINTENANCE);
        assertThat(ctx.retention().exitsOf(a.id())).isEmpty();
        assertThat(ctx.retention().churn(Period.year(2026), ChurnGroup.NONE).total().exits()).isZero();

        AccountExit again = ctx.retention().exit(exit(a, "2026-03-02", ExitReason.PRICE), null);
        ctx.retention().reactivate(a.id());
        assertThatThrownBy(() -> ctx.retention().undoExit(again, LifecycleStage.MAINTENANCE))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ctx.retention().exitsOf(a.id())).hasSize(1);
    }

    @Test
    void peopleAtAnExitedAccountLeaveTheContactsListAndComeBackWithTheAccount() {
        Account a = account("深圳华强电子", Tier.B, "300000", "15");
        ctx.contacts().save(Contact.named("李娜", a.id()));
        ctx.contacts().save(Contact.named("Anna Müller", account("Contoso Components", Tier.C, "1000", "10").id()));
        ctx.retention().exit(exit(a, "2026-03-10", ExitReason.PRICE), null);
        assertThat(ctx.contacts().list()).extracting(i -> i.contact().name()).containsExactly("Anna Müller");
        assertThat(ctx.contacts().ofAccount(a.id())).extracting(Contact::name).containsExactly("李娜");
        ctx.retention().reactivate(a.id());
        assertThat(ctx.contacts().list()).extracting(i -> i.contact().name()).contains("李娜", "Anna Müller");
    }

    /** The value pane reads one account's plan, the lists the whole year's: both must score it the same. */
    @Test
    void anAccountsHealthInItsValuePaneIsItsHealthInThePortfolio() {
        Account a = account("华为技术 Huawei", Tier.A, "1000000", "20");
        Account b = account("Contoso Components", Tier.B, "50000", "10");
        var jan = dev.rapport.domain.plan.PlanAction.planned("New-year gift 新年礼品", RelationshipLevel.SOCIAL,
                dev.rapport.domain.plan.ActionType.GIFT, java.time.YearMonth.of(2026, 1));
        var feb = dev.rapport.domain.plan.PlanAction.planned("Volume rebate", RelationshipLevel.FINANCIAL,
                dev.rapport.domain.plan.ActionType.DISCOUNT_REBATE, java.time.YearMonth.of(2026, 2));
        var plan = ctx.plans().save(dev.rapport.domain.plan.Plan.draft(a.id(), 2026).withActions(List.of(jan, feb)));
        ctx.plans().markActionDone(plan.actions().get(0).id(), LocalDate.of(2026, 1, 20), null);

        var portfolio = ctx.retention().healthScores();
        for (Account x : List.of(a, b)) {
            assertThat(ctx.retention().value(x.id()).orElseThrow().health().score()).as(x.name())
                    .isEqualTo(portfolio.get(x.id()).score());
        }
        assertThat(ctx.retention().value(a.id()).orElseThrow().health().parts())
                .extracting(p -> p.part()).contains(HealthPart.PLAN_PROGRESS);
    }
}
