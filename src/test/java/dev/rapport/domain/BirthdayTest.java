package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class BirthdayTest {
    private final Birthday leapling = Birthday.of(1984, 2, 29);

    @Test
    void birthdayOn29FebruaryFallsOn28FebruaryInCommonYears() {
        assertThat(leapling.celebratedIn(2027)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(leapling.celebratedIn(2028)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void theNextOccurrenceOfALeapDayBirthdayIsTheTwentyEighthInACommonYear() {
        assertThat(leapling.nextOccurrence(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(leapling.daysUntil(LocalDate.of(2027, 2, 28))).isZero();
    }

    @Test
    void theNextOccurrenceRollsOverTheYearEnd() {
        Birthday newYear = Birthday.of(1, 3);
        assertThat(newYear.nextOccurrence(LocalDate.of(2026, 12, 30))).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(newYear.daysUntil(LocalDate.of(2026, 12, 30))).isEqualTo(4);
    }

    @Test
    void aBirthdayTodayIsZeroDaysAwayNotAYear() {
        Birthday today = Birthday.of(11, 22);
        assertThat(today.daysUntil(LocalDate.of(2026, 11, 22))).isZero();
    }

    @Test
    void theAgeIsKnownOnlyWhenTheYearIs() {
        assertThat(Birthday.of(1980, 5, 1).ageOn(LocalDate.of(2026, 4, 30))).contains(45);
        assertThat(Birthday.of(1980, 5, 1).ageOn(LocalDate.of(2026, 5, 1))).contains(46);
        assertThat(Birthday.of(5, 1).ageOn(LocalDate.of(2026, 5, 1))).isEmpty();
        assertThat(leapling.ageAtNext(LocalDate.of(2026, 11, 22))).contains(43);
    }

    @Test
    void parsesTheFormsPhonesAndSpreadsheetsWrite() {
        assertThat(Birthday.parse("1984-02-29")).isEqualTo(leapling);
        assertThat(Birthday.parse("--02-29")).isEqualTo(Birthday.of(2, 29));
        assertThat(Birthday.parse("--0229")).isEqualTo(Birthday.of(2, 29));
        assertThat(Birthday.parse("19840229")).isEqualTo(leapling);
        assertThat(Birthday.parse("12-24").monthDay()).isEqualTo(MonthDay.of(12, 24));
    }

    @Test
    void rejectsDatesThatDoNotExist() {
        assertThatThrownBy(() -> Birthday.parse("1985-02-29")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> Birthday.parse("--02-31")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> Birthday.parse("soon")).isInstanceOf(RuntimeException.class);
    }
}
