package dev.rapport.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Points the rolling log file at the data folder, once that folder is known: rapport.log, rolled
 * daily and at 5 MB, 14 days and 50 MB at most. Nothing goes to the console, so the CLI's output
 * stays clean. Built in code rather than from XML, which took half a second of every start.
 */
final class LogSetup {
    static final String LOG_DIR_PROPERTY = "rapport.logDir";
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    private LogSetup() {
    }

    static void toDataFolder(Path dataDir) {
        if (System.getProperty("rapport.test") != null) {
            return; // tests keep their own console configuration
        }
        Path logs = dataDir.resolve("logs");
        System.setProperty(LOG_DIR_PROPERTY, logs.toString());
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logs.resolve("rapport.log").toString());
        file.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logs.resolve("rapport.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.start();

        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        // Flyway has not yet listed H2 2.4.x as verified; 2.4.240 is required (2.3.x loses data): the nag is noise
        context.getLogger("org.flywaydb.core.internal.database.base.Database").setLevel(Level.ERROR);
        context.getLogger("org.jdbi").setLevel(Level.WARN);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
    }
}
