package dev.rapport.i18n;

import dev.rapport.domain.FieldProblem;
import dev.rapport.domain.KnownProblem;
import dev.rapport.domain.Wording;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words Rapport shows, in the user's language. Lookups never fall back to the machine's
 * default locale: a rep who chose English on a Chinese Windows gets English.
 *
 * <p>The words live in one bundle per feature area (so features grow without fighting over one
 * file); they are merged into a single {@link ResourceBundle} for FXML and lookups.
 */
public final class Messages {
    public static final String PACKAGE = "dev.rapport.i18n.";

    /** Every bundle base name, in lookup order. A key must live in exactly one of them. */
    public static final List<String> BUNDLES =
            List.of("messages", "memory", "plans", "exchange", "retention", "safety", "release");

    /** Set (to true) by surefire for every test JVM; never in the product. */
    public static final String STRICT_PROPERTY = "rapport.messages.strict";

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    /** Keys already logged as missing: one warning each, not one per repaint of a table cell. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    /**
     * The keys found missing in strict mode, for the tests to fail on even when the exception was
     * thrown on the FX thread or a worker, where it is only printed.
     */
    private static final Set<String> STRICT_MISSES = ConcurrentHashMap.newKeySet();

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = bundle(locale);
    }

    public static ResourceBundle bundle(Locale locale) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (String name : BUNDLES) {
            ResourceBundle part;
            try {
                part = ResourceBundle.getBundle(PACKAGE + name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            } catch (MissingResourceException notShipped) {
                continue;
            }
            for (String key : part.keySet()) {
                merged.putIfAbsent(key, part.getString(key));
            }
        }
        return new MergedBundle(merged);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The text for a key, with {0}-style arguments filled in the locale's way. A key missing from
     * the bundles shows as {@code !key!} (and is logged once), so a rep still gets a working
     * screen; in strict mode (every test JVM) it throws, so a missing translation fails the tests
     * instead of passing as a label that is not blank.
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return missing(key);
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(words(args));
    }

    /** Arguments that are words of their own ({@link Wording}) said in this language first. */
    private Object[] words(Object[] args) {
        Object[] out = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Wording w) {
                if (out == args) {
                    out = args.clone();
                }
                out[i] = of(w);
            }
        }
        return out;
    }

    /** Words inside another message; an enum among their arguments is said by its label. */
    public String of(Wording wording) {
        Object[] args = wording.messageArgs().stream().map(a -> a instanceof Enum<?> e ? of(e) : a).toArray();
        return get(wording.messageKey(), args);
    }

    private String missing(String key) {
        if (Boolean.getBoolean(STRICT_PROPERTY)) {
            STRICT_MISSES.add(key + " (" + locale + ")");
            throw new MissingMessageException(key, locale);
        }
        if (REPORTED.add(locale + " " + key)) {
            LOG.warn("no text for message key {} in {}; showing !{}!", key, locale, key);
        }
        return "!" + key + "!";
    }

    /** The keys found missing in strict mode since the last call (and forgets them). */
    public static Set<String> takeStrictMisses() {
        Set<String> taken = new java.util.TreeSet<>(STRICT_MISSES);
        STRICT_MISSES.removeAll(taken);
        return taken;
    }

    /** A key that is in no bundle, in strict mode: a bug, found by the tests. */
    public static final class MissingMessageException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        MissingMessageException(String key, Locale locale) {
            super("No text for message key '" + key + "' in " + locale + " (messages*.properties)");
        }
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

    /** The explanation of a known problem (a full disk, a read-only folder), with what it names. */
    public String of(KnownProblem problem) {
        return get(problem.messageKey(), problem.messageArgs().toArray());
    }

    private static final class MergedBundle extends ResourceBundle {
        private final Map<String, String> entries;

        MergedBundle(Map<String, String> entries) {
            this.entries = entries;
        }

        @Override
        protected Object handleGetObject(String key) {
            return entries.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(entries.keySet());
        }

        @Override
        protected Set<String> handleKeySet() {
            return entries.keySet();
        }
    }
}
