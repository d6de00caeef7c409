package dev.rapport.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.recovery.RecoveryListener;
import ch.qos.logback.core.recovery.ResilientOutputStreamBase;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Points the rolling log file at the data folder, once that folder is known: rapport.log, rolled
 * daily and at 5 MB, 14 days and 50 MB at most. Nothing goes to the console, so the CLI's output
 * stays clean, unless the file cannot be written: then stderr gets what the file could not take.
 * Built in code rather than from XML, which took half a second of every start.
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
        configure(context, logs);
    }

    /**
     * Logs into logs/rapport.log; what the file cannot take (a read-only logs folder, a full disk)
     * goes to stderr instead, message and stack trace whole, rather than nowhere.
     */
    static void configure(LoggerContext context, Path logs) {
        context.reset();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder(context));
        stderr.start();

        FileOrStderr file = new FileOrStderr(stderr);
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logs.resolve("rapport.log").toString());
        file.setEncoder(encoder(context));
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
        // a file that could not be opened (read-only or missing logs folder): everything to stderr
        root.addAppender(file.isStarted() ? file : stderr);
    }

    private static PatternLayoutEncoder encoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }

    /**
     * The rolling log file, which hands an event to stderr when the file did not take it whole.
     * Logback's file stream swallows a failed write, drops the events after it until it recovers,
     * and takes an empty flush for a recovery: so an event counts as written only when no write
     * failed meanwhile and the file grew by all of it.
     */
    static final class FileOrStderr extends RollingFileAppender<ILoggingEvent> {
        private final Appender<ILoggingEvent> fallback;
        private boolean failed; // guarded by streamWriteLock

        FileOrStderr(Appender<ILoggingEvent> fallback) {
            this.fallback = fallback;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            super.setOutputStream(out);
            if (out instanceof ResilientOutputStreamBase resilient) { // each (re)opened file
                resilient.addRecoveryListener(new RecoveryListener() {
                    @Override
                    public void newFailure(IOException e) {
                        failed = true;
                    }

                    @Override
                    public void recoveryOccured() {
                        // an empty flush counts as one: whether an event got through is judged by writeOut
                    }
                });
            }
        }

        @Override
        protected void writeOut(ILoggingEvent event) throws IOException {
            byte[] bytes = encoder.encode(event);
            streamWriteLock.lock();
            try {
                failed = false;
                long before = length();
                writeByteArrayToOutputStreamWithPossibleFlush(bytes);
                updateByteCount(bytes);
                if (failed || length() - before < bytes.length) {
                    fallback.doAppend(event);
                }
            } finally {
                streamWriteLock.unlock();
            }
        }

        private long length() {
            return new java.io.File(getFile()).length();
        }
    }
}
