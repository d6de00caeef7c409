package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every start, window or command, limits H2 before anything else runs (store/H2Guard). */
class H2GuardInstalledTest {
    private static final String ALLOWED_CLASSES = "h2.allowedClasses";

    @Test
    void theCommandLineSetsTheLimitFirst() {
        String before = System.clearProperty(ALLOWED_CLASSES);
        try {
            Main.run(new String[] {"--version"}, Map.of());

            assertThat(System.getProperty(ALLOWED_CLASSES)).as("set by Main.run").isEmpty();
        } finally {
            if (before != null) {
                System.setProperty(ALLOWED_CLASSES, before);
            } else {
                System.clearProperty(ALLOWED_CLASSES);
            }
        }
    }
}
