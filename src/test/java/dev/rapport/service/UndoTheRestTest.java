package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountExit;
import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.Contact;
import dev.rapport.domain.EditConflict;
import dev.rapport.domain.ExitReason;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.Preferences;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Sentiment;
import dev.rapport.domain.Tier;
import dev.rapport.service.ChangeHistory.Kind;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.ContactRepository;
import dev.rapport.store.Database;
import dev.rapport.store.FamilyRepository;
import dev.rapport.store.GiftRepository;
import dev.rapport.store.ImportantDateRepository;
import dev.rapport.store.InteractionRepository;
import dev.rapport.store.PlanRepository;
import dev.rapport.store.ContactInterestsRepository;
import dev.rapport.store.RetentionRepository;
import dev.rapport.store.BusinessSettingsRepository;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0018's last kinds: a follow-up ticked, a complaint moved on, preference tags, a tier or
 * an at-risk mark accepted from Insights, and a reactivation are undone and redone like any edit,
 * and an undo over a newer change made elsewhere is refused and keeps the newer data.
 *
 * <p>"Elsewhere" is a second set of services over the same database with a history of its own that
 * nobody reads: exactly how the command line writes (its services record into a history no one can
 * undo from), and a write the window's history does not see.
 */
class UndoTheRestTest {
    private static final Clock MID_MARCH_2026 = Clock.fixed(Instant.parse("2026-03-15T09:00:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @TempDir
    Path dataDir;

    private Database db;
    private ChangeHistory history;
    private Services window;
    private Services elsewhere;

    /** The services the window and the command line each build over one database. */
    private record Services(AccountService accounts, ContactService contacts, ContactLogService log,
            MemoryService memory, RetentionService retention) {
        static Services over(Database db, ChangeHistory history) {
            Clock clock = MID_MARCH_2026;
            AccountRepository accountRepo = new AccountRepository(db, clock);
            ContactRepository contactRepo = new ContactRepository(db, clock);
            ContactLogService log = new ContactLogService(new InteractionRepository(db, clock), accountRepo,
                    contactRepo, new BusinessSettingsRepository(db), clock, history);
            PlanService plans = new PlanService(db, new PlanRepository(db, clock), accountRepo, clock, history);
            return new Services(new AccountService(accountRepo, contactRepo, Locale.SIMPLIFIED_CHINESE, history),
                    new ContactService(contactRepo, accountRepo, Locale.SIMPLIFIED_CHINESE, clock, history), log,
                    new MemoryService(new FamilyRepository(db, clock), new ImportantDateRepository(db, clock),
                            new GiftRepository(db, clock), new ContactInterestsRepository(db, clock), clock, history),
                    new RetentionService(db, accountRepo, new RetentionRepository(db, clock),
                            new BusinessSettingsRepository(db), plans, log, clock, history));
        }
    }

    @BeforeEach
    void open() {
        db = Database.open(dataDir);
        history = new ChangeHistory();
        window = Services.over(db, history);
        elsewhere = Services.over(db, new ChangeHistory());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Account account(String name) {
        return window.accounts().save(new Account(null, name, PartyType.CUSTOMER, Tier.A,
                LifecycleStage.MAINTENANCE, RelationshipLevel.SOCIAL, null, "机械制造", "", "", "",
                new BigDecimal("500000"), new BigDecimal("20"), null, 4, "", List.of("老客户"), "", null, null, 0L));
    }

    private Account stored(Account a) {
        return window.accounts().find(a.id()).orElseThrow();
    }

    private Interaction stored(Interaction i) {
        return window.log().find(i.id()).orElseThrow();
    }

    // ---- the follow-up tick (Today's agenda, the timeline)

    private Interaction withFollowUp(Account a) {
        return window.log().log(Interaction.of(a.id(), LocalDateTime.of(2026, 3, 10, 10, 0), InteractionChannel.VISIT,
                "季度拜访").withFollowUp(TODAY.minusDays(2), "发送报价单"));
    }

    @Test
    void aFollowUpTickedDoneIsUndoneBackOntoTheAgendaAndRedoneOffIt() {
        Interaction visit = withFollowUp(account("上海新航科技"));
        window.log().setFollowUpDone(visit.id(), true);
        assertThat(window.log().followUpsDue(TODAY)).isEmpty();

        ChangeHistory.Outcome undone = history.undo();

        assertThat(undone.kind()).isEqualTo(Kind.DONE);
        assertThat(undone.change().key()).isEqualTo("undo.followUp.done");
        assertThat(undone.change().args()).containsExactly("发送报价单");
        assertThat(stored(visit)).usingRecursiveComparison().ignoringFields("version", "updatedAt", "createdAt")
                .isEqualTo(visit);
        assertThat(window.log().followUpsDue(TODAY)).extracting(f -> f.what()).containsExactly("发送报价单");

        assertThat(history.redo().kind()).isEqualTo(Kind.DONE);
        assertThat(stored(visit).followUpDone()).isTrue();
        assertThat(window.log().followUpsDue(TODAY)).isEmpty();
        // the redo moved the history's version on: a second undo names it and is no conflict
        assertThat(history.undo().kind()).isEqualTo(Kind.DONE);
        assertThat(stored(visit).followUpDone()).isFalse();
    }

    @Test
    void aFollowUpOpenedAgainIsUndoneToDone() {
        Interaction visit = withFollowUp(account("上海新航科技"));
        window.log().setFollowUpDone(visit.id(), true);
        window.log().setFollowUpDone(visit.id(), false);

        ChangeHistory.Outcome undone = history.undo();

        assertThat(undone.change().key()).isEqualTo("undo.followUp.open");
        assertThat(stored(visit).followUpDone()).isTrue();
    }

    @Test
    void undoingATickAfterTheEntryWasEditedElsewhereIsRefusedAndTheEditStays() {
        Interaction visit = withFollowUp(account("上海新航科技"));
        window.log().setFollowUpDone(visit.id(), true);
        elsewhere.log().edit(stored(visit).withDetails("客户要求下周再报一次价", "", Sentiment.POSITIVE, null));

        ChangeHistory.Outcome refused = history.undo();

        assertThat(refused.kind()).isEqualTo(Kind.REFUSED);
        assertThat(refused.problem()).isInstanceOf(EditConflict.class);
        assertThat(stored(visit).followUpDone()).isTrue();
        assertThat(stored(visit).notes()).isEqualTo("客户要求下周再报一次价");
        assertThat(history.nextUndo()).get().extracting(ChangeHistory.Change::key).isEqualTo("undo.log.created");
    }

    // ---- a complaint's status

    @Test
    void aComplaintMovedOnIsUndoneStepByStepAndRedone() {
        Account a = account("北京天合贸易");
        Interaction complaint = window.log().log(Interaction.of(a.id(), LocalDateTime.of(2026, 3, 2, 9, 0),
                InteractionChannel.COMPLAINT, "交货延误"));
        window.log().updateComplaint(complaint.id(), ComplaintStatus.IN_PROGRESS, "", null);
        window.log().updateComplaint(complaint.id(), ComplaintStatus.RESOLVED, "补发货物并致歉", TODAY);
        assertThat(window.log().openComplaints()).isEmpty();

        ChangeHistory.Outcome undone = history.undo();

        assertThat(undone.change().key()).isEqualTo("undo.complaint.status");
        assertThat(undone.change().args()).containsExactly("交货延误");
        Interaction back = stored(complaint);
        assertThat(back.complaintStatus()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(back.resolution()).isEmpty();
        assertThat(back.resolvedOn()).isNull();
        assertThat(history.undo().kind()).isEqualTo(Kind.DONE);
        assertThat(stored(complaint)).usingRecursiveComparison().ignoringFields("version", "updatedAt", "createdAt")
                .isEqualTo(complaint);

        history.redo();
        history.redo();
        Interaction redone = stored(complaint);
        assertThat(redone.complaintStatus()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(redone.resolution()).isEqualTo("补发货物并致歉");
        assertThat(redone.resolvedOn()).isEqualTo(TODAY);
    }

    @Test
    void undoingAComplaintStatusAfterItWasResolvedElsewhereIsRefusedAndTheResolutionStays() {
        Account a = account("北京天合贸易");
        Interaction complaint = window.log().log(Interaction.of(a.id(), LocalDateTime.of(2026, 3, 2, 9, 0),
                InteractionChannel.COMPLAINT, "交货延误"));
        window.log().updateComplaint(complaint.id(), ComplaintStatus.IN_PROGRESS, "", null);
        elsewhere.log().updateComplaint(complaint.id(), ComplaintStatus.RESOLVED, "补发", TODAY);

        ChangeHistory.Outcome refused = history.undo();

        assertThat(refused.kind()).isEqualTo(Kind.REFUSED);
        assertThat(refused.problem()).isInstanceOf(EditConflict.class);
        assertThat(stored(complaint).complaintStatus()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(stored(complaint).resolution()).isEqualTo("补发");
    }

    // ---- preference tags (the memory pane)

    private Preferences tags(Contact c) {
        return window.memory().of(c.id()).preferences();
    }

    private Preferences tagged(Contact c, String... tags) {
        Preferences read = tags(c);
        return window.memory().save(new Preferences(c.id(), read.text(), List.of(tags), read.version()));
    }

    @Test
    void preferenceTagsSavedAreUndoneToTheTagsBeforeAndRedone() {
        Contact wang = window.contacts().save(Contact.named("王伟", account("上海新航科技").id()));
        tagged(wang, "爱花", "不喝酒");
        tagged(wang, "爱花", "爱喝绿茶");

        ChangeHistory.Outcome undone = history.undo();

        assertThat(undone.change().key()).isEqualTo("undo.tags.edited");
        assertThat(undone.change().args()).containsExactly("王伟");
        assertThat(tags(wang).tags()).containsExactly("爱花", "不喝酒");
        assertThat(history.undo().kind()).isEqualTo(Kind.DONE);
        assertThat(tags(wang).tags()).isEmpty();

        history.redo();
        history.redo();
        assertThat(tags(wang).tags()).containsExactly("爱花", "爱喝绿茶");
    }

    @Test
    void anEditOfThePersonBetweenDoesNotRefuseTheTagsUndo() {
        Contact wang = window.contacts().save(Contact.named("王伟", account("上海新航科技").id()));
        tagged(wang, "爱花");
        // the person's own version moves; the tags keep theirs (decision 0017), so their undo is no conflict
        elsewhere.contacts().save(window.contacts().find(wang.id()).orElseThrow().withPoints(List.of(),
                List.of(new dev.rapport.domain.ContactPoint(dev.rapport.domain.ContactPoint.Kind.WORK,
                        "wang.wei@xinhang.example"))));

        assertThat(history.undo().kind()).isEqualTo(Kind.DONE);
        assertThat(tags(wang).tags()).isEmpty();
        assertThat(window.contacts().find(wang.id()).orElseThrow().emails()).hasSize(1);
    }

    @Test
    void undoingTagsSavedAgainElsewhereIsRefusedAndTheNewerTagsStay() {
        Contact wang = window.contacts().save(Contact.named("王伟", account("上海新航科技").id()));
        tagged(wang, "爱花");
        Preferences read = tags(wang);
        elsewhere.memory().save(new Preferences(wang.id(), read.text(), List.of("茶叶"), read.version()));

        ChangeHistory.Outcome refused = history.undo();

        assertThat(refused.kind()).isEqualTo(Kind.REFUSED);
        assertThat(refused.problem()).isInstanceOf(EditConflict.class);
        assertThat(tags(wang).tags()).containsExactly("茶叶");
    }

    // ---- Insights: a tier or an at-risk mark accepted

    @Test
    void anAcceptedTierIsUndoneAndRedone() {
        Account a = stored(account("杭州瑞丰电子"));
        window.retention().acceptTier(a.id(), Tier.C);

        ChangeHistory.Outcome undone = history.undo();

        assertThat(undone.change().key()).isEqualTo("undo.tier.accepted");
        assertThat(undone.change().args()).containsExactly("杭州瑞丰电子");
        assertThat(stored(a)).usingRecursiveComparison().ignoringFields("version", "updatedAt").isEqualTo(a);
        history.redo();
        assertThat(stored(a).tier()).isEqualTo(Tier.C);
    }

    @Test
    void severalAccountsMarkedAtRiskAreOneUndoAndOneRedo() {
        Account one = account("杭州瑞丰电子");
        Account two = account("深圳华强");
        int before = history.undoCount();

        window.retention().markAtRisk(List.of(one.id(), two.id()));

        assertThat(history.undoCount()).isEqualTo(before + 1);
        ChangeHistory.Outcome undone = history.undo();
        assertThat(undone.change().key()).isEqualTo("undo.atRisk.markedMany");
        assertThat(undone.change().args()).containsExactly(2);
        assertThat(stored(one).stage()).isEqualTo(LifecycleStage.MAINTENANCE);
        assertThat(stored(two).stage()).isEqualTo(LifecycleStage.MAINTENANCE);
        history.redo();
        assertThat(stored(one).stage()).isEqualTo(LifecycleStage.AT_RISK);
        assertThat(stored(two).stage()).isEqualTo(LifecycleStage.AT_RISK);
    }

    @Test
    void oneAccountMarkedAtRiskIsUndone() {
        Account a = account("杭州瑞丰电子");
        window.retention().markAtRisk(a.id());

        assertThat(history.undo().change().key()).isEqualTo("undo.atRisk.marked");
        assertThat(stored(a).stage()).isEqualTo(LifecycleStage.MAINTENANCE);
    }

    @Test
    void undoingAnAcceptedTierAfterTheAccountWasEditedElsewhereIsRefusedAndTheEditStays() {
        Account a = account("杭州瑞丰电子");
        window.retention().acceptTier(a.id(), Tier.B);
        Account now = stored(a);
        elsewhere.accounts().save(new Account(now.id(), "杭州瑞丰电子有限公司", now.partyType(), now.tier(), now.stage(),
                now.level(), now.relationshipType(), now.industry(), now.address(), now.phone(), now.website(),
                now.annualRevenue(), now.grossMarginPct(), now.shareOfWalletPct(), now.satisfaction(), now.owner(),
                now.tags(), now.notes(), now.createdAt(), now.updatedAt(), now.version()));

        ChangeHistory.Outcome refused = history.undo();

        assertThat(refused.kind()).isEqualTo(Kind.REFUSED);
        assertThat(refused.problem()).isInstanceOf(EditConflict.class);
        assertThat(stored(a).tier()).isEqualTo(Tier.B);
        assertThat(stored(a).name()).isEqualTo("杭州瑞丰电子有限公司");
    }

    // ---- reactivating an exited account

    private Account exited(String name) {
        Account a = account(name);
        window.retention().exit(new AccountExit(null, a.id(), LocalDate.parse("2026-03-01"), ExitReason.PRICE, "价格",
                a.annualRevenue(), a.grossMarginPct(), true, "", null), null);
        return stored(a);
    }

    @Test
    void aReactivationIsOneUndoThatPutsTheAccountBackToExitedAndReopensItsExit() {
        Account a = exited("北京天合贸易");
        window.retention().reactivate(a.id());
        assertThat(stored(a).stage()).isEqualTo(LifecycleStage.RECOVERY);

        ChangeHistory.Outcome undone = history.undo();

        assertThat(undone.change().key()).isEqualTo("undo.reactivated");
        assertThat(undone.change().args()).containsExactly("北京天合贸易");
        assertThat(stored(a).stage()).isEqualTo(LifecycleStage.EXITED);
        assertThat(window.retention().exitsOf(a.id())).singleElement().extracting(AccountExit::reactivatedOn)
                .isNull();

        history.redo();
        assertThat(stored(a).stage()).isEqualTo(LifecycleStage.RECOVERY);
        assertThat(window.retention().exitsOf(a.id())).singleElement().extracting(AccountExit::reactivatedOn)
                .isEqualTo(TODAY);
    }

    @Test
    void afterAReactivationIsUndoneTheExitBeforeItCanBeUndoneToo() {
        Account a = exited("北京天合贸易");
        window.retention().reactivate(a.id());

        history.undo();
        ChangeHistory.Outcome exitUndone = history.undo();

        // the exit's undo names the version the reactivation's undo left, not the one the exit left
        assertThat(exitUndone.kind()).isEqualTo(Kind.DONE);
        assertThat(exitUndone.change().key()).isEqualTo("undo.exit.recorded");
        assertThat(stored(a).stage()).isEqualTo(LifecycleStage.MAINTENANCE);
        assertThat(window.retention().exitsOf(a.id())).isEmpty();
    }

    @Test
    void anExitEditUndoneAfterAReactivationUndoneIsNoConflict() {
        Account a = exited("北京天合贸易");
        AccountExit exit = window.retention().exitsOf(a.id()).get(0);
        window.retention().editExit(new AccountExit(exit.id(), a.id(), exit.exitedOn(), exit.reason(), "价格太高",
                exit.revenueAtExit(), exit.marginPctAtExit(), exit.avoidable(), exit.winBackPlan(),
                exit.reactivatedOn(), exit.segmentAtExit(), exit.version()), null);
        window.retention().reactivate(a.id());

        history.undo();
        ChangeHistory.Outcome editUndone = history.undo();

        assertThat(editUndone.kind()).isEqualTo(Kind.DONE);
        assertThat(editUndone.change().key()).isEqualTo("undo.exit.edited");
        assertThat(window.retention().exitsOf(a.id())).singleElement().extracting(AccountExit::reasonText)
                .isEqualTo("价格");
    }

    @Test
    void undoingAReactivationAfterTheAccountWasEditedElsewhereIsRefusedAndNeitherPartIsTakenBack() {
        Account a = exited("北京天合贸易");
        window.retention().reactivate(a.id());
        elsewhere.retention().acceptTier(a.id(), Tier.B);

        ChangeHistory.Outcome refused = history.undo();

        assertThat(refused.kind()).isEqualTo(Kind.REFUSED);
        assertThat(refused.problem()).isInstanceOf(EditConflict.class);
        assertThat(stored(a).stage()).isEqualTo(LifecycleStage.RECOVERY);
        assertThat(stored(a).tier()).isEqualTo(Tier.B);
        // one change, one transaction: the exit's part is not taken back on its own, its day of return stays
        assertThat(window.retention().exitsOf(a.id())).singleElement().extracting(AccountExit::reactivatedOn)
                .isEqualTo(TODAY);
    }
}
