package dev.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The date fields' converter reads the user's short date format strictly: a day the calendar lacks
 * is refused, never moved to the end of the month as JavaFX's own converter does, and text that is
 * not a date is refused without an exception.
 */
class DateFieldTest {
    private final DateField.Strict english = new DateField.Strict(Locale.ENGLISH);
    private final DateField.Strict simplified = new DateField.Strict(Locale.SIMPLIFIED_CHINESE);
    private final DateField.Strict traditional = new DateField.Strict(Locale.TRADITIONAL_CHINESE);

    @Test
    void formatsInEachLanguagesShortStyleWithTheWholeYear() {
        LocalDate d = LocalDate.of(2026, 12, 7);
        assertThat(english.toString(d)).isEqualTo("12/7/2026");
        assertThat(simplified.toString(d)).isEqualTo("2026/12/7");
        assertThat(traditional.toString(d)).isEqualTo("2026/12/7");
        assertThat(english.toString(null)).isEmpty();
    }

    @Test
    void readsBackWhatItWrites() {
        LocalDate d = LocalDate.of(2026, 12, 7);
        for (DateField.Strict c : new DateField.Strict[] {english, simplified, traditional}) {
            assertThat(c.fromString(c.toString(d))).isEqualTo(d);
        }
    }

    @Test
    void twentyNinthFebruaryOfALeapYearIsAccepted() {
        assertThat(english.fromString("2/29/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(simplified.fromString("2024/2/29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(traditional.fromString("2024/2/29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void twentyNinthFebruaryOfACommonYearIsRefusedNotMoved() {
        assertThat(english.read("2/29/2023").kind()).isEqualTo(DateField.Kind.NO_SUCH_DAY);
        assertThat(english.fromString("2/29/2023")).as("no day at all, not 28 February").isNull();
        assertThat(english.accepts("2/29/2023")).isFalse();
    }

    @Test
    void thirtiethFebruaryIsRefusedInEveryLanguage() {
        assertThat(english.read("2/30/2026").kind()).isEqualTo(DateField.Kind.NO_SUCH_DAY);
        assertThat(simplified.read("2026/2/30").kind()).isEqualTo(DateField.Kind.NO_SUCH_DAY);
        assertThat(traditional.read("2026/2/30").kind()).isEqualTo(DateField.Kind.NO_SUCH_DAY);
        assertThat(simplified.fromString("2026/2/30")).isNull();
    }

    @Test
    void textThatIsNotADateIsRefusedWithoutAnException() {
        for (String garbage : new String[] {"abc", "2026-12-07x", "12/7", "2/29/24", "１２/７/２０２６"}) {
            assertThatCode(() -> english.fromString(garbage)).doesNotThrowAnyException();
            assertThat(english.accepts(garbage)).as(garbage).isFalse();
        }
        assertThat(english.read("abc").kind()).isEqualTo(DateField.Kind.NOT_A_DATE);
        assertThat(simplified.read("下周一").kind()).isEqualTo(DateField.Kind.NOT_A_DATE);
    }

    @Test
    void anEmptyFieldIsNoDateAndNoError() {
        assertThat(english.fromString("")).isNull();
        assertThat(english.fromString("   ")).isNull();
        assertThat(english.fromString(null)).isNull();
        assertThat(english.accepts(" ")).isTrue();
    }

    @Test
    void spacesAroundADateDoNotMatter() {
        assertThat(english.fromString(" 12/7/2026 ")).isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
