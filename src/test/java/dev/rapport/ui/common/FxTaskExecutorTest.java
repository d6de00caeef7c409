package dev.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The desktop's executor, where work really runs in the background. */
class FxTaskExecutorTest {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void cancelledWorkSaysSoOnTheFxThreadAndNeverReportsSuccess() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch mayEnd = new CountDownLatch(1);
        try (FxTaskExecutor executor = new FxTaskExecutor()) {
            executor.submit("loading", p -> {
                running.countDown();
                mayEnd.await(10, TimeUnit.SECONDS);
                return "loaded";
            }, r -> heard.add("success " + r), e -> heard.add("failure " + e),
                    () -> heard.add("cancelled on FX thread: " + Platform.isFxApplicationThread()));
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> executor.busyProperty().get()
                    && "loading".equals(executor.titleProperty().get()));
            WaitForAsyncUtils.asyncFx(executor::cancel).get(10, TimeUnit.SECONDS);
            mayEnd.countDown();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !heard.isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(heard).containsExactly("cancelled on FX thread: true");
    }

    @Test
    void workAskedForAfterTheWindowClosedIsDroppedQuietly() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        executor.close();
        List<String> heard = new CopyOnWriteArrayList<>();
        // a load that ended after the close asks for the next one on the FX thread: it threw
        // RejectedExecutionException into the FX thread's log
        WaitForAsyncUtils.asyncFx(() -> executor.submit("loading", p -> "late", r -> heard.add("success"),
                e -> heard.add("failure"))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heard).isEmpty();
        assertThat(executor.busyProperty().get()).isFalse();
    }
}
