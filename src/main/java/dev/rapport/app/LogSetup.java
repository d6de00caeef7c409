package dev.rapport.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/** Points the rolling log file at the data folder, once that folder is known. */
final class LogSetup {
    static final String LOG_DIR_PROPERTY = "rapport.logDir";

    private LogSetup() {
    }

    static void toDataFolder(Path dataDir) {
        if (System.getProperty("rapport.test") != null) {
            return; // tests keep their own console configuration
        }
        System.setProperty(LOG_DIR_PROPERTY, dataDir.resolve("logs").toString());
        URL config = LogSetup.class.getResource("/dev/rapport/logback-app.xml");
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context) || config == null) {
            return;
        }
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(config);
        } catch (JoranException e) {
            // logging is not worth refusing to start over; the status printer reports the problem
            ch.qos.logback.core.util.StatusPrinter.printInCaseOfErrorsOrWarnings(context);
        }
    }
}
