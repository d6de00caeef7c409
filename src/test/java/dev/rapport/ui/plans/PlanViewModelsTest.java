package dev.rapport.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionSuggestions;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlannedAccount;
import dev.rapport.i18n.Messages;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.testutil.TestUi;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Notifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan editor's, action editor's and Planner's state, without the toolkit. */
class PlanViewModelsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    private final Messages en = new Messages(Locale.ENGLISH);
    private final Formats formats = new Formats(Locale.ENGLISH);

    @TempDir
    Path dataDir;

    private AppContext app;
    private FakeDialogs dialogs;
    private final List<String> statuses = new ArrayList<>();

    @BeforeEach
    void open() {
        app = AppContext.open(dataDir, Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private TestUi ui() {
        dialogs = new FakeDialogs();
        return dev.rapport.testutil.TestUi.of(app, new DirectTaskExecutor(), dialogs);
    }

    private final Notifier notifier = new Notifier() {
        @Override
        public void status(String message) {
            statuses.add(message);
        }

        @Override
        public void undoable(String message, Runnable undo) {
            statuses.add(message);
        }
    };

    @Test
    void theActionFormStartsFromASuggestionAndOffersOnlyTheLevelsTypes() {
        ActionEditorViewModel m = new ActionEditorViewModel(PlanAction.planned("", RelationshipLevel.FINANCIAL, null,
                YearMonth.of(2026, 6)), 2026, TODAY, en, formats);
        assertThat(m.validProperty().get()).as("a title is required").isFalse();
        assertThat(m.errors()).containsKey("title");
        m.level.set(RelationshipLevel.SOCIAL);
        assertThat(m.types()).contains(ActionType.GIFT, ActionType.OTHER).doesNotContain(ActionType.TRAINING);
        ActionSuggestions.Suggestion club = m.suggestions().stream()
                .filter(s -> s.type() == ActionType.CLUB_INVITATION).findFirst().orElseThrow();
        m.apply(club);
        assertThat(m.title.get()).isEqualTo("Customer-club event");
        assertThat(m.type.get()).isEqualTo(ActionType.CLUB_INVITATION);
        assertThat(m.recurring.get()).isTrue();
        m.level.set(RelationshipLevel.STRUCTURAL);
        assertThat(m.type.get()).as("a club invitation is no structural type").isEqualTo(ActionType.OTHER);
        m.budget.set("-10");
        assertThat(m.errors()).containsKey("budget");
        m.budget.set("1,500.50");
        m.date.set(LocalDate.of(2026, 9, 30));
        assertThat(m.month.get()).isEqualTo(9);
        m.month.set(10);
        assertThat(m.date.get()).as("a day of another month is dropped").isNull();
        m.date.set(LocalDate.of(2027, 1, 5));
        assertThat(m.errors()).containsKey("date");
        m.date.set(null);
        m.status.set(ActionStatus.DONE);
        m.actualCost.set("1,620");
        assertThat(m.validProperty().get()).isTrue();
        PlanAction a = m.toAction();
        assertThat(a.budget()).isEqualByComparingTo("1500.50");
        assertThat(a.month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(a.doneOn()).isEqualTo(TODAY);
        assertThat(a.actualCost()).isEqualByComparingTo("1620");
    }

    @Test
    void thePlanFormFlagsBadNumbersAndItsFiguresFollowTheActions() {
        Plan plan = Plan.draft(1, 2026).withActions(List.of(
                PlanAction.planned("Points", RelationshipLevel.FINANCIAL, ActionType.LOYALTY_POINTS,
                        YearMonth.of(2026, 3)).withBudget(new BigDecimal("3000")),
                PlanAction.planned("生日鲜花", RelationshipLevel.SOCIAL, ActionType.GIFT, YearMonth.of(2026, 5))
                        .withBudget(new BigDecimal("800")).withOutcome(new BigDecimal("750"), 4, "")));
        PlanEditorViewModel m = new PlanEditorViewModel(plan, TODAY, en, formats);
        m.budget.set("ten thousand");
        assertThat(m.errors()).containsKey("budget");
        assertThat(m.figuresProperty().get()).isNull();
        m.budget.set("3,500");
        m.shareTarget.set("120");
        assertThat(m.errors()).containsKey("shareOfWalletTarget");
        m.shareTarget.set("35");
        assertThat(m.validProperty().get()).isTrue();
        assertThat(m.figuresProperty().get().plannedExceedsBudget()).isTrue();
        m.markDone(m.actions.get(1));
        assertThat(m.figuresProperty().get().level(RelationshipLevel.SOCIAL).done()).isEqualTo(1);
        assertThat(m.figuresProperty().get().level(RelationshipLevel.SOCIAL).actual()).isEqualByComparingTo("750");
        m.put(PlanAction.planned(" ", RelationshipLevel.STRUCTURAL, ActionType.TRAINING, YearMonth.of(2026, 7)), null);
        assertThat(m.errors().get("actions")).startsWith("Action 3");
        m.remove(m.actions.get(2));
        m.swot.get(dev.rapport.domain.plan.SwotKind.THREAT).set("Competitor X\n\n 低价竞争 ");
        Plan out = m.toPlan();
        assertThat(out.swot().threats()).containsExactly("Competitor X", "低价竞争");
        assertThat(out.budget()).isEqualByComparingTo("3500");
        assertThat(out.actions().get(1).status()).isEqualTo(ActionStatus.DONE);
        assertThat(m.newAction(RelationshipLevel.SOCIAL).month()).isEqualTo(YearMonth.of(2026, 6));

        PlanAction twin = PlanAction.planned("Greeting card", RelationshipLevel.SOCIAL, ActionType.GREETING,
                YearMonth.of(2026, 12));
        PlanAction twin2 = PlanAction.planned("Greeting card", RelationshipLevel.SOCIAL, ActionType.GREETING,
                YearMonth.of(2026, 12));
        m.put(twin, null);
        m.put(twin2, null);
        m.put(twin2.withBudget(new BigDecimal("90")), twin2);
        assertThat(m.actions).extracting(PlanAction::budget).as("the second of two equal rows was edited")
                .containsExactly(new BigDecimal("3000"), new BigDecimal("800"), null, new BigDecimal("90"));
    }

    @Test
    void thePlannerFiltersMovesAndMarksDoneThroughTheService() {
        Account a = app.accounts().save(Account.named("华为技术").withTier(Tier.A));
        Account b = app.accounts().save(Account.named("Contoso GmbH").withTier(Tier.B));
        Plan pa = app.plans().save(Plan.draft(a.id(), 2026).withActions(List.of(
                PlanAction.planned("Rebate", RelationshipLevel.FINANCIAL, ActionType.DISCOUNT_REBATE,
                        YearMonth.of(2026, 3)).withBudget(new BigDecimal("1000")).withOwnerAndContacts("张伟", List.of()),
                PlanAction.planned("Training", RelationshipLevel.STRUCTURAL, ActionType.TRAINING,
                        YearMonth.of(2026, 6)).withBudget(new BigDecimal("5000")))));
        app.plans().save(Plan.draft(b.id(), 2026).withActions(List.of(
                PlanAction.planned("Gift", RelationshipLevel.SOCIAL, ActionType.GIFT, YearMonth.of(2026, 9))
                        .withOwnerAndContacts("Anna Müller", List.of()))));
        TestUi ui = ui();
        PlannerViewModel m = new PlannerViewModel(ui.plans(), ui.accounts(), ui.clock(), ui.kit(), notifier);
        m.reload();
        assertThat(m.rows()).extracting(r -> r.account().name()).containsExactly("Contoso GmbH", "华为技术");
        assertThat(m.owners()).containsExactly("Anna Müller", "张伟");
        assertThat(m.due()).extracting(d -> d.action().title()).containsExactly("Rebate", "Training");
        assertThat(m.totalsProperty().get().total().budget()).isEqualByComparingTo("6000");

        m.setFilter(Set.of(), Set.of(), Set.of(Tier.A), Set.of());
        assertThat(m.rows()).extracting(r -> r.account().name()).containsExactly("华为技术");
        m.setFilter(Set.of(RelationshipLevel.STRUCTURAL), Set.of(), Set.of(), Set.of());
        PlannedAccount huawei = m.rows().stream().filter(r -> r.account().id().equals(a.id())).findFirst().orElseThrow();
        assertThat(m.actionsIn(huawei, 3)).isEmpty();
        assertThat(m.actionsIn(huawei, 6)).extracting(PlanAction::title).containsExactly("Training");
        assertThat(m.totalsProperty().get().total().budget()).isEqualByComparingTo("5000");
        m.setFilter(Set.of(), Set.of(), Set.of(), Set.of());

        PlanAction rebate = pa.actions().get(0);
        m.move(rebate, 8);
        assertThat(app.plans().findAction(rebate.id()).orElseThrow().month()).isEqualTo(YearMonth.of(2026, 8));
        assertThat(statuses).last().asString().contains("Rebate");
        m.move(rebate, 13);
        assertThat(app.plans().findAction(rebate.id()).orElseThrow().month()).isEqualTo(YearMonth.of(2026, 8));
        assertThat(m.due()).extracting(d -> d.action().title()).containsExactly("Training");

        m.markDone(pa.actions().get(1));
        assertThat(m.due()).isEmpty();
        assertThat(app.plans().findAction(pa.actions().get(1).id()).orElseThrow().doneOn()).isEqualTo(TODAY);
        assertThat(dialogs.errors).isEmpty();

        m.previousYear();
        assertThat(m.yearProperty().get()).isEqualTo(2025);
        assertThat(m.rows()).isEmpty();
    }

    @Test
    void planTextWordsProgressFlagsAndMonthsInChineseToo() {
        Plan plan = Plan.draft(1, 2026).withBudget(new BigDecimal("1000")).withActions(List.of(
                PlanAction.planned("礼品", RelationshipLevel.SOCIAL, ActionType.GIFT, YearMonth.of(2026, 5))
                        .withBudget(new BigDecimal("1200")).withOutcome(new BigDecimal("600"), null, "")
                        .withStatus(ActionStatus.DONE)));
        Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
        Formats zhFormats = new Formats(Locale.SIMPLIFIED_CHINESE);
        assertThat(PlanText.progress(plan.figures(), formats, en)).isEqualTo(
                "1 of 1 action done · 600 of 1,000 budget used (60 %)");
        assertThat(PlanText.progress(plan.figures(), zhFormats, zh)).contains("已完成 1 / 1 项行动");
        assertThat(PlanText.budgetFlag(plan.figures(), formats, en)).contains("1,200").contains("1,000");
        assertThat(PlanText.when(plan.actions().get(0), zhFormats, zh)).isEqualTo("2026年5月");
        assertThat(PlanText.when(plan.actions().get(0), formats, en)).isEqualTo("May 2026");
    }

    @Test
    void choosingClosedFillsTheEmptyReviewFieldsFromTheAccountAndKeepsWhatWasTyped() {
        dev.rapport.domain.Account account = new dev.rapport.domain.Account(7L, "杭州瑞丰电子", dev.rapport.domain.PartyType.CUSTOMER,
                dev.rapport.domain.Tier.A, dev.rapport.domain.LifecycleStage.GROWTH, RelationshipLevel.STRUCTURAL, null,
                "", "", "", "", new BigDecimal("1850000"), new BigDecimal("20"), new BigDecimal("32.5"), 4, "",
                List.of(), "", null, null, 0L);
        PlanEditorViewModel m = new PlanEditorViewModel(Plan.draft(7, 2026), account, TODAY, en, formats);
        m.actualRevenue.set("1,700,000");
        assertThat(m.reviewedOn.get()).isNull();
        m.status.set(dev.rapport.domain.plan.PlanStatus.CLOSED);
        assertThat(m.actualRevenue.get()).as("typed before").isEqualTo("1,700,000");
        assertThat(m.actualShare.get()).isEqualTo("32.5");
        assertThat(m.levelReached.get()).isEqualTo(RelationshipLevel.STRUCTURAL);
        assertThat(m.actualSatisfaction.get()).isEqualTo(4);
        assertThat(m.reviewedOn.get()).isEqualTo(TODAY);
        assertThat(m.validProperty().get()).isTrue();
        assertThat(m.toPlan().review().actualShareOfWallet()).isEqualByComparingTo("32.5");
    }

    @Test
    void thePlanSummaryShowsThisYearsPlanAndLinksTheOtherYearsLatestFirst() {
        Account planned = app.accounts().save(Account.named("华为技术"));
        app.plans().save(Plan.draft(planned.id(), 2024));
        app.plans().save(Plan.draft(planned.id(), 2025));
        app.plans().save(Plan.draft(planned.id(), 2026).withActions(List.of(
                PlanAction.planned("Training", RelationshipLevel.STRUCTURAL, ActionType.TRAINING,
                        YearMonth.of(2026, 9)))));
        Account unplanned = app.accounts().save(Account.named("Contoso GmbH"));
        TestUi ui = ui();
        Messages msg = ui.messages();
        PlanSummaryViewModel m = new PlanSummaryViewModel(ui.plans(), ui.clock(), ui.kit());

        m.show(planned);
        assertThat(m.titleProperty().get()).isEqualTo(msg.get("plans.summary.title", 2026));
        assertThat(m.hasPlanProperty().get()).isTrue();
        assertThat(m.openTextProperty().get()).isEqualTo(msg.get("plans.summary.open", 2026));
        assertThat(m.progressProperty().get()).isZero();
        assertThat(m.otherYears()).containsExactly(2025, 2024);

        m.show(unplanned);
        assertThat(m.hasPlanProperty().get()).isFalse();
        assertThat(m.flaggedProperty().get()).isFalse();
        assertThat(m.progressTextProperty().get()).isEqualTo(msg.get("plans.summary.none", 2026));
        assertThat(m.openTextProperty().get()).isEqualTo(msg.get("plans.summary.create", 2026));
        assertThat(m.othersShownProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }
}
