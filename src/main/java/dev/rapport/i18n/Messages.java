package dev.rapport.i18n;

import dev.rapport.domain.FieldProblem;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words Rapport shows, in the user's language. Lookups never fall back to the machine's
 * default locale: a rep who chose English on a Chinese Windows gets English.
 */
public final class Messages {
    public static final String BUNDLE = "dev.rapport.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = bundle(locale);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for a key, with {0}-style arguments filled in the locale's way. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The label of an enum constant: key {@code enum.SimpleName.CONSTANT}. */
    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return get(enumKey(value));
    }

    public static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    public String of(FieldProblem problem) {
        return get(problem.messageKey(), problem.args().toArray());
    }
}
