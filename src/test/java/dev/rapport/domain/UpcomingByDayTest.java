package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Today's dates by day: the first lines of a day and its count, so thirty birthdays are one header. */
class UpcomingByDayTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 26); // 2027 is a common year

    private static PersonBirthday born(String person, String account, int month, int day) {
        return new PersonBirthday(person.hashCode(), person, account.hashCode(), account, null, null, null,
                Birthday.of(month, day));
    }

    private static DatedEvent partnership(String account, LocalDate on) {
        return new DatedEvent(ImportantDate.ofAccount(account.hashCode(), DateKind.PARTNERSHIP_ANNIVERSARY, "", on, true),
                null, account.hashCode(), account);
    }

    @Test
    void aDayWithMoreLinesThanShownCountsThemAllAndShowsTheFirstInOrder() {
        List<PersonBirthday> born = new ArrayList<>();
        for (int i = 29; i >= 0; i--) {
            born.add(born("客户 " + i, String.format("Account %02d", i), 2, 27));
        }
        List<DayDates> days = Upcoming.byDay(Upcoming.within(born, List.of(), TODAY, 14), 3);

        assertThat(days).singleElement().satisfies(d -> {
            assertThat(d.day()).isEqualTo(LocalDate.of(2027, 2, 27));
            assertThat(d.daysUntil()).isEqualTo(1);
            assertThat(d.total()).isEqualTo(30);
            assertThat(d.hidden()).isEqualTo(27);
            assertThat(d.shown()).extracting(UpcomingDate::accountName)
                    .containsExactly("Account 00", "Account 01", "Account 02");
        });
    }

    @Test
    void leapDayBirthdaysAreCountedAndListedOnTheTwentyEighthInACommonYear() {
        List<PersonBirthday> born = List.of(born("Anna Müller", "Contoso", 2, 28), born("王建国", "华为技术", 2, 29));

        List<DayDates> days = Upcoming.byDay(Upcoming.within(born, List.of(), TODAY, 14), 12);

        assertThat(days).singleElement().satisfies(d -> {
            assertThat(d.day()).isEqualTo(LocalDate.of(2027, 2, 28));
            assertThat(d.total()).isEqualTo(2);
            assertThat(d.shown()).extracting(UpcomingDate::personName).containsExactly("Anna Müller", "王建国");
        });
    }

    @Test
    void daysComeSoonestFirstWithTheAccountsOwnDatesAmongThem() {
        List<PersonBirthday> born = List.of(born("李梅", "华为技术", 3, 5), born("Anna Müller", "Contoso", 2, 26),
                born("Far Away", "Northwind", 6, 1));
        List<DatedEvent> events = List.of(partnership("Northwind Traders", LocalDate.of(2020, 3, 5)));

        List<DayDates> days = Upcoming.byDay(Upcoming.within(born, events, TODAY, 14), 12);

        assertThat(days).extracting(DayDates::daysUntil).containsExactly(0L, 7L);
        assertThat(days.get(1).total()).isEqualTo(2);
        assertThat(days.get(1).shown()).extracting(UpcomingDate::kind)
                .containsExactlyInAnyOrder(UpcomingKind.BIRTHDAY, UpcomingKind.IMPORTANT_DATE);
    }

    @Test
    void atLeastOneLineADayAndNeverATotalBelowTheLinesShown() {
        assertThatThrownBy(() -> Upcoming.byDay(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Upcoming.byDay(List.of(), 1)).isEmpty();
        assertThatThrownBy(() -> new DayDates(TODAY, 0, 1, Upcoming.within(
                List.of(born("A", "X", 2, 26), born("B", "Y", 2, 26)), List.of(), TODAY, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDaysLinesFollowTheReadersOrderOfNamesPinyinInChinese() {
        List<PersonBirthday> born = List.of(born("张伟", "华为技术", 2, 27), born("王建国", "华为技术", 2, 27),
                born("陈静", "华为技术", 2, 27), born("李梅", "北京天合", 2, 27));
        java.text.Collator pinyin = java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE);

        List<DayDates> inCodeOrder = Upcoming.byDay(Upcoming.within(born, List.of(), TODAY, 14), 3);
        List<DayDates> inPinyin = Upcoming.byDay(Upcoming.within(born, List.of(), TODAY, 14), 3, pinyin::compare);

        assertThat(inCodeOrder.get(0).shown()).as("张 U+5F20 before 王 U+738B before 陈 U+9648")
                .extracting(UpcomingDate::personName).containsExactly("李梅", "张伟", "王建国");
        assertThat(inPinyin.get(0).shown()).as("北京 (bei) before 华为 (hua); 陈 chen, 王 wang, 张 zhang")
                .extracting(UpcomingDate::personName).containsExactly("李梅", "陈静", "王建国");
        assertThat(inPinyin.get(0).total()).isEqualTo(4);
    }
}
