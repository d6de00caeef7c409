package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Objectives;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlanStatus;
import dev.rapport.domain.plan.Swot;
import dev.rapport.domain.plan.YearEndReview;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanRepositoryTest {
    @TempDir
    Path dataDir;

    private final Clock clock = Clock.systemUTC();

    private static Plan fullPlan(long accountId, long contactId) {
        PlanAction gift = new PlanAction(null, null, "王总生日鲜花", RelationshipLevel.SOCIAL, ActionType.GIFT,
                null, LocalDate.of(2024, 2, 29), "张伟", List.of(contactId), new BigDecimal("800.50"),
                ActionStatus.DONE, new BigDecimal("1000"), 5, "Loved the orchids", true, LocalDate.of(2024, 2, 29), 0L);
        PlanAction rebate = PlanAction.planned("Year-end rebate", RelationshipLevel.FINANCIAL,
                ActionType.DISCOUNT_REBATE, YearMonth.of(2024, 12)).withBudget(new BigDecimal("20000"));
        return new Plan(null, accountId, 2024, PlanStatus.ACTIVE,
                new Objectives(new BigDecimal("2000000"), new BigDecimal("30.5"), RelationshipLevel.STRUCTURAL, 4,
                        "成为首选供应商"),
                new Swot(List.of("Long history", "技术领先"), List.of("价格偏高"), List.of(), List.of("Competitor X")),
                "Monthly call with 王总", new BigDecimal("60000"), List.of(gift, rebate),
                new YearEndReview(new BigDecimal("1850000"), new BigDecimal("27.5"), RelationshipLevel.SOCIAL, 4,
                        "Good year", LocalDate.of(2024, 12, 20)), null, null, 0L);
    }

    @Test
    void aPlanComesBackWithItsSwotInOrderItsActionsTheirContactsAndItsReviewAfterReopening() {
        long accountId;
        long contactId;
        Plan saved;
        try (Database db = Database.open(dataDir)) {
            accountId = new AccountRepository(db, clock).insert(Account.named("华为技术")).id();
            contactId = new ContactRepository(db, clock).insert(Contact.named("王建国", accountId)).id();
            saved = new PlanRepository(db, clock).insert(fullPlan(accountId, contactId));
        }
        try (Database db = Database.open(dataDir)) {
            Plan back = new PlanRepository(db, clock).findFor(accountId, 2024).orElseThrow();
            assertThat(back.id()).isEqualTo(saved.id());
            assertThat(back.status()).isEqualTo(PlanStatus.ACTIVE);
            assertThat(back.objectives().revenueTarget()).isEqualByComparingTo("2000000");
            assertThat(back.objectives().shareOfWalletTarget()).isEqualByComparingTo("30.5");
            assertThat(back.objectives().targetLevel()).isEqualTo(RelationshipLevel.STRUCTURAL);
            assertThat(back.objectives().targetSatisfaction()).isEqualTo(4);
            assertThat(back.objectives().goals()).isEqualTo("成为首选供应商");
            assertThat(back.swot().strengths()).containsExactly("Long history", "技术领先");
            assertThat(back.swot().threats()).containsExactly("Competitor X");
            assertThat(back.strategy()).isEqualTo("Monthly call with 王总");
            assertThat(back.budget()).isEqualByComparingTo("60000");
            assertThat(back.review().conclusion()).isEqualTo("Good year");
            assertThat(back.review().reviewedOn()).isEqualTo(LocalDate.of(2024, 12, 20));
            assertThat(back.actions()).hasSize(2);
            PlanAction gift = back.actions().get(0);
            assertThat(gift.date()).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(gift.contactIds()).containsExactly(contactId);
            assertThat(gift.budget()).isEqualByComparingTo("800.50");
            assertThat(gift.effect()).isEqualTo(5);
            assertThat(gift.recurring()).isTrue();
            assertThat(gift.owner()).isEqualTo("张伟");
            PlanAction rebate = back.actions().get(1);
            assertThat(rebate.date()).isNull();
            assertThat(rebate.month()).isEqualTo(YearMonth.of(2024, 12));
            assertThat(rebate.status()).isEqualTo(ActionStatus.PLANNED);
            assertThat(back.figures().total().actual()).isEqualByComparingTo("1000");
        }
    }

    @Test
    void savingAPlanAgainKeepsActionIdsAddsNewOnesAndDropsRemovedOnes() {
        try (Database db = Database.open(dataDir)) {
            long accountId = new AccountRepository(db, clock).insert(Account.named("Contoso GmbH")).id();
            long contactId = new ContactRepository(db, clock).insert(Contact.named("Anna Müller", accountId)).id();
            PlanRepository repo = new PlanRepository(db, clock);
            Plan saved = repo.insert(fullPlan(accountId, contactId));
            long giftId = saved.actions().get(0).id();
            List<PlanAction> actions = new ArrayList<>();
            actions.add(PlanAction.planned("Training", RelationshipLevel.STRUCTURAL, ActionType.TRAINING,
                    YearMonth.of(2024, 6)));
            actions.add(saved.actions().get(0).withOutcome(new BigDecimal("1200"), 4, "").withOwnerAndContacts("", List.of()));
            Plan updated = repo.update(saved.withActions(actions).withContent(saved.objectives(), Swot.EMPTY, "new"));
            assertThat(updated.actions()).extracting(PlanAction::title).containsExactly("Training", "王总生日鲜花");
            assertThat(updated.actions().get(1).id()).isEqualTo(giftId);
            assertThat(updated.actions().get(1).actualCost()).isEqualByComparingTo("1200");
            assertThat(updated.actions().get(1).contactIds()).isEmpty();
            assertThat(updated.swot()).isEqualTo(Swot.EMPTY);
            assertThat(repo.countForAccount(accountId)).isEqualTo(1);

            PlanAction moved = repo.updateAction(updated.actions().get(0).movedTo(YearMonth.of(2024, 9)));
            assertThat(moved.month()).isEqualTo(YearMonth.of(2024, 9));
            assertThat(repo.find(saved.id()).orElseThrow().actions()).extracting(PlanAction::title)
                    .as("an action saved alone keeps its place").containsExactly("Training", "王总生日鲜花");
        }
    }

    @Test
    void theYearsPlansLeaveOutThoseOfDeletedAccounts() {
        try (Database db = Database.open(dataDir)) {
            AccountRepository accounts = new AccountRepository(db, clock);
            PlanRepository repo = new PlanRepository(db, clock);
            long a = accounts.insert(Account.named("上海新航科技")).id();
            Account acme = accounts.insert(Account.named("Acme Ltd"));
            long b = acme.id();
            repo.insert(Plan.draft(a, 2025));
            repo.insert(Plan.draft(b, 2025));
            repo.insert(Plan.draft(b, 2026));
            assertThat(repo.forYear(2025)).extracting(Plan::accountId).containsExactly(b, a);
            long deleted = accounts.softDelete(b, acme.version());
            assertThat(repo.forYear(2025)).extracting(Plan::accountId).containsExactly(a);
            accounts.restore(b, deleted);
            assertThat(repo.forAccount(b)).extracting(Plan::year).containsExactly(2026, 2025);
        }
    }

    /** More plans than one query's IN list takes: each still comes back whole, with its own actions and people. */
    @Test
    void aYearWithMorePlansThanOneQueryTakesComesBackWhole() {
        try (Database db = Database.open(dataDir)) {
            AccountRepository accounts = new AccountRepository(db, clock);
            ContactRepository people = new ContactRepository(db, clock);
            PlanRepository repo = new PlanRepository(db, clock);
            int n = PlanDao.IN_LIST_CHUNK * 2 + 7;
            for (int i = 0; i < n; i++) {
                long account = accounts.insert(Account.named(String.format("客户 %03d", i))).id();
                long person = people.insert(Contact.named("联系人 " + i, account)).id();
                repo.insert(fullPlan(account, person));
            }
            List<Plan> year = repo.forYear(2024);
            assertThat(year).hasSize(n);
            for (Plan p : year) {
                assertThat(p.actions()).extracting(PlanAction::title).containsExactly("王总生日鲜花", "Year-end rebate");
                assertThat(p.actions().get(0).contactIds()).hasSize(1);
                assertThat(p.swot().strengths()).containsExactly("Long history", "技术领先");
            }
            // each plan's person is its own account's, not a neighbour's from another chunk
            for (Plan p : year) {
                long person = p.actions().get(0).contactIds().get(0);
                assertThat(people.find(person).orElseThrow().accountId()).isEqualTo(p.accountId());
            }
        }
    }
}
