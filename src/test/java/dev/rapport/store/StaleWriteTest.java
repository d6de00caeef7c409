package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountExit;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.DateKind;
import dev.rapport.domain.ExitReason;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Gift;
import dev.rapport.domain.GiftIdea;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Preferences;
import dev.rapport.domain.Relation;
import dev.rapport.domain.Sentiment;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import dev.rapport.domain.EditConflict;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlanStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Optimistic concurrency, one aggregate at a time: read a record, change it elsewhere (another
 * window, the command line), then write the stale copy. The write is refused with an
 * {@link EditConflict} and the database keeps the newer data, children included.
 */
class StaleWriteTest {
    @TempDir
    Path dataDir;

    private final Clock clock = Clock.systemUTC();
    private Database db;
    private AccountRepository accounts;
    private ContactRepository contacts;
    private PlanRepository plans;

    @BeforeEach
    void open() {
        db = Database.open(dataDir);
        accounts = new AccountRepository(db, clock);
        contacts = new ContactRepository(db, clock);
        plans = new PlanRepository(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aStaleAccountWithItsTagsIsRefusedAndTheNewerOneKept() {
        Account read = accounts.insert(Account.named("杭州瑞丰电子").withTags(List.of("key")));
        Account elsewhere = accounts.update(read.withTier(Tier.A).withTags(List.of("key", "renewal")));
        assertThat(elsewhere.version()).isEqualTo(read.version() + 1);

        assertThatThrownBy(() -> accounts.update(read.withTier(Tier.C).withTags(List.of())))
                .isInstanceOf(EditConflict.class)
                .satisfies(e -> assertThat(((EditConflict) e).changedAt()).isPresent());

        Account stored = accounts.find(read.id()).orElseThrow();
        assertThat(stored.tier()).isEqualTo(Tier.A);
        assertThat(stored.tags()).containsExactly("key", "renewal");
        assertThat(stored.version()).isEqualTo(elsewhere.version());
    }

    @Test
    void aStaleCopyOfAPersonsPreferenceTagsIsRefusedAndTheNewerTagsKept() {
        long accountId = accounts.insert(Account.named("华为技术")).id();
        Contact wang = contacts.insert(Contact.named("王建国", accountId));
        ContactInterestsRepository prefs = new ContactInterestsRepository(db, clock);
        Preferences read = prefs.find(wang.id()).orElseThrow();
        Preferences elsewhere = prefs.save(new Preferences(wang.id(), "", List.of("loves flowers", "不喝酒"),
                read.version()));
        assertThat(elsewhere.version()).isEqualTo(read.version() + 1);

        assertThatThrownBy(() -> prefs.save(new Preferences(wang.id(), "", List.of("tea"), read.version())))
                .isInstanceOfSatisfying(EditConflict.class, e -> {
                    assertThat(e.record()).isEqualTo("contact_tag");
                    assertThat(e.id()).isEqualTo(wang.id());
                    assertThat(e.changedAt()).isPresent();
                });

        Preferences stored = prefs.find(wang.id()).orElseThrow();
        assertThat(stored.tags()).containsExactly("loves flowers", "不喝酒");
        assertThat(stored.version()).isEqualTo(elsewhere.version());
        assertThat(prefs.save(new Preferences(wang.id(), "", List.of("tea"), stored.version())).tags())
                .as("the copy read now saves").containsExactly("tea");
    }

    @Test
    void thePreferenceTagsHaveTheirOwnVersionSoAPersonsSaveAndATagSaveDoNotRefuseEachOther() {
        long accountId = accounts.insert(Account.named("华为技术")).id();
        Contact person = contacts.insert(Contact.named("王建国", accountId));
        ContactInterestsRepository prefs = new ContactInterestsRepository(db, clock);
        Preferences tags = prefs.find(person.id()).orElseThrow();

        prefs.save(new Preferences(person.id(), "", List.of("no alcohol"), tags.version()));
        Contact saved = contacts.update(person.withPoints(List.of(), List.of()));
        assertThat(saved.version()).as("the tag save left the person's version alone").isEqualTo(person.version() + 1);
        assertThat(prefs.find(person.id()).orElseThrow().tags()).containsExactly("no alcohol");
    }

    @Test
    void aStaleDeleteOfAnAccountIsRefusedAndAnUndoOverANewerChangeToo() {
        Account read = accounts.insert(Account.named("Northwind Traders"));
        accounts.update(read.withTier(Tier.A));
        assertThatThrownBy(() -> accounts.softDelete(read.id(), read.version())).isInstanceOf(EditConflict.class);
        assertThat(accounts.find(read.id())).map(Account::tier).contains(Tier.A);

        Account current = accounts.find(read.id()).orElseThrow();
        long deleted = accounts.softDelete(current.id(), current.version());
        long restoredElsewhere = accounts.restore(current.id(), deleted);
        accounts.update(accounts.find(current.id()).orElseThrow().withTier(Tier.C));
        assertThat(restoredElsewhere).isEqualTo(deleted + 1);
        assertThatThrownBy(() -> accounts.restore(current.id(), deleted)).as("a second undo of the same delete")
                .isInstanceOf(EditConflict.class);
        assertThat(accounts.find(current.id())).map(Account::tier).contains(Tier.C);
    }

    @Test
    void aStalePersonWithTheirPhonesIsRefusedAndTheNewerOneKept() {
        long accountId = accounts.insert(Account.named("华为技术")).id();
        Contact read = contacts.insert(Contact.named("王建国", accountId)
                .withPoints(List.of(new ContactPoint(ContactPoint.Kind.WORK, "+86 571 1234")), List.of()));
        Contact elsewhere = contacts.update(read.withPoints(
                List.of(new ContactPoint(ContactPoint.Kind.MOBILE, "+86 138 0000")), List.of()));

        assertThatThrownBy(() -> contacts.update(read.withPoints(List.of(), List.of())))
                .isInstanceOf(EditConflict.class);
        assertThatThrownBy(() -> contacts.softDelete(read.id(), read.version())).isInstanceOf(EditConflict.class);

        Contact stored = contacts.find(read.id()).orElseThrow();
        assertThat(stored.phones()).extracting(ContactPoint::value).containsExactly("+86 138 0000");
        assertThat(stored.version()).isEqualTo(elsewhere.version());
    }

    @Test
    void aSavedPersonCanBeSavedAgainFromWhatTheSaveReturned() {
        long accountId = accounts.insert(Account.named("华为技术")).id();
        Contact first = contacts.insert(Contact.named("李娜", accountId));
        Contact second = contacts.update(first.withPoints(List.of(), List.of()));
        Contact third = contacts.update(second);
        assertThat(third.version()).isEqualTo(first.version() + 2);
        assertThat(contacts.find(first.id())).map(Contact::version).contains(third.version());
    }

    /** The reproduction: two editors of one plan; the later save must not remove the action just added. */
    @Test
    void aStalePlanEditorCannotRemoveAnActionAddedSince() {
        long accountId = accounts.insert(Account.named("上海新航科技")).id();
        Plan read = plans.insert(Plan.draft(accountId, 2026));
        Plan top = read.withActions(List.of(PlanAction.planned("端午礼品", RelationshipLevel.SOCIAL, ActionType.GIFT,
                YearMonth.of(2026, 6))));
        plans.update(top);

        assertThatThrownBy(() -> plans.update(read.withStatus(PlanStatus.ACTIVE))).isInstanceOf(EditConflict.class);

        Plan stored = plans.find(read.id()).orElseThrow();
        assertThat(stored.actions()).extracting(PlanAction::title).containsExactly("端午礼品");
        assertThat(stored.status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void savingOneActionMakesAnOpenPlanEditorStaleAndAStaleActionIsRefused() {
        long accountId = accounts.insert(Account.named("上海新航科技")).id();
        Plan read = plans.insert(Plan.draft(accountId, 2026).withActions(List.of(PlanAction.planned("Training",
                RelationshipLevel.STRUCTURAL, ActionType.TRAINING, YearMonth.of(2026, 11)))));
        PlanAction action = read.actions().get(0);

        PlanAction done = plans.updateAction(action.withStatus(ActionStatus.DONE));
        assertThat(done.version()).isEqualTo(action.version() + 1);
        assertThatThrownBy(() -> plans.updateAction(action.withStatus(ActionStatus.CANCELLED)))
                .as("the same action from a stale copy").isInstanceOf(EditConflict.class);
        List<PlanAction> edited = new ArrayList<>(read.actions());
        edited.set(0, action.withStatus(ActionStatus.POSTPONED));
        assertThatThrownBy(() -> plans.update(read.withActions(edited))).as("the plan editor opened before")
                .isInstanceOf(EditConflict.class);

        assertThat(plans.findAction(action.id())).map(PlanAction::status).contains(ActionStatus.DONE);
    }

    @Test
    void aStaleDeleteOfAPlanAndAnUndoAfterItWasRestoredAreRefused() {
        long accountId = accounts.insert(Account.named("Acme Ltd")).id();
        Plan read = plans.insert(Plan.draft(accountId, 2026));
        Plan newer = plans.update(read.withStatus(PlanStatus.ACTIVE));
        assertThatThrownBy(() -> plans.softDelete(read.id(), read.version())).isInstanceOf(EditConflict.class);
        assertThat(plans.find(read.id())).isPresent();

        long deleted = plans.softDelete(newer.id(), newer.version());
        plans.restore(newer.id(), deleted);
        assertThatThrownBy(() -> plans.restore(newer.id(), deleted)).isInstanceOf(EditConflict.class);
        assertThat(plans.find(read.id())).map(Plan::status).contains(PlanStatus.ACTIVE);
    }

    @Test
    void staleFamilyMembersDatesGiftsAndIdeasAreRefusedAndTheNewerOnesKept() {
        long accountId = accounts.insert(Account.named("华为技术")).id();
        long wang = contacts.insert(Contact.named("王建国", accountId)).id();
        FamilyRepository family = new FamilyRepository(db, clock);
        FamilyMember spouse = family.insert(FamilyMember.of(wang, Relation.SPOUSE, "李梅", null));
        family.update(new FamilyMember(spouse.id(), wang, Relation.SPOUSE, "李美", Birthday.of(3, 8), "",
                spouse.version()));
        assertThatThrownBy(() -> family.update(spouse)).isInstanceOf(EditConflict.class);
        assertThatThrownBy(() -> family.softDelete(spouse.id(), spouse.version())).isInstanceOf(EditConflict.class);
        assertThat(family.find(spouse.id())).map(FamilyMember::name).contains("李美");

        ImportantDateRepository dates = new ImportantDateRepository(db, clock);
        ImportantDate date = dates.insert(ImportantDate.ofContact(wang, DateKind.CUSTOM, "Marathon",
                LocalDate.of(2026, 12, 6), false));
        dates.update(new ImportantDate(date.id(), wang, null, DateKind.CUSTOM, "Half marathon", date.date(), false,
                date.version()));
        assertThatThrownBy(() -> dates.update(date)).isInstanceOf(EditConflict.class);
        assertThat(dates.ofContact(wang)).extracting(ImportantDate::title).containsExactly("Half marathon");

        GiftRepository gifts = new GiftRepository(db, clock);
        Gift tea = gifts.insert(Gift.of(wang, null, LocalDate.of(2026, 2, 1), "春节", "茶叶", null, "我"));
        long deleted = gifts.softDelete(tea.id(), tea.version());
        gifts.restore(tea.id(), deleted);
        assertThatThrownBy(() -> gifts.restore(tea.id(), deleted)).as("an undo done twice")
                .isInstanceOf(EditConflict.class);
        assertThatThrownBy(() -> gifts.update(tea)).isInstanceOf(EditConflict.class);
        assertThat(gifts.ofContact(wang)).extracting(Gift::what).containsExactly("茶叶");

        GiftIdea seeds = gifts.insertIdea(GiftIdea.of(wang, "花种子"));
        gifts.softDeleteIdea(seeds.id(), seeds.version());
        assertThatThrownBy(() -> gifts.softDeleteIdea(seeds.id(), seeds.version())).isInstanceOf(EditConflict.class);
        assertThat(gifts.ideasOf(wang)).isEmpty();
    }

    @Test
    void aStaleExitEditAndAStaleContactLogEntryAreRefusedAndTheNewerOnesKept() {
        long accountId = accounts.insert(Account.named("Acme Ltd")).id();
        RetentionRepository retention = new RetentionRepository(db, clock);
        AccountExit exit = retention.insert(new AccountExit(null, accountId, LocalDate.of(2026, 1, 20),
                ExitReason.PRICE, "too dear", BigDecimal.TEN, BigDecimal.ONE, true, "", null));
        AccountExit newer = retention.update(new AccountExit(exit.id(), accountId, exit.exitedOn(), ExitReason.PRODUCT,
                "the product", BigDecimal.TEN, BigDecimal.ONE, true, "", null, null, exit.version()));
        assertThat(newer.version()).isEqualTo(exit.version() + 1);
        assertThatThrownBy(() -> retention.update(exit)).isInstanceOf(EditConflict.class);
        assertThatThrownBy(() -> retention.deleteExit(exit)).isInstanceOf(EditConflict.class);
        assertThat(retention.exitsOf(accountId)).extracting(AccountExit::reason).containsExactly(ExitReason.PRODUCT);

        InteractionRepository log = new InteractionRepository(db, clock);
        Interaction visit = log.insert(Interaction.of(accountId, LocalDateTime.of(2026, 3, 2, 10, 0),
                InteractionChannel.VISIT, "Besuch"));
        log.update(visit.withDetails("went well", "", Sentiment.POSITIVE, null));
        assertThatThrownBy(() -> log.update(visit.withDetails("stale", "", Sentiment.NEGATIVE, null)))
                .isInstanceOf(EditConflict.class);
        assertThatThrownBy(() -> log.softDelete(visit.id(), visit.version())).isInstanceOf(EditConflict.class);
        assertThat(log.find(visit.id())).map(Interaction::notes).contains("went well");
    }
}
