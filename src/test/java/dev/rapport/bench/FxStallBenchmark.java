package dev.rapport.bench;

import dev.rapport.app.AppContext;
import dev.rapport.app.LauncherHandle;
import dev.rapport.service.Progress;
import dev.rapport.store.AlreadyOpenException;
import dev.rapport.store.Database;
import dev.rapport.store.DatabaseKey;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.pages.PasswordPromptPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Issue 18's figure: the longest single stall of the FX thread (what a user sees as a frozen or
 * black window) while the launcher opens an encrypted folder with 5,000 accounts, first opens each
 * screen, restores a backup, changes the password and closes. A ping is posted to the FX thread
 * every 10 ms; a stall is how long the longest ping waited to run. Prints figures, asserts nothing
 * about time: {@code ./mvnw -B -o -Pbench test -Dtest=FxStallBenchmark [-Dbench.sample=FOLDER]}.
 * Target: no stall over 100 ms.
 */
class FxStallBenchmark {
    private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 5_000);
    private static final int CONTACTS = Integer.getInteger("bench.contacts", 50_000);
    private static final char[] PASSWORD = "bench 客户资料 password".toCharArray();
    private static final char[] NEXT_PASSWORD = "bench 新的 password two".toCharArray();
    private static final String[] SCREENS = {"accounts", "contacts", "planner", "insights", "settings"};

    @Test
    void longestFxThreadStallWhileTheFolderOpensRestoresRekeysAndCloses() throws Exception {
        // -Dbench.sample=FOLDER keeps the encrypted sample between runs (generating it takes minutes);
        // each run works on a copy, since it restores and changes the password
        String kept = System.getProperty("bench.sample");
        Path sample = kept == null ? Files.createTempDirectory("rapport-bench-stall-sample") : Path.of(kept);
        if (!Files.exists(Database.file(sample))) {
            long t0 = System.nanoTime();
            try (AppContext ctx = AppContext.open(sample, DatabaseKey.fromPassword(sample, PASSWORD),
                    Clock.systemDefaultZone())) {
                ctx.demo().generate(ACCOUNTS, CONTACTS, Progress.NONE);
            }
            report("sample data: %,d accounts, %,d contacts, encrypted, generated in %.1f s", ACCOUNTS, CONTACTS,
                    (System.nanoTime() - t0) / 1e9);
        }
        Path dir = Files.createTempDirectory("rapport-bench-stall");
        for (String file : new String[] {Database.file(sample).getFileName().toString(), "encryption.properties"}) {
            Files.copy(sample.resolve(file), dir.resolve(file));
        }

        FxToolkit.registerPrimaryStage();
        List<String> over = new ArrayList<>();
        try (StallMeter meter = new StallMeter()) {
            LauncherHandle launcher = new LauncherHandle(dir);
            Platform.runLater(launcher::start);
            waitFor(() -> passwordField() != null, "the password prompt");
            meter.reset();
            long opening = System.nanoTime();
            onFx(() -> {
                passwordField().setText(new String(PASSWORD));
                defaultButton(passwordField().getScene()).fire();
                return null;
            });
            settled(launcher, null);
            figure(over, meter, "opening the encrypted folder (Unlock to an idle window on Today)", opening);

            for (String screen : SCREENS) {
                meter.reset();
                long shown = System.nanoTime();
                onFx(() -> {
                    ((javafx.scene.control.ButtonBase) MainWindowPage.navIn(launcher.stage().getScene(), screen)).fire();
                    return null;
                });
                settled(launcher, null);
                figure(over, meter, "first opening " + screen, shown);
            }

            AppContext before = launcher.context();
            Path backup = before.backups().backupNow().file();
            List<Throwable> failures = new ArrayList<>();
            meter.reset();
            long restoring = System.nanoTime();
            Platform.runLater(() -> launcher.restore(backup, failures::add));
            settled(launcher, before);
            figure(over, meter, "restoring a backup (to the reopened window idle)", restoring);

            before = launcher.context();
            meter.reset();
            long rekeying = System.nanoTime();
            Platform.runLater(() -> launcher.changePassword(PASSWORD.clone(), NEXT_PASSWORD.clone(), failures::add));
            settled(launcher, before);
            figure(over, meter, "changing the password (to the reopened window idle)", rekeying);
            if (!failures.isEmpty()) {
                throw new IllegalStateException("a step failed", failures.get(0));
            }

            DatabaseKey next = DatabaseKey.fromPassword(dir, NEXT_PASSWORD);
            meter.reset();
            long closing = System.nanoTime();
            onFx(() -> {
                Platform.setImplicitExit(false); // the benchmark's toolkit outlives the window
                launcher.stage().hide();
                return null;
            });
            long hidden = System.nanoTime();
            waitUntilReleased(dir, next);
            figure(over, meter, String.format(Locale.ROOT, "closing (window hidden after %d ms, backed up and released)",
                    (hidden - closing) / 1_000_000), closing);
        }
        report("stalls over 100 ms: %s", over.isEmpty() ? "none" : String.join(", ", over));
        // the run's copy grows to gigabytes with its backups; the kept sample stays
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static void figure(List<String> over, StallMeter meter, String what, long since) throws Exception {
        onFx(() -> null); // a stall still under way ends before it is read
        long worst = meter.worstMs();
        report("%s: longest FX-thread stall %d ms (step took %d ms)", what, worst, (System.nanoTime() - since) / 1_000_000);
        if (worst > 100) {
            over.add(what);
            report("  where the FX thread was while stalled (samples 25 ms apart): %s", meter.where());
        }
    }

    /**
     * Waits until the launcher shows a window on a folder other than {@code before}, with no background work.
     * Ten minutes: a restore of the sample backs up, verifies and unpacks about 160 MB twice, which took
     * over three minutes on a shared two-core machine.
     */
    private static void settled(LauncherHandle launcher, AppContext before) throws Exception {
        int quiet = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (quiet < 3) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the window never settled");
            }
            Thread.sleep(100);
            boolean idle = onFx(() -> {
                AppContext now = launcher.context();
                if (now == null || now == before || launcher.stage() == null || !launcher.stage().isShowing()) {
                    return false;
                }
                Node cancel = MainWindowPage.taskCancelIn(launcher.stage().getScene());
                return cancel != null && !cancel.getParent().isVisible() && !launcher.stage().getScene().getRoot().isDisabled();
            });
            quiet = idle ? quiet + 1 : 0;
        }
    }

    /** Waits until the window's close has backed up and released the folder: another open succeeds. */
    private static void waitUntilReleased(Path dir, DatabaseKey key) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (true) {
            try (AppContext again = AppContext.open(dir, key, Clock.systemDefaultZone())) {
                return;
            } catch (AlreadyOpenException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(20);
            }
        }
    }

    private static PasswordField passwordField() {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null && PasswordPromptPage.passwordIn(w.getScene()) instanceof PasswordField f) {
                return f;
            }
        }
        return null;
    }

    private static Button defaultButton(Scene scene) {
        return scene.getRoot().lookupAll(".button").stream().filter(n -> n instanceof Button b && b.isDefaultButton())
                .map(n -> (Button) n).findFirst().orElseThrow();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> onFx, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!onFx(onFx)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("never showed: " + what);
            }
            Thread.sleep(20);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(10, TimeUnit.MINUTES);
    }

    /**
     * Posts a ping to the FX thread every 10 ms and keeps the longest wait of one posted since the
     * last reset: a ping waits as long as whatever holds the FX thread, whether a pulse, a handler
     * or a nested dialog loop, so this is the longest time the window could not repaint or react.
     */
    private static final class StallMeter implements AutoCloseable {
        private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-fx-ping");
            t.setDaemon(true);
            return t;
        });
        private final AtomicLong worst = new AtomicLong();
        private volatile long since = System.nanoTime();
        /** When the newest ping that has run was posted: long ago means the FX thread is held now. */
        private final AtomicLong lastRun = new AtomicLong(System.nanoTime());
        /** The first frame of Rapport's code (or the top frame) on the FX thread while it was held, counted. */
        private final java.util.Map<String, Integer> held = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile Thread fx;

        StallMeter() {
            pinger.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> {
                    fx = Thread.currentThread();
                    lastRun.accumulateAndGet(posted, Math::max);
                    if (posted >= since) {
                        worst.accumulateAndGet(System.nanoTime() - posted, Math::max);
                    }
                });
            }, 0, 10, TimeUnit.MILLISECONDS);
            pinger.scheduleAtFixedRate(this::sample, 25, 25, TimeUnit.MILLISECONDS);
        }

        private void sample() {
            Thread thread = fx;
            if (thread == null || System.nanoTime() - lastRun.get() < TimeUnit.MILLISECONDS.toNanos(100)) {
                return;
            }
            StackTraceElement[] stack = thread.getStackTrace();
            String frame = stack.length == 0 ? "?" : stack[0].toString();
            for (StackTraceElement e : stack) {
                if (e.getClassName().startsWith("dev.rapport.")) {
                    frame = e.getClassName().substring("dev.rapport.".length()) + "." + e.getMethodName() + ":"
                            + e.getLineNumber() + " (top: " + stack[0].getClassName() + "." + stack[0].getMethodName() + ")";
                    break;
                }
            }
            held.merge(frame, 1, Integer::sum);
        }

        /** The places the FX thread was held at most often since the last reset. */
        String where() {
            return held.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(4).map(e -> e.getValue() + "x " + e.getKey()).toList().toString();
        }

        void reset() {
            since = System.nanoTime();
            worst.set(0);
            held.clear();
        }

        long worstMs() {
            return worst.get() / 1_000_000;
        }

        @Override
        public void close() {
            pinger.shutdownNow();
        }
    }

    private static void report(String format, Object... args) {
        // Benchmarks print their figures; that is their whole output.
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
