package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The date arithmetic behind family birthdays, important dates and the Today view. */
class MemoryDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static PersonBirthday contact(String name, Birthday b) {
        return new PersonBirthday(1, name, 10, "华为技术 Huawei", null, null, null, b);
    }

    private static PersonBirthday family(String name, Relation relation, Birthday b) {
        return new PersonBirthday(1, "王建国", 10, "华为技术 Huawei", 7L, relation, name, b);
    }

    @Test
    void aSpouseBornTomorrowIsInTheWindowWithTheAgeReachedWhenTheYearIsKnown() {
        List<UpcomingDate> dates = Upcoming.within(List.of(family("李梅", Relation.SPOUSE, Birthday.of(1980, 11, 30))),
                List.of(), TODAY, 14);
        assertThat(dates).hasSize(1);
        UpcomingDate d = dates.get(0);
        assertThat(d.on()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(d.daysUntil()).isEqualTo(1);
        assertThat(d.years()).isEqualTo(46);
        assertThat(d.personName()).isEqualTo("李梅");
        assertThat(d.relation()).isEqualTo(Relation.SPOUSE);
        assertThat(d.contactName()).isEqualTo("王建国");
        assertThat(d.group()).isEqualTo(AgendaGroup.THIS_WEEK);
    }

    @Test
    void theAgeIsUnknownWhenTheBirthYearIs() {
        List<UpcomingDate> dates = Upcoming.within(List.of(contact("Anna Müller", Birthday.of(11, 29))), List.of(),
                TODAY, 14);
        assertThat(dates).singleElement().satisfies(d -> {
            assertThat(d.years()).isNull();
            assertThat(d.daysUntil()).isZero();
            assertThat(d.group()).isEqualTo(AgendaGroup.TODAY);
            assertThat(d.relation()).isNull();
        });
    }

    @Test
    void birthdaysBeyondTheWindowAndPeopleWithoutOneAreLeftOut() {
        List<UpcomingDate> dates = Upcoming.within(List.of(contact("a", Birthday.of(12, 14)),
                contact("b", Birthday.of(12, 13)), contact("c", null)), List.of(), TODAY, 14);
        assertThat(dates).extracting(UpcomingDate::personName).containsExactly("b");
    }

    @Test
    void theWindowCrossesTheYearEndAndTheAgeCountsTheNewYear() {
        LocalDate dec28 = LocalDate.of(2026, 12, 28);
        List<UpcomingDate> dates = Upcoming.within(List.of(contact("张伟", Birthday.of(1990, 1, 3))), List.of(), dec28, 14);
        assertThat(dates).singleElement().satisfies(d -> {
            assertThat(d.on()).isEqualTo(LocalDate.of(2027, 1, 3));
            assertThat(d.daysUntil()).isEqualTo(6);
            assertThat(d.years()).isEqualTo(37);
        });
    }

    @Test
    void aLeapDayBirthdayIsCelebratedOnThe28thInACommonYearAndThe29thInALeapYear() {
        PersonBirthday leapling = family("小明", Relation.CHILD, Birthday.of(2016, 2, 29));
        assertThat(Upcoming.within(List.of(leapling), List.of(), LocalDate.of(2027, 2, 27), 3))
                .singleElement().satisfies(d -> {
                    assertThat(d.on()).isEqualTo(LocalDate.of(2027, 2, 28));
                    assertThat(d.daysUntil()).isEqualTo(1);
                    assertThat(d.years()).isEqualTo(11);
                });
        assertThat(Upcoming.within(List.of(leapling), List.of(), LocalDate.of(2028, 2, 27), 3))
                .singleElement().satisfies(d -> assertThat(d.on()).isEqualTo(LocalDate.of(2028, 2, 29)));
    }

    @Test
    void birthdaysAreSortedSoonestFirst() {
        List<UpcomingDate> dates = Upcoming.within(List.of(contact("later", Birthday.of(12, 10)),
                contact("today", Birthday.of(11, 29)), contact("soon", Birthday.of(12, 1))), List.of(), TODAY, 30);
        assertThat(dates).extracting(UpcomingDate::personName).containsExactly("today", "soon", "later");
        assertThat(dates).extracting(UpcomingDate::group)
                .containsExactly(AgendaGroup.TODAY, AgendaGroup.THIS_WEEK, AgendaGroup.LATER);
    }

    @Test
    void groupsAreTodayThisWeekForTheNextSixDaysThenLater() {
        assertThat(AgendaGroup.of(0)).isEqualTo(AgendaGroup.TODAY);
        assertThat(AgendaGroup.of(1)).isEqualTo(AgendaGroup.THIS_WEEK);
        assertThat(AgendaGroup.of(6)).isEqualTo(AgendaGroup.THIS_WEEK);
        assertThat(AgendaGroup.of(7)).isEqualTo(AgendaGroup.LATER);
        assertThatThrownBy(() -> AgendaGroup.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aYearlyWorkAnniversaryComesBackEveryYearWithItsNumber() {
        ImportantDate joined = ImportantDate.ofContact(1, DateKind.WORK_ANNIVERSARY, "", LocalDate.of(2016, 12, 3), true);
        assertThat(joined.nextOccurrence(TODAY)).contains(LocalDate.of(2026, 12, 3));
        assertThat(joined.daysUntil(TODAY)).contains(4L);
        assertThat(joined.yearsAtNext(TODAY)).contains(10);
        assertThat(joined.nextOccurrence(LocalDate.of(2026, 12, 4))).contains(LocalDate.of(2027, 12, 3));
    }

    @Test
    void aYearlyDateInTheFutureFirstFallsOnItsOwnDayAndHasNoNumberYet() {
        ImportantDate opening = ImportantDate.ofAccount(3, DateKind.CUSTOM, "新工厂开业", LocalDate.of(2027, 1, 10), true);
        assertThat(opening.nextOccurrence(TODAY)).contains(LocalDate.of(2027, 1, 10));
        assertThat(opening.yearsAtNext(TODAY)).isEmpty();
    }

    @Test
    void aOneOffDateHappensOnceAndIsGoneAfterwards() {
        ImportantDate visit = ImportantDate.ofAccount(3, DateKind.CUSTOM, "Factory visit", LocalDate.of(2026, 12, 1), false);
        assertThat(visit.daysUntil(TODAY)).contains(2L);
        assertThat(visit.yearsAtNext(TODAY)).isEmpty();
        assertThat(visit.nextOccurrence(LocalDate.of(2026, 12, 2))).isEmpty();
        assertThat(visit.in(2027)).isEmpty();
    }

    @Test
    void aYearlyDateOn29FebruaryFallsOnThe28thInCommonYears() {
        ImportantDate leap = ImportantDate.ofContact(1, DateKind.PARTNERSHIP_ANNIVERSARY, "", LocalDate.of(2024, 2, 29), true);
        assertThat(leap.nextOccurrence(TODAY)).contains(LocalDate.of(2027, 2, 28));
        assertThat(leap.nextOccurrence(LocalDate.of(2028, 1, 1))).contains(LocalDate.of(2028, 2, 29));
        assertThat(leap.in(2023)).isEmpty();
    }

    @Test
    void importantDatesJoinTheBirthdaysInTheWindowUnderTheAccountWhenTheyAreTheAccounts() {
        ImportantDate partnership = new ImportantDate(5L, null, 10L, DateKind.PARTNERSHIP_ANNIVERSARY, "",
                LocalDate.of(2020, 12, 2), true, 0L);
        List<UpcomingDate> dates = Upcoming.within(List.of(contact("Anna", Birthday.of(12, 5))),
                List.of(new DatedEvent(partnership, null, 10, "Northwind Traders")), TODAY, 14);
        assertThat(dates).extracting(UpcomingDate::kind)
                .containsExactly(UpcomingKind.IMPORTANT_DATE, UpcomingKind.BIRTHDAY);
        UpcomingDate first = dates.get(0);
        assertThat(first.personName()).isEqualTo("Northwind Traders");
        assertThat(first.years()).isEqualTo(6);
        assertThat(first.forPerson()).isFalse();
        assertThat(first.importantDateId()).isEqualTo(5L);
    }

    @Test
    void theMonthRangesOfAWindowCoverEachMonthItTouches() {
        assertThat(MonthDayRange.covering(TODAY, 14)).containsExactly(new MonthDayRange(11, 29, 30),
                new MonthDayRange(12, 1, 13));
        assertThat(MonthDayRange.covering(LocalDate.of(2026, 12, 25), 14)).containsExactly(
                new MonthDayRange(12, 25, 31), new MonthDayRange(1, 1, 8));
        assertThat(MonthDayRange.covering(TODAY, 0)).containsExactly(new MonthDayRange(11, 29, 29));
    }

    @Test
    void theMonthRangesInclude29FebruaryWhenTheWindowHoldsThe28thOfACommonYear() {
        assertThat(MonthDayRange.covering(LocalDate.of(2027, 2, 20), 8)).containsExactly(new MonthDayRange(2, 20, 29));
        assertThat(MonthDayRange.covering(LocalDate.of(2028, 2, 20), 8)).containsExactly(new MonthDayRange(2, 20, 28));
    }

    @Test
    void aWholeYearWindowCoversEveryDayOnce() {
        List<MonthDayRange> year = MonthDayRange.covering(TODAY, 365);
        assertThat(year).hasSize(12);
        assertThat(year).filteredOn(r -> r.month() == 11).containsExactly(new MonthDayRange(11, 1, 30));
    }

    @Test
    void theDayInTheUsersTimeZoneDecidesNotUtc() {
        // 00:30 on 30 November in Shanghai is still 29 November in UTC
        LocalDate shanghai = ZonedDateTime.of(2026, 11, 30, 0, 30, 0, 0, ZoneId.of("Asia/Shanghai")).toLocalDate();
        Birthday b = Birthday.of(1980, 11, 30);
        assertThat(Upcoming.within(List.of(contact("陈静", b)), List.of(), shanghai, 0))
                .singleElement().satisfies(d -> assertThat(d.daysUntil()).isZero());
    }

    @Test
    void aFamilyMemberNeedsANameAndNoBirthdayInTheFuture() {
        assertThat(MemoryRules.check(FamilyMember.of(1, Relation.CHILD, " ", null), TODAY))
                .extracting(FieldProblem::field).containsExactly("name");
        assertThat(MemoryRules.check(FamilyMember.of(1, Relation.CHILD, "小红", Birthday.of(2026, 12, 24)), TODAY))
                .extracting(FieldProblem::messageKey).containsExactly("validation.birthdayInFuture");
        assertThat(MemoryRules.check(FamilyMember.of(1, Relation.CHILD, "小红", Birthday.of(12, 24)), TODAY)).isEmpty();
    }

    @Test
    void aGiftNeedsWhatWasGivenADateNotInTheFutureAndNoNegativeCost() {
        Gift ok = Gift.of(1, null, TODAY, "生日", "鲜花 Flowers", new BigDecimal("388.00"), "我");
        assertThat(MemoryRules.check(ok, TODAY)).isEmpty();
        Gift bad = Gift.of(1, null, TODAY.plusDays(1), "", "", new BigDecimal("-1"), "");
        assertThat(MemoryRules.check(bad, TODAY)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("what", "givenOn", "cost");
    }

    @Test
    void aCustomDateNeedsATitleButAnAnniversaryDoesNot() {
        assertThat(MemoryRules.check(ImportantDate.ofContact(1, DateKind.CUSTOM, "", TODAY, true)))
                .extracting(FieldProblem::field).containsExactly("title");
        assertThat(MemoryRules.check(ImportantDate.ofContact(1, DateKind.WORK_ANNIVERSARY, "", TODAY, true))).isEmpty();
        assertThat(MemoryRules.check(ImportantDate.ofContact(1, DateKind.WORK_ANNIVERSARY, "", null, true)))
                .extracting(FieldProblem::field).containsExactly("date");
    }

    @Test
    void preferenceTagsAreTrimmedAndKeptOnceIgnoringCase() {
        Preferences p = new Preferences(1, "  grows orchids ", List.of("loves flowers", " Loves Flowers", "不喝酒", ""), 1);
        assertThat(p.text()).isEqualTo("grows orchids");
        assertThat(p.tags()).containsExactly("loves flowers", "不喝酒");
    }
}
