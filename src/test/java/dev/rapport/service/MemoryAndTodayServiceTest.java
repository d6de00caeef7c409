package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactMemory;
import dev.rapport.domain.DateKind;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.FieldProblem;
import dev.rapport.domain.Gift;
import dev.rapport.domain.GiftHistory;
import dev.rapport.domain.GiftIdea;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.Preferences;
import dev.rapport.domain.Relation;
import dev.rapport.domain.UpcomingDate;
import dev.rapport.domain.ValidationException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory and Today use cases over a real data folder, with a clock fixed in Shanghai. */
class MemoryAndTodayServiceTest {
    @TempDir
    Path dataDir;

    /** 00:30 on 29 November in Shanghai: still 28 November in UTC. */
    private static final Clock SHANGHAI = Clock.fixed(
            ZonedDateTime.of(2026, 11, 29, 0, 30, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private AppContext ctx;

    @AfterEach
    void close() {
        if (ctx != null) {
            ctx.close();
        }
    }

    private Contact wang() {
        Account huawei = ctx.accounts().save(Account.named("华为技术 Huawei"));
        return ctx.contacts().save(Contact.named("王建国", huawei.id()));
    }

    @Test
    void aSpouseWithABirthdayTomorrowIsOnTodaysAgendaWithAgeAndAccount() {
        ctx = AppContext.open(dataDir, SHANGHAI);
        Contact wang = wang();
        ctx.memory().save(FamilyMember.of(wang.id(), Relation.SPOUSE, "李梅", Birthday.of(1980, 11, 30)));
        ctx.memory().save(FamilyMember.of(wang.id(), Relation.CHILD, "王小明", Birthday.of(2015, 6, 1)));

        List<UpcomingDate> agenda = ctx.today().upcomingDates();
        assertThat(agenda).singleElement().satisfies(d -> {
            assertThat(d.personName()).isEqualTo("李梅");
            assertThat(d.daysUntil()).isEqualTo(1);
            assertThat(d.years()).isEqualTo(46);
            assertThat(d.accountName()).isEqualTo("华为技术 Huawei");
            assertThat(d.contactName()).isEqualTo("王建国");
        });
    }

    @Test
    void todayIsTheDayInTheClocksTimeZoneSoABirthdayIsNotShiftedByUtc() {
        ctx = AppContext.open(dataDir, SHANGHAI);
        Contact wang = wang();
        ctx.memory().save(FamilyMember.of(wang.id(), Relation.SPOUSE, "李梅", Birthday.of(11, 29)));
        assertThat(ctx.today().today()).isEqualTo(TODAY);
        assertThat(ctx.today().upcomingDates(0)).singleElement()
                .satisfies(d -> assertThat(d.daysUntil()).isZero());
    }

    @Test
    void theNumberOfDaysAheadIsFourteenUntilChangedAndIsRememberedAcrossRestarts() {
        ctx = AppContext.open(dataDir, SHANGHAI);
        assertThat(ctx.today().days()).isEqualTo(14);
        Contact wang = wang();
        ctx.memory().save(FamilyMember.of(wang.id(), Relation.PARENT, "王老先生", Birthday.of(12, 20)));
        assertThat(ctx.today().upcomingDates()).isEmpty();
        ctx.today().setDays(30);
        assertThatThrownBy(() -> ctx.today().setDays(366)).isInstanceOf(IllegalArgumentException.class);
        ctx.close();

        ctx = AppContext.open(dataDir, SHANGHAI);
        assertThat(ctx.today().days()).isEqualTo(30);
        assertThat(ctx.today().upcomingDates()).extracting(UpcomingDate::personName).containsExactly("王老先生");
    }

    @Test
    void theStartUpSummaryIsOnUntilTurnedOffAndStaysOffAcrossRestarts() {
        ctx = AppContext.open(dataDir, SHANGHAI);
        assertThat(ctx.today().startupSummary()).isTrue();
        ctx.today().setStartupSummary(false);
        ctx.close();
        ctx = AppContext.open(dataDir, SHANGHAI);
        assertThat(ctx.today().startupSummary()).isFalse();
    }

    @Test
    void peopleWhoLeftOrWereDeletedDropOffTheAgendaWithTheirFamilies() {
        ctx = AppContext.open(dataDir, SHANGHAI);
        Contact wang = wang();
        ctx.memory().save(FamilyMember.of(wang.id(), Relation.SPOUSE, "李梅", Birthday.of(11, 30)));
        ctx.memory().save(ImportantDate.ofContact(wang.id(), DateKind.WORK_ANNIVERSARY, "", LocalDate.of(2010, 12, 1), true));
        assertThat(ctx.today().upcomingDates()).hasSize(2);
        long deleted = ctx.contacts().delete(wang.id(), wang.version());
        assertThat(ctx.today().upcomingDates()).isEmpty();
        ctx.contacts().undoDelete(wang.id(), deleted);
        Contact left = ctx.contacts().find(wang.id()).orElseThrow();
        ctx.contacts().save(new Contact(left.id(), left.accountId(), left.name(), "", "", null, List.of(), List.of(), "",
                null, null, "", "", true, TODAY, left.createdAt(), left.updatedAt(), left.version()));
        assertThat(ctx.today().upcomingDates()).isEmpty();
    }

    @Test
    void anAccountsPartnershipAnniversaryIsOnTheAgendaUnderTheAccount() {
        ctx = AppContext.open(dataDir, SHANGHAI);
        Account northwind = ctx.accounts().save(Account.named("Northwind Traders"));
        ctx.memory().save(ImportantDate.ofAccount(northwind.id(), DateKind.PARTNERSHIP_ANNIVERSARY, "",
                LocalDate.of(2021, 12, 4), true));
        assertThat(ctx.today().upcomingDates()).singleElement().satisfies(d -> {
            assertThat(d.personName()).isEqualTo("Northwind Traders");
            assertThat(d.years()).isEqualTo(5);
            assertThat(d.forPerson()).isFalse();
        });
    }

    @Test
    void badInputIsRefusedWithTheFieldsThatAreWrongAndNothingIsSaved() {
        ctx = AppContext.open(dataDir, SHANGHAI);
        Contact wang = wang();
        assertThatThrownBy(() -> ctx.memory().save(FamilyMember.of(wang.id(), Relation.CHILD, "", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("name"));
        assertThatThrownBy(() -> ctx.memory().save(Gift.of(wang.id(), null, TODAY.plusDays(1), "", "鲜花",
                new BigDecimal("-5"), ""))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ctx.memory().addIdea(GiftIdea.of(wang.id(), "  "))).isInstanceOf(ValidationException.class);
        ContactMemory memory = ctx.memory().of(wang.id());
        assertThat(memory.family()).isEmpty();
        assertThat(memory.gifts()).isEmpty();
        assertThat(memory.ideas()).isEmpty();
    }

    @Test
    void everythingRememberedAboutAContactComesBackTogetherAndDeletesCanBeUndone() {
        ctx = AppContext.open(dataDir, SHANGHAI);
        Contact wang = wang();
        FamilyMember spouse = ctx.memory().save(FamilyMember.of(wang.id(), Relation.SPOUSE, "李梅", null));
        ctx.memory().save(new Preferences(wang.id(), "喜欢兰花", List.of("loves flowers", "no alcohol"),
                ctx.memory().of(wang.id()).preferences().version()));
        Gift gift = ctx.memory().save(Gift.of(wang.id(), spouse.id(), TODAY, "生日", "鲜花 Roses", new BigDecimal("388"), "我"));
        ctx.memory().addIdea(GiftIdea.of(wang.id(), "花种子和肥料"));
        ctx.memory().save(ImportantDate.ofContact(wang.id(), DateKind.CUSTOM, "女儿高考", LocalDate.of(2027, 6, 7), false));

        ContactMemory m = ctx.memory().of(wang.id());
        assertThat(m.family()).extracting(FamilyMember::name).containsExactly("李梅");
        assertThat(m.preferences().tags()).containsExactly("loves flowers", "no alcohol");
        assertThat(m.gifts()).singleElement().satisfies(g -> assertThat(g.familyMemberName()).isEqualTo("李梅"));
        assertThat(m.ideas()).extracting(GiftIdea::idea).containsExactly("花种子和肥料");
        assertThat(m.dates()).extracting(ImportantDate::title).containsExactly("女儿高考");
        assertThat(GiftHistory.alike(m.gifts(), "roses")).hasSize(1);
        assertThat(GiftHistory.alike(m.gifts(), "茶叶")).isEmpty();

        Gift deletedGift = ctx.memory().deleteGift(gift);
        assertThat(ctx.memory().gifts(wang.id())).isEmpty();
        ctx.memory().undoDeleteGift(deletedGift);
        assertThat(ctx.memory().gifts(wang.id())).hasSize(1);
    }

    @Test
    void sampleDataGivesFamiliesALeapDayChildGiftsAndSomethingOnToday() {
        ctx = AppContext.open(dataDir, SHANGHAI);
        ctx.demo().generate(12, 40, Progress.NONE);
        List<dev.rapport.domain.ContactListItem> people = ctx.contacts().list();
        long members = people.stream().mapToLong(p -> ctx.memory().family(p.contact().id()).size()).sum();
        assertThat(members).isBetween(60L, 100L);
        assertThat(people.stream().flatMap(p -> ctx.memory().family(p.contact().id()).stream())
                .filter(m -> m.birthday() != null && m.birthday().monthDay().equals(java.time.MonthDay.of(2, 29))))
                .hasSize(1);
        assertThat(people.stream().mapToLong(p -> ctx.memory().gifts(p.contact().id()).size()).sum()).isPositive();
        assertThat(people.stream().mapToLong(p -> ctx.memory().ideas(p.contact().id()).size()).sum()).isPositive();
        assertThat(people.stream().filter(p -> !ctx.memory().of(p.contact().id()).preferences().tags().isEmpty()))
                .isNotEmpty();
        List<UpcomingDate> agenda = ctx.today().upcomingDates();
        assertThat(agenda).extracting(UpcomingDate::relation).contains(Relation.SPOUSE);
        assertThat(agenda).extracting(UpcomingDate::kind).contains(dev.rapport.domain.UpcomingKind.IMPORTANT_DATE);
    }

    @Test
    void leapDayBirthdaysAndAnniversariesComeOnThe28thOfACommonYear() {
        Clock feb27 = Clock.fixed(ZonedDateTime.of(2027, 2, 27, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        ctx = AppContext.open(dataDir, feb27);
        Contact wang = wang();
        ctx.memory().save(FamilyMember.of(wang.id(), Relation.CHILD, "王小明", Birthday.of(2016, 2, 29)));
        ctx.memory().save(ImportantDate.ofContact(wang.id(), DateKind.PARTNERSHIP_ANNIVERSARY, "", LocalDate.of(2024, 2, 29),
                true));
        assertThat(ctx.today().upcomingDates(1)).hasSize(2).allSatisfy(d -> {
            assertThat(d.on()).isEqualTo(LocalDate.of(2027, 2, 28));
            assertThat(d.daysUntil()).isEqualTo(1);
        });
        assertThat(ctx.today().upcomingDates(1)).extracting(UpcomingDate::years).containsExactlyInAnyOrder(11, 3);
        assertThat(ctx.today().upcomingDates(0)).isEmpty();
    }

    @Test
    void aGiftLoggedThroughTheContactLogIsGivenBeforeAndWarnsAgainstGivingItAgain() {
        ctx = AppContext.open(dataDir, SHANGHAI);
        Contact wang = wang();
        ctx.contactLog().log(dev.rapport.domain.Interaction.of(wang.accountId(), TODAY.minusMonths(2).atTime(19, 0),
                dev.rapport.domain.InteractionChannel.GIFT, "Orchid").withContacts(List.of(wang.id())));

        List<Gift> given = ctx.memory().gifts(wang.id());
        assertThat(given).singleElement().satisfies(g -> {
            assertThat(g.what()).isEqualTo("Orchid");
            assertThat(g.fromContactLog()).isTrue();
        });
        assertThat(ctx.memory().of(wang.id()).gifts()).isEqualTo(given);
        assertThat(GiftHistory.alike(given, "orchid")).as("the gift dialog warns").hasSize(1);
        assertThatThrownBy(() -> ctx.memory().save(given.get(0)))
                .as("changed in the contact log, not as a gift").isInstanceOf(IllegalArgumentException.class);
    }
}
