package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.AccountExit;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import dev.rapport.domain.EditConflict;
import dev.rapport.domain.ExitReason;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.Relation;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Sentiment;
import dev.rapport.domain.Tier;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.service.ChangeHistory.Kind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: Ctrl+Z undoes the last saved change of any kind, redo puts it back, a newer change wins. */
class UndoEveryChangeTest {
    private static final Clock MID_MARCH_2026 = Clock.fixed(Instant.parse("2026-03-15T09:00:00Z"),
            ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private AppContext ctx;
    private ChangeHistory history;

    @BeforeEach
    void open() {
        ctx = AppContext.open(dataDir, MID_MARCH_2026);
        history = ctx.history();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private Account account(String name) {
        return ctx.accounts().save(new Account(null, name, PartyType.CUSTOMER, Tier.A, LifecycleStage.MAINTENANCE,
                RelationshipLevel.SOCIAL, null, "机械制造", "", "", "", new BigDecimal("500000"), new BigDecimal("20"),
                null, 4, "", List.of("老客户"), "", null, null, 0L));
    }

    private static Account renamed(Account a, String name) {
        return new Account(a.id(), name, a.partyType(), a.tier(), a.stage(), a.level(), a.relationshipType(),
                a.industry(), a.address(), a.phone(), a.website(), a.annualRevenue(), a.grossMarginPct(),
                a.shareOfWalletPct(), a.satisfaction(), a.owner(), a.tags(), a.notes(), a.createdAt(), a.updatedAt(),
                a.version());
    }

    private Account stored(Account a) {
        return ctx.accounts().find(a.id()).orElseThrow();
    }

    @Test
    void undoingAnAccountEditBringsBackEveryFieldAndRedoPutsTheEditBack() {
        Account before = stored(account("上海新航科技"));
        ctx.accounts().save(renamed(before, "上海新航科技有限公司").withTier(Tier.C).withTags(List.of("重点", "华东")));

        ChangeHistory.Outcome undone = history.undo();

        assertThat(undone.kind()).isEqualTo(Kind.DONE);
        assertThat(undone.change().key()).isEqualTo("undo.account.edited");
        assertThat(undone.change().args()).containsExactly("上海新航科技有限公司");
        assertThat(stored(before)).usingRecursiveComparison().ignoringFields("version", "updatedAt")
                .isEqualTo(before);
        assertThat(history.redo().kind()).isEqualTo(Kind.DONE);
        Account redone = stored(before);
        assertThat(redone.name()).isEqualTo("上海新航科技有限公司");
        assertThat(redone.tier()).isEqualTo(Tier.C);
        assertThat(redone.tags()).containsExactly("重点", "华东");
        // and back again: the redo recorded the versions it left, so a second undo is no conflict
        assertThat(history.undo().kind()).isEqualTo(Kind.DONE);
        assertThat(stored(before).name()).isEqualTo("上海新航科技");
    }

    @Test
    void undoingANewAccountHidesItAndRedoBringsItBack() {
        Account created = account("杭州瑞丰电子");

        assertThat(history.undo().change().key()).isEqualTo("undo.account.created");
        assertThat(ctx.accounts().list()).isEmpty();
        history.redo();
        assertThat(ctx.accounts().list()).extracting(i -> i.account().id()).containsExactly(created.id());
    }

    @Test
    void anUndoOverANewerChangeMadeElsewhereIsRefusedAndTheNewerDataStays() {
        Account a = account("北京天合贸易");
        ctx.accounts().save(renamed(a, "北京天合贸易有限公司"));
        long deleted = ctx.accounts().delete(a.id(), stored(a).version());
        // the delete offer's own Undo (the fallback a screen passes) restores without going through the history
        ctx.accounts().undoDelete(a.id(), deleted);

        // the delete's entry would restore an account restored already
        assertThat(history.undo().kind()).isEqualTo(Kind.REFUSED);
        ChangeHistory.Outcome refused = history.undo();

        assertThat(refused.kind()).isEqualTo(Kind.REFUSED);
        assertThat(refused.change().key()).isEqualTo("undo.account.edited");
        assertThat(refused.problem()).isInstanceOf(EditConflict.class);
        assertThat(stored(a).name()).isEqualTo("北京天合贸易有限公司");
        // the refused edit is gone; the one before it (the new account) is next
        assertThat(history.nextUndo()).get().extracting(ChangeHistory.Change::key).isEqualTo("undo.account.created");
        assertThat(history.redoCount()).isZero();
    }

    @Test
    void aNewChangeClearsWhatCouldBeRedone() {
        Account a = account("深圳华强");
        ctx.accounts().save(renamed(a, "深圳华强集团"));
        history.undo();
        assertThat(history.redoCount()).isEqualTo(1);

        ctx.accounts().save(renamed(stored(a), "深圳华强电子"));

        assertThat(history.redoCount()).isZero();
        assertThat(history.redo().kind()).isEqualTo(Kind.NOTHING);
        assertThat(stored(a).name()).isEqualTo("深圳华强电子");
    }

    @Test
    void anUndoMovesItsEntryToRedoWithoutRecordingANewChange() {
        Account a = account("南京金陵");
        ctx.accounts().save(renamed(a, "南京金陵饭店"));
        assertThat(history.undoCount()).isEqualTo(2);

        history.undo();

        assertThat(history.undoCount()).isEqualTo(1);
        assertThat(history.redoCount()).isEqualTo(1);
    }

    @Test
    void undoingADeleteOfAnAccountBringsItBackAndRedoDeletesItAgain() {
        Account a = account("苏州工业园");
        ctx.accounts().delete(a.id(), a.version());

        assertThat(history.undo().change().key()).isEqualTo("undo.account.deleted");
        assertThat(ctx.accounts().list()).hasSize(1);
        history.redo();
        assertThat(ctx.accounts().list()).isEmpty();
    }

    @Test
    void personEditsAndNewPeopleAreUndoneAndRedone() {
        Account a = account("上海新航科技");
        Contact wang = ctx.contacts().save(Contact.named("王伟", a.id()));
        Contact changed = ctx.contacts().save(wang.withPoints(List.of(new ContactPoint(ContactPoint.Kind.MOBILE,
                "13800000000")), List.of()));
        assertThat(changed.phones()).hasSize(1);

        assertThat(history.undo().change().key()).isEqualTo("undo.contact.edited");
        Contact back = ctx.contacts().find(wang.id()).orElseThrow();
        assertThat(back).usingRecursiveComparison().ignoringFields("version", "updatedAt").isEqualTo(wang);
        assertThat(history.undo().change().key()).isEqualTo("undo.contact.created");
        assertThat(ctx.contacts().find(wang.id())).isEmpty();

        history.redo();
        history.redo();
        assertThat(ctx.contacts().find(wang.id()).orElseThrow().phones()).extracting(ContactPoint::value)
                .containsExactly("13800000000");
    }

    @Test
    void contactLogEntriesNewEditedAndDeletedAreUndoneInTurn() {
        Account a = account("上海新航科技");
        LocalDateTime at = LocalDateTime.of(2026, 3, 10, 10, 0);
        Interaction logged = ctx.contactLog().log(Interaction.of(a.id(), at, InteractionChannel.VISIT, "季度拜访"));
        logged = ctx.contactLog().find(logged.id()).orElseThrow();
        Interaction edited = ctx.contactLog().edit(logged.withDetails("谈了新报价", "", Sentiment.POSITIVE, null));
        ctx.contactLog().delete(edited.id(), edited.version());

        assertThat(history.undo().change().key()).isEqualTo("undo.log.deleted");
        assertThat(ctx.contactLog().find(logged.id()).orElseThrow().notes()).isEqualTo("谈了新报价");
        assertThat(history.undo().change().key()).isEqualTo("undo.log.edited");
        assertThat(ctx.contactLog().find(logged.id()).orElseThrow()).usingRecursiveComparison()
                .ignoringFields("version", "updatedAt").isEqualTo(logged);
        assertThat(history.undo().change().key()).isEqualTo("undo.log.created");
        assertThat(ctx.contactLog().find(logged.id())).isEmpty();
        assertThat(ctx.contactLog().lastContactOfAccount(a.id())).isEmpty();

        history.redo();
        assertThat(ctx.contactLog().lastContactOfAccount(a.id())).contains(at);
    }

    private Plan planWithOneAction(Account a) {
        return ctx.plans().save(Plan.draft(a.id(), 2026).withActions(List.of(
                PlanAction.planned("端午礼品", RelationshipLevel.SOCIAL, ActionType.GIFT, YearMonth.of(2026, 6)))));
    }

    @Test
    void aPlanActionAddedEditedAndDoneIsUndoneStepByStep() {
        Account a = account("上海新航科技");
        Plan plan = planWithOneAction(a);
        List<PlanAction> actions = new ArrayList<>(plan.actions());
        actions.add(PlanAction.planned("技术培训", RelationshipLevel.STRUCTURAL, ActionType.TRAINING,
                YearMonth.of(2026, 9)));
        Plan withTwo = ctx.plans().save(plan.withActions(actions));
        PlanAction gift = withTwo.actions().get(0);
        ctx.plans().saveAction(gift.withBudget(new BigDecimal("3000")));
        ctx.plans().markActionDone(gift.id(), LocalDate.of(2026, 3, 14), new BigDecimal("2800"));

        assertThat(history.undo().change().key()).isEqualTo("undo.action.done");
        PlanAction undone = ctx.plans().findAction(gift.id()).orElseThrow();
        assertThat(undone.status()).isNotEqualTo(ActionStatus.DONE);
        assertThat(undone.budget()).isEqualByComparingTo("3000");
        assertThat(history.undo().change().key()).isEqualTo("undo.action.edited");
        assertThat(ctx.plans().findAction(gift.id()).orElseThrow().budget()).isNull();
        assertThat(history.undo().change().key()).isEqualTo("undo.plan.edited");
        assertThat(ctx.plans().find(plan.id()).orElseThrow().actions()).extracting(PlanAction::title)
                .containsExactly("端午礼品");

        // redo adds the training again (as a new row: its old one was removed by the undo)
        history.redo();
        assertThat(ctx.plans().find(plan.id()).orElseThrow().actions()).extracting(PlanAction::title)
                .containsExactly("端午礼品", "技术培训");
        history.redo();
        history.redo();
        PlanAction redone = ctx.plans().findAction(gift.id()).orElseThrow();
        assertThat(redone.status()).isEqualTo(ActionStatus.DONE);
        assertThat(redone.actualCost()).isEqualByComparingTo("2800");
    }

    @Test
    void undoingAPlanEditThatRemovedAnActionBringsTheActionBack() {
        Account a = account("上海新航科技");
        Plan plan = planWithOneAction(a);
        ctx.plans().save(plan.withActions(List.of()));

        history.undo();

        assertThat(ctx.plans().find(plan.id()).orElseThrow().actions()).extracting(PlanAction::title)
                .containsExactly("端午礼品");
    }

    @Test
    void aLogEntryThatFulfilsAPlannedActionIsOneUndo() {
        Account a = account("上海新航科技");
        PlanAction gift = planWithOneAction(a).actions().get(0);
        int before = history.undoCount();

        Interaction visit = ctx.plans().fulfilling(gift.id(), () -> ctx.contactLog().save(
                Interaction.of(a.id(), LocalDateTime.of(2026, 3, 12, 15, 0), InteractionChannel.VISIT, "送端午礼品")),
                Interaction::date, Interaction::cost);

        assertThat(history.undoCount()).isEqualTo(before + 1);
        ChangeHistory.Outcome undone = history.undo();
        assertThat(undone.change().key()).isEqualTo("undo.log.created");
        assertThat(ctx.contactLog().find(visit.id())).isEmpty();
        assertThat(ctx.plans().findAction(gift.id()).orElseThrow().status()).isNotEqualTo(ActionStatus.DONE);
        history.redo();
        assertThat(ctx.contactLog().find(visit.id())).isPresent();
        assertThat(ctx.plans().findAction(gift.id()).orElseThrow().status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void aPlanDeletedIsBroughtBackByUndo() {
        Account a = account("上海新航科技");
        Plan plan = planWithOneAction(a);
        ctx.plans().delete(plan.id(), plan.version());

        ChangeHistory.Outcome undone = history.undo();

        assertThat(undone.change().key()).isEqualTo("undo.plan.deleted");
        assertThat(undone.change().args()).containsExactly(2026, "上海新航科技");
        assertThat(ctx.plans().find(plan.id()).orElseThrow().actions()).hasSize(1);
    }

    @Test
    void anExitIsUndoneAndRedoneWithTheAccountsStage() {
        Account a = account("北京天合贸易");
        ctx.retention().exit(new AccountExit(null, a.id(), LocalDate.parse("2026-03-01"), ExitReason.PRICE, "价格",
                a.annualRevenue(), a.grossMarginPct(), true, "", null), null);
        assertThat(stored(a).stage()).isEqualTo(LifecycleStage.EXITED);

        assertThat(history.undo().change().key()).isEqualTo("undo.exit.recorded");
        assertThat(stored(a).stage()).isEqualTo(LifecycleStage.MAINTENANCE);
        assertThat(ctx.retention().exitsOf(a.id())).isEmpty();

        history.redo();
        assertThat(stored(a).stage()).isEqualTo(LifecycleStage.EXITED);
        assertThat(ctx.retention().exitsOf(a.id())).singleElement().extracting(AccountExit::reason)
                .isEqualTo(ExitReason.PRICE);
        assertThat(history.undo().kind()).isEqualTo(Kind.DONE);
        assertThat(ctx.retention().exitsOf(a.id())).isEmpty();
    }

    @Test
    void aFamilyMemberDeletedIsBroughtBackByUndo() {
        Account a = account("上海新航科技");
        Contact wang = ctx.contacts().save(Contact.named("王伟", a.id()));
        FamilyMember son = ctx.memory().save(FamilyMember.of(wang.id(), Relation.CHILD, "王小明", null));
        ctx.memory().deleteFamilyMember(son);

        assertThat(history.undo().change().key()).isEqualTo("undo.family.deleted");
        assertThat(ctx.memory().family(wang.id())).extracting(FamilyMember::name).containsExactly("王小明");
    }

    @Test
    void theHistoryKeepsTheNewestChangesOnly() {
        ChangeHistory small = new ChangeHistory(3);
        List<String> reverted = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String name = "change " + i;
            small.record(() -> {
                reverted.add(name);
                return ChangeHistory.Change.of(() -> null, "undo.account.edited", name);
            }, "undo.account.edited", name);
        }

        assertThat(small.undoCount()).isEqualTo(3);
        while (small.undo().kind() == Kind.DONE) {
            // undo everything there is
        }
        assertThat(reverted).containsExactly("change 5", "change 4", "change 3");
    }

    @Test
    void aFailureThatIsNoConflictKeepsTheChangeForAnotherTry() {
        ChangeHistory h = new ChangeHistory();
        boolean[] diskFull = {true};
        h.record(() -> {
            if (diskFull[0]) {
                throw new dev.rapport.store.StoreException("disk full", null);
            }
            return ChangeHistory.Change.of(() -> null, "undo.account.edited", "x");
        }, "undo.account.edited", "x");

        org.assertj.core.api.Assertions.assertThatThrownBy(h::undo)
                .isInstanceOf(dev.rapport.store.StoreException.class);
        assertThat(h.undoCount()).isEqualTo(1);
        diskFull[0] = false;
        assertThat(h.undo().kind()).isEqualTo(Kind.DONE);
    }

    @Test
    void anImportIsOneUndoForAllItsRowsAndOneRedo() throws Exception {
        Account huanan = account("深圳华南贸易有限公司");
        Contact li = ctx.contacts().save(Contact.named("李娜", huanan.id()).withPoints(List.of(),
                List.of(new ContactPoint(ContactPoint.Kind.WORK, "li.na@huanan.example"))));
        Path file = dataDir.resolve("people.csv");
        java.nio.file.Files.writeString(file, String.join("\n",
                "Name,Company,E-mail,Mobile phone",
                "李娜,深圳华南贸易有限公司,li.na@huanan.example,13900000000",
                "Tom Baker,Baker & Sons,tom@baker.example,",
                "Mia Wong,Baker & Sons,mia@baker.example,"), java.nio.charset.StandardCharsets.UTF_8);
        dev.rapport.exchange.csv.CsvTable table = dev.rapport.exchange.csv.CsvTable.read(file);
        ImportService.Options merge = new ImportService.Options(ImportService.DuplicatePolicy.MERGE, "", false);
        ImportReport report = ctx.imports().importBatch(dev.rapport.exchange.csv.CsvImport.rows(table,
                dev.rapport.exchange.csv.ColumnMapping.guess(table.header())), merge, Progress.NONE);
        assertThat(report.peopleAdded()).isEqualTo(2);
        assertThat(report.peopleMerged()).isEqualTo(1);
        int before = history.undoCount();

        ChangeHistory.Outcome undone = history.undo();

        assertThat(undone.change().key()).isEqualTo("undo.import");
        assertThat(undone.change().args()).containsExactly(3, 1);
        assertThat(history.undoCount()).isEqualTo(before - 1);
        assertThat(ctx.accounts().list()).extracting(i -> i.account().name()).containsExactly("深圳华南贸易有限公司");
        assertThat(ctx.contacts().list()).extracting(i -> i.contact().name()).containsExactly("李娜");
        assertThat(ctx.contacts().find(li.id()).orElseThrow().phones()).isEmpty();

        history.redo();
        assertThat(ctx.contacts().list()).extracting(i -> i.contact().name())
                .containsExactlyInAnyOrder("李娜", "Tom Baker", "Mia Wong");
        assertThat(ctx.contacts().find(li.id()).orElseThrow().phones()).extracting(ContactPoint::value)
                .containsExactly("13900000000");
    }

    @Test
    void aWriteOfMorePartsThanTheCapIsNotUndoableAndKeepsNoCopies(@TempDir Path other) {
        ChangeHistory capped = new ChangeHistory(ChangeHistory.DEFAULT_LIMIT, 3);
        try (dev.rapport.store.Database db = dev.rapport.store.Database.open(other)) {
            capped.asOne(db, () -> {
                for (int i = 1; i <= 2; i++) {
                    capped.record(() -> { throw new AssertionError("never reverted"); }, "undo.import", i);
                }
                return null;
            });
            assertThat(capped.undoCount()).as("two parts: one undo").isEqualTo(1);

            capped.asOne(db, () -> {
                for (int i = 1; i <= 4; i++) {
                    capped.track("account", i, 1);
                    capped.record(() -> { throw new AssertionError("never reverted"); }, "undo.import", i);
                }
                return null;
            });
            assertThat(capped.undoCount()).as("four parts are past the cap: not undoable").isEqualTo(1);
            assertThat(capped.nextUndo().orElseThrow().args()).containsExactly(1);
        }
    }

    @Test
    void theCommandLineKeepsNoHistory() {
        history.stopRecording();
        account("上海新航科技有限公司");
        assertThat(history.undoCount()).isZero();
        assertThat(history.undo().kind()).isEqualTo(Kind.NOTHING);
    }

    @Test
    void aDryRunImportRecordsNothing() throws Exception {
        Path file = dataDir.resolve("dry.csv");
        java.nio.file.Files.writeString(file, "Name,Company\nTom Baker,Baker & Sons\n",
                java.nio.charset.StandardCharsets.UTF_8);
        dev.rapport.exchange.csv.CsvTable table = dev.rapport.exchange.csv.CsvTable.read(file);
        ctx.imports().importBatch(dev.rapport.exchange.csv.CsvImport.rows(table,
                dev.rapport.exchange.csv.ColumnMapping.guess(table.header())),
                new ImportService.Options(ImportService.DuplicatePolicy.SKIP, "", true), Progress.NONE);

        assertThat(history.undoCount()).isZero();
    }

    @Test
    void anImportantDateAndAGiftEditedAreBroughtBackByUndo() {
        Account a = account("上海新航科技");
        Contact wang = ctx.contacts().save(Contact.named("王伟", a.id()));
        dev.rapport.domain.ImportantDate date = ctx.memory().save(dev.rapport.domain.ImportantDate.ofContact(wang.id(),
                dev.rapport.domain.DateKind.WORK_ANNIVERSARY, "入职", LocalDate.of(2010, 12, 1), true));
        dev.rapport.domain.Gift gift = ctx.memory().save(dev.rapport.domain.Gift.of(wang.id(), null,
                LocalDate.of(2026, 3, 1), "生日", "鲜花", new BigDecimal("388"), "我"));
        ctx.memory().save(new dev.rapport.domain.ImportantDate(date.id(), date.contactId(), date.accountId(),
                date.kind(), "入职十六年", date.date(), date.yearly(), date.version()));
        ctx.memory().save(dev.rapport.domain.Gift.of(wang.id(), null, LocalDate.of(2026, 3, 1), "生日", "茶叶",
                new BigDecimal("500"), "我").withId(gift.id()).withVersion(gift.version()));

        assertThat(history.undo().change().key()).isEqualTo("undo.gift.edited");
        assertThat(ctx.memory().findGift(gift.id()).orElseThrow().what()).isEqualTo("鲜花");
        assertThat(history.undo().change().key()).isEqualTo("undo.date.edited");
        assertThat(ctx.memory().findDate(date.id()).orElseThrow().title()).isEqualTo("入职");
    }

    @Test
    void whenOnePartOfAnEntryAndItsActionIsRefusedNeitherIsUndone() {
        Account a = account("上海新航科技");
        PlanAction gift = planWithOneAction(a).actions().get(0);
        Interaction complaint = ctx.plans().fulfilling(gift.id(), () -> ctx.contactLog().save(Interaction.of(a.id(),
                LocalDateTime.of(2026, 3, 12, 15, 0), InteractionChannel.COMPLAINT, "交货延误")),
                Interaction::date, Interaction::cost);
        long deleted = ctx.contactLog().delete(complaint.id(), complaint.version());
        // the delete offer's own Undo restores the entry without going through the history
        ctx.contactLog().undoDelete(complaint.id(), deleted);
        assertThat(history.undo().kind()).as("the delete's entry: restored already").isEqualTo(Kind.REFUSED);

        ChangeHistory.Outcome refused = history.undo();

        // the action's part (taken back first) was written, then the entry's part was refused: both rolled back
        assertThat(refused.kind()).isEqualTo(Kind.REFUSED);
        assertThat(ctx.plans().findAction(gift.id()).orElseThrow().status()).isEqualTo(ActionStatus.DONE);
        assertThat(ctx.contactLog().find(complaint.id())).isPresent();
        // and the history still knows the action's version: the plan's own undo is no conflict
        assertThat(history.undo().kind()).isEqualTo(Kind.DONE);
        assertThat(ctx.plans().find(gift.planId())).isEmpty();
    }
}
