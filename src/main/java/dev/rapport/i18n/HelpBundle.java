package dev.rapport.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The command line's help text, for picocli, from Rapport's own bundles. picocli asks for its
 * keys ({@code rapport.backup.usage.description}, {@code rapport.backup.out},
 * {@code mixinStandardHelpOptions.help}, ...; the command's path first, then the bare key) and
 * each is answered from the same key under {@code cli.help.}, so the help lives beside every
 * other word Rapport shows, is checked by the same bundle tests, and speaks the language of the
 * rest of a command's output.
 *
 * <p>The values are picocli's format, not {@link java.text.MessageFormat}: {@code %n} breaks a
 * line, {@code %%} is a percent sign, and {@code ${DEFAULT-VALUE}} is filled in by picocli.
 */
public final class HelpBundle extends ResourceBundle {
    private final ResourceBundle words;

    public HelpBundle(Messages messages) {
        this.words = messages.bundle();
    }

    /** The key in messages*.properties that answers one of picocli's keys. */
    public static String keyFor(String picocliKey) {
        return "cli.help." + picocliKey;
    }

    @Override
    protected Object handleGetObject(String key) {
        String ours = keyFor(key);
        return words.containsKey(ours) ? words.getString(ours) : null;
    }

    @Override
    protected Set<String> handleKeySet() {
        String prefix = keyFor("");
        return words.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(handleKeySet());
    }
}
