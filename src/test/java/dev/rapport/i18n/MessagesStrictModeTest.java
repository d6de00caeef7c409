package dev.rapport.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.rapport.testutil.MissingMessagesExtension;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A missing key fails a test; for a rep it shows as !key!, logged once, and the screen still works. */
class MessagesStrictModeTest {
    @Test
    void everyTestJvmRunsInStrictMode() {
        // set by surefire in pom.xml: without it a UI test checking that a label is not blank passes on "!key!"
        assertThat(Boolean.getBoolean(Messages.STRICT_PROPERTY)).isTrue();
    }

    @Test
    void inStrictModeAMissingKeyThrowsAndNamesTheKey() {
        Messages words = new Messages(Locale.SIMPLIFIED_CHINESE);

        assertThatThrownBy(() -> words.get("no.such.key.strict"))
                .isInstanceOf(Messages.MissingMessageException.class).hasMessageContaining("no.such.key.strict");
        // taken here, or MissingMessagesExtension would fail this test for it after it ends
        assertThat(Messages.takeStrictMisses()).containsExactly("no.such.key.strict (zh_CN)");
        assertThat(Messages.takeStrictMisses()).isEmpty();
        assertThat(words.get("error.alreadyOpen")).isEqualTo("Rapport 已经打开了这个数据文件夹。");
    }

    @Test
    void aKeyMissedOnAnotherThreadStillFailsTheTest() throws InterruptedException {
        // as on the FX thread: the exception is printed by the thread and never reaches the test
        Thread other = new Thread(() -> new Messages(Locale.TRADITIONAL_CHINESE).get("no.such.key.elsewhere"));
        other.setUncaughtExceptionHandler((t, e) -> { });
        other.start();
        other.join();

        assertThatThrownBy(() -> new MissingMessagesExtension().afterEach(null))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no.such.key.elsewhere (zh_TW)");
        assertThat(Messages.takeStrictMisses()).isEmpty();
    }

    @Test
    void inTheProductAMissingKeyShowsAsTheKeyAndIsLoggedOnce() {
        Logger logger = (Logger) LoggerFactory.getLogger(Messages.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        String strict = System.clearProperty(Messages.STRICT_PROPERTY);
        try {
            Messages words = new Messages(Locale.ENGLISH);

            assertThat(words.get("no.such.key.graceful")).isEqualTo("!no.such.key.graceful!");
            assertThat(words.get("no.such.key.graceful", 3)).isEqualTo("!no.such.key.graceful!");
            assertThat(logged.list).hasSize(1);
            assertThat(logged.list.get(0).getFormattedMessage()).contains("no.such.key.graceful");
        } finally {
            System.setProperty(Messages.STRICT_PROPERTY, strict);
            logger.detachAppender(logged);
        }
    }
}
