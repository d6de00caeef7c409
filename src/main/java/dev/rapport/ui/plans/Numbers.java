package dev.rapport.ui.plans;

import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Reads money and percentages typed in a form, noting a problem under the field's name. */
final class Numbers {
    private Numbers() {
    }

    static BigDecimal parse(Formats formats, Messages msg, String field, String text, Map<String, String> problems) {
        try {
            Optional<BigDecimal> n = formats.parseDecimal(text);
            return n.orElse(null);
        } catch (NumberFormatException e) {
            problems.put(field, msg.get("validation.number"));
            return null;
        }
    }
}
