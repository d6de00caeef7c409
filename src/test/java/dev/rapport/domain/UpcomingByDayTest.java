package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        List<PersonBirthday> shown = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            shown.add(born("客户 " + (char) ('E' - i), "Account " + i, 2, 27));
        }
        BirthdaysPerDay birthdays = new BirthdaysPerDay(shown, Map.of(MonthDay.of(2, 27), 30));

        List<DayDates> days = Upcoming.byDay(birthdays, List.of(), TODAY, 14, 3);

        assertThat(days).singleElement().satisfies(d -> {
            assertThat(d.day()).isEqualTo(LocalDate.of(2027, 2, 27));
            assertThat(d.daysUntil()).isEqualTo(1);
            assertThat(d.total()).isEqualTo(30);
            assertThat(d.hidden()).isEqualTo(27);
            assertThat(d.shown()).extracting(UpcomingDate::accountName)
                    .containsExactly("Account 0", "Account 1", "Account 2");
        });
    }

    @Test
    void leapDayBirthdaysAreCountedAndListedOnTheTwentyEighthInACommonYear() {
        BirthdaysPerDay birthdays = new BirthdaysPerDay(
                List.of(born("Anna Müller", "Contoso", 2, 28), born("王建国", "华为技术", 2, 29)),
                Map.of(MonthDay.of(2, 28), 4, MonthDay.of(2, 29), 2));

        List<DayDates> days = Upcoming.byDay(birthdays, List.of(), TODAY, 14, 12);

        assertThat(days).singleElement().satisfies(d -> {
            assertThat(d.day()).isEqualTo(LocalDate.of(2027, 2, 28));
            assertThat(d.total()).isEqualTo(6);
            assertThat(d.shown()).extracting(UpcomingDate::personName).containsExactly("Anna Müller", "王建国");
        });
    }

    @Test
    void daysComeSoonestFirstWithTheAccountsOwnDatesCountedAndDaysBeyondTheWindowLeftOut() {
        BirthdaysPerDay birthdays = new BirthdaysPerDay(
                List.of(born("李梅", "华为技术", 3, 5), born("Anna Müller", "Contoso", 2, 26),
                        born("Far Away", "Northwind", 6, 1)),
                Map.of(MonthDay.of(3, 5), 1, MonthDay.of(2, 26), 1, MonthDay.of(6, 1), 1));
        List<DatedEvent> events = List.of(partnership("Northwind Traders", LocalDate.of(2020, 3, 5)));

        List<DayDates> days = Upcoming.byDay(birthdays, events, TODAY, 14, 12);

        assertThat(days).extracting(DayDates::daysUntil).containsExactly(0L, 7L);
        assertThat(days.get(1).total()).isEqualTo(2);
        assertThat(days.get(1).shown()).extracting(UpcomingDate::kind)
                .containsExactlyInAnyOrder(UpcomingKind.BIRTHDAY, UpcomingKind.IMPORTANT_DATE);
    }

    @Test
    void aDayIsNeverSaidToHoldFewerThanItLists() {
        BirthdaysPerDay birthdays = new BirthdaysPerDay(List.of(born("A", "X", 3, 1), born("B", "Y", 3, 1)),
                Map.of(MonthDay.of(3, 1), 1));
        assertThat(Upcoming.byDay(birthdays, List.of(), TODAY, 14, 12)).singleElement()
                .satisfies(d -> assertThat(d.total()).isEqualTo(2));
    }

    @Test
    void atLeastOneLineADay() {
        BirthdaysPerDay none = new BirthdaysPerDay(List.of(), Map.of());
        assertThatThrownBy(() -> Upcoming.byDay(none, List.of(), TODAY, 14, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Upcoming.byDay(none, List.of(), TODAY, 14, 1)).isEmpty();
    }
}
