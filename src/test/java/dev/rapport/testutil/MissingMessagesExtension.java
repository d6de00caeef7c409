package dev.rapport.testutil;

import dev.rapport.i18n.Messages;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails the test during which a message key was found missing (strict mode), even when the
 * lookup ran on the FX thread or a worker, whose exception is printed and otherwise lost.
 * Registered for every test through META-INF/services and junit-platform.properties.
 */
public final class MissingMessagesExtension implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) {
        Set<String> missing = Messages.takeStrictMisses();
        if (!missing.isEmpty()) {
            throw new AssertionError("message keys missing from messages*.properties: " + missing);
        }
    }
}
