package dev.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.Account;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.accounts.AccountEditorViewModel;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A decimal typed with a comma, as many reps do: "8,5 %" was read as 85 % without a word. Now the
 * comma is accepted only where it groups thousands, and otherwise the form says what to write.
 */
class DecimalEntryTest {
    private final Formats en = new Formats(Locale.ENGLISH);
    private final Formats zh = new Formats(Locale.SIMPLIFIED_CHINESE);

    @Test
    void aCommaBetweenThousandsGroupsAndAPointMarksTheDecimals() {
        assertThat(en.parseDecimal("12,345,678.5")).contains(new BigDecimal("12345678.5"));
        assertThat(en.parseDecimal("1,234")).contains(new BigDecimal("1234"));
        assertThat(zh.parseDecimal("1,234.25")).contains(new BigDecimal("1234.25"));
        assertThat(en.parseDecimal("8.5 %")).contains(new BigDecimal("8.5"));
        assertThat(en.parseDecimal("  ")).isEmpty();
    }

    @Test
    void aCommaWhereNoThousandsAreIsRefusedWithTheReadingMostLikelyMeant() {
        assertThatThrownBy(() -> en.parseDecimal("8,5 %")).isInstanceOfSatisfying(Formats.DecimalMarkException.class,
                e -> assertThat(e.suggestion()).isEqualTo("8.5"));
        assertThatThrownBy(() -> zh.parseDecimal("1234,56")).isInstanceOfSatisfying(Formats.DecimalMarkException.class,
                e -> assertThat(e.suggestion()).isEqualTo("1234.56"));
        assertThatThrownBy(() -> en.parseDecimal("1,23,456")).isInstanceOfSatisfying(Formats.DecimalMarkException.class,
                e -> assertThat(e.suggestion()).as("two commas: no clear reading").isNull());
        assertThatThrownBy(() -> en.parseDecimal("1,234,5.5")).isInstanceOf(Formats.DecimalMarkException.class);
        assertThatThrownBy(() -> en.parseDecimal("abc")).isInstanceOf(NumberFormatException.class)
                .isNotInstanceOf(Formats.DecimalMarkException.class);
    }

    @Test
    void aChineseKeyboardsFullWidthDigitsAndMarksReadAsTheirAsciiTwins() {
        assertThat(zh.parseDecimal("８．５")).contains(new BigDecimal("8.5"));
        assertThat(zh.parseDecimal("8。5")).contains(new BigDecimal("8.5"));
        assertThat(zh.parseDecimal("１２％")).contains(new BigDecimal("12"));
        assertThatThrownBy(() -> zh.parseDecimal("8，5")).isInstanceOfSatisfying(Formats.DecimalMarkException.class,
                e -> assertThat(e.suggestion()).isEqualTo("8.5"));
    }

    @Test
    void infinityAndNotANumberAreRefusedAsNotANumber() {
        // DecimalFormat gives a Double for these even in BigDecimal mode: the cast threw on every keystroke
        for (String text : new String[] {"∞", "-∞", "NaN", "\uFFFD"}) {
            assertThatThrownBy(() -> en.parseDecimal(text)).as(text).isInstanceOf(NumberFormatException.class);
        }
    }

    @Test
    void theAccountFormSaysWhatToWriteInEachLanguageAndDoesNotSave() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE}) {
            Messages msg = new Messages(locale);
            AccountEditorViewModel form = new AccountEditorViewModel(Account.named("华为 Huawei"), msg, new Formats(locale));
            form.grossMarginPct.set("3,5");
            assertThat(form.validProperty().get()).isFalse();
            assertThat(form.errors()).containsEntry("grossMarginPct", msg.get("validation.decimalMark", "3.5"));
            form.grossMarginPct.set("3.5");
            assertThat(form.errors()).doesNotContainKey("grossMarginPct");
            form.annualRevenue.set("1,2,3");
            assertThat(form.errors()).containsEntry("annualRevenue", msg.get("validation.groupingMark"));
            form.annualRevenue.set("∞");
            assertThat(form.errors()).containsEntry("annualRevenue", msg.get("validation.number"));
            // the column keeps 17 digits before the point: a longer number failed only at Save
            form.annualRevenue.set("99999999999999999999999999");
            assertThat(form.errors()).containsEntry("annualRevenue", msg.get("validation.tooLarge"));
            form.annualRevenue.set("999,999,999,999,999");
            assertThat(form.errors()).doesNotContainKey("annualRevenue");
        }
    }
}
