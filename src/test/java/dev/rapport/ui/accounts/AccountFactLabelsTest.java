package dev.rapport.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountFactLabelsTest {
    /** A stand-in for the font: Latin letters 7 px, Chinese characters 13 px. */
    private static final ToDoubleFunction<String> FONT =
            s -> s.codePoints().mapToDouble(c -> Character.isIdeographic(c) ? 13 : 7).sum();

    @Test
    void theLabelColumnHoldsTheLongestWordWhole() {
        double width = AccountPageView.labelColumnWidth(List.of("Relationship type", "Owner"), FONT);
        assertThat(width).isGreaterThanOrEqualTo(FONT.applyAsDouble("Relationship"));
        // it wraps between words rather than growing to the whole label
        assertThat(width).isLessThan(FONT.applyAsDouble("Relationship type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN", "zh-TW"})
    void noFactLabelHasAWordWiderThanItsColumnInAnyLanguage(String tag) {
        Messages msg = new Messages(Locale.forLanguageTag(tag));
        List<String> labels = AccountPageView.FACT_KEYS.stream().map(msg::get).toList();
        double width = AccountPageView.labelColumnWidth(labels, FONT);
        for (String label : labels) {
            assertThat(label).isNotBlank();
            for (String word : label.split("\\s+")) {
                assertThat(FONT.applyAsDouble(word)).as(word).isLessThanOrEqualTo(width);
            }
        }
    }
}
