package dev.rapport.app;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * While a folder is open, looks every half hour whether a day has passed since its last backup.
 * It only looks: the backup itself runs in the window's executor, so the status bar shows it and
 * it waits for the user's saves rather than racing them.
 */
final class BackupTimer {
    private static final long CHECK_MINUTES = 30;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rapport-backup-timer");
        t.setDaemon(true);
        return t;
    });

    /** @param due run (on the timer's thread) each time a backup of the folder is due */
    BackupTimer(AppContext open, Runnable due) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                if (open.backups().due()) {
                    due.run();
                }
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(BackupTimer.class).warn("cannot tell whether a backup is due", e);
            }
        }, 1, CHECK_MINUTES, TimeUnit.MINUTES);
    }

    void stop() {
        timer.shutdownNow();
    }
}
