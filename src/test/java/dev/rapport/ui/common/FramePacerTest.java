package dev.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's pacer: the first step at once, the rest a frame's budget at a time, all of them in order. */
class FramePacerTest {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theFirstStepRunsAtOnceAndEachFrameRunsStepsUntilItsBudgetIsSpent() throws Exception {
        AtomicLong clock = new AtomicLong();
        FramePacer pacer = new FramePacer(clock::get);
        List<Integer> ran = new CopyOnWriteArrayList<>();
        // each step "takes" 5 ms of the fake clock: two of them spend a frame's 8 ms
        List<Runnable> steps = IntStream.range(0, 5).<Runnable>mapToObj(i -> () -> {
            ran.add(i);
            clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(5));
        }).toList();
        onFx(() -> {
            pacer.run(steps);
            assertThat(ran).containsExactly(0);
            pacer.frame();
            assertThat(ran).containsExactly(0, 1, 2);
            pacer.frame();
            assertThat(ran).containsExactly(0, 1, 2, 3, 4);
            assertThat(pacer.busy()).isFalse();
        });
    }

    @Test
    void aCancelledRunDropsTheStepsNotYetRunAndLeavesOtherRunsAlone() throws Exception {
        FramePacer pacer = new FramePacer(() -> 0L); // a clock that never moves: a frame runs everything
        List<String> ran = new CopyOnWriteArrayList<>();
        onFx(() -> {
            Pacer.Paced first = pacer.run(List.of(() -> ran.add("a1"), () -> ran.add("a2"), () -> ran.add("a3")));
            pacer.run(List.of(() -> ran.add("b1"), () -> ran.add("b2")));
            first.cancel();
            pacer.frame();
            assertThat(ran).containsExactly("a1", "b1", "b2");
            assertThat(pacer.busy()).isFalse();
        });
    }

    @Test
    void spareStepsRunOnePerFrameAndOnlyInFramesNothingElseNeeded() throws Exception {
        FramePacer pacer = new FramePacer(() -> 0L);
        List<String> ran = new CopyOnWriteArrayList<>();
        onFx(() -> {
            pacer.spare(List.of(() -> ran.add("warm1"), () -> ran.add("warm2")));
            pacer.run(List.of(() -> ran.add("row1"), () -> ran.add("row2")));
            pacer.frame(); // the rows' frame: no spare step in it
            assertThat(ran).containsExactly("row1", "row2");
            pacer.frame();
            assertThat(ran).containsExactly("row1", "row2", "warm1");
            pacer.frame();
            assertThat(ran).containsExactly("row1", "row2", "warm1", "warm2");
            assertThat(pacer.busy()).isFalse();
        });
        List<String> immediate = new ArrayList<>();
        Pacer.IMMEDIATE.spare(List.of(() -> immediate.add("warm")));
        assertThat(immediate).as("tests have no spare frames").isEmpty();
    }

    @Test
    void aStepThatThrowsIsReportedAndTheStepsAfterItStillRun() throws Exception {
        FramePacer pacer = new FramePacer(() -> 0L);
        List<String> ran = new CopyOnWriteArrayList<>();
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        onFx(() -> {
            Thread fx = Thread.currentThread();
            Thread.UncaughtExceptionHandler before = fx.getUncaughtExceptionHandler();
            fx.setUncaughtExceptionHandler((t, e) -> reported.add(e));
            try {
                pacer.run(List.of(() -> ran.add("first"), () -> {
                    throw new IllegalStateException("a broken row");
                }, () -> ran.add("third")));
                pacer.frame();
            } finally {
                fx.setUncaughtExceptionHandler(before);
            }
            assertThat(ran).containsExactly("first", "third");
            assertThat(reported).singleElement().extracting(Throwable::getMessage).isEqualTo("a broken row");
            assertThat(pacer.busy()).isFalse();
        });
    }

    @Test
    void theFramesOfTheToolkitRunEveryStepInOrder() throws Exception {
        FramePacer pacer = new FramePacer();
        List<Integer> ran = new CopyOnWriteArrayList<>();
        List<Runnable> steps = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int step = i;
            steps.add(() -> {
                ran.add(step);
                assertThat(Platform.isFxApplicationThread()).isTrue();
            });
        }
        onFx(() -> pacer.run(steps));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ran.size() == 200);
        assertThat(ran).isEqualTo(IntStream.range(0, 200).boxed().toList());
        onFx(() -> assertThat(pacer.busy()).isFalse());
    }

    @Test
    void nothingToDoIsDoneAtOnce() throws Exception {
        onFx(() -> assertThat(new FramePacer().run(List.of())).isSameAs(Pacer.Paced.DONE));
        List<String> ran = new ArrayList<>();
        Pacer.IMMEDIATE.run(List.of(() -> ran.add("a"), () -> ran.add("b")));
        assertThat(ran).containsExactly("a", "b");
    }

    private static void onFx(Runnable check) throws Exception {
        WaitForAsyncUtils.asyncFx(check).get(10, TimeUnit.SECONDS);
    }
}
