package dev.rapport.testutil;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the JVM's default locale back after every test. The window's launcher sets it to the
 * user's language (JavaFX's own dialog texts read it); in the app that lasts the process, in the
 * test JVM it would make every later command answer in the last launcher test's language.
 */
public final class DefaultLocaleExtension implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(DefaultLocaleExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NS);
        store.put("default", Locale.getDefault());
        store.put("display", Locale.getDefault(Locale.Category.DISPLAY));
        store.put("format", Locale.getDefault(Locale.Category.FORMAT));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NS);
        Locale.setDefault(store.get("default", Locale.class));
        Locale.setDefault(Locale.Category.DISPLAY, store.get("display", Locale.class));
        Locale.setDefault(Locale.Category.FORMAT, store.get("format", Locale.class));
    }
}
