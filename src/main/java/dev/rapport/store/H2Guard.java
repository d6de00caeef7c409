package dev.rapport.store;

import org.slf4j.LoggerFactory;

/**
 * The process-wide limit Rapport puts on H2 before any database is opened: H2 may load no Java
 * class on behalf of SQL (functions, triggers, aggregates, linked-table drivers, serializers
 * named in a database). Rapport's schema uses none, so whatever asks for one came from a file.
 * H2 reads the setting once, when its settings class loads, so this must run before H2 is used.
 */
public final class H2Guard {
    static final String ALLOWED_CLASSES = "h2.allowedClasses";

    private H2Guard() {
    }

    /** Sets the limit unless the process was started with one (the tests start with the same one). */
    public static void install() {
        if (System.getProperty(ALLOWED_CLASSES) == null) {
            System.setProperty(ALLOWED_CLASSES, "");
        }
    }

    /** Whether H2 took the limit: false when H2 was used before {@link #install()} ran. */
    static boolean active() {
        return org.h2.engine.SysProperties.ALLOWED_CLASSES.isEmpty();
    }

    /** Says so in the log, once per database opened, when H2 runs without the limit. */
    static void warnIfInactive() {
        if (!active()) {
            LoggerFactory.getLogger(H2Guard.class).warn("H2 may load Java classes for SQL: {} was not set before H2 started",
                    ALLOWED_CLASSES);
        }
    }
}
