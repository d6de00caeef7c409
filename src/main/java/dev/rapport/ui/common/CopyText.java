package dev.rapport.ui.common;

import dev.rapport.i18n.Messages;
import java.util.Map;
import java.util.StringJoiner;

/** An editor's text fields as readable lines for the clipboard: "Label: value", one per line. */
public final class CopyText {
    private CopyText() {
    }

    /**
     * @param fields label key to typed text, in the form's order; empty fields are left out, and a
     *               value of several lines goes on under its label, indented
     */
    public static String lines(Messages msg, Map<String, String> fields) {
        StringJoiner out = new StringJoiner("\n");
        fields.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                out.add(msg.get(key) + ": " + value.strip().replace("\n", "\n    "));
            }
        });
        return out.toString();
    }
}
