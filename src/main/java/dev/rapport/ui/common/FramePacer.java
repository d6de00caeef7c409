package dev.rapport.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;

/**
 * The window's pacer: runs the next steps of every run under way at the start of each frame, for
 * about {@value #BUDGET_MS} ms, and leaves the rest of the frame to styling, layout and painting
 * of what they added, which costs a few times more than making the nodes. On a warm machine a
 * frame takes dozens of rows; right after start, while classes still load, one or two.
 */
public final class FramePacer implements Pacer {
    static final long BUDGET_MS = 8;
    private final Deque<Run> runs = new ArrayDeque<>();
    private final Deque<Runnable> spare = new ArrayDeque<>();
    private final LongSupplier nanoTime;
    /** Made on first use: the launcher makes its pacer before the toolkit has started. */
    private AnimationTimer frames;

    public FramePacer() {
        this(System::nanoTime);
    }

    FramePacer(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public Paced run(List<Runnable> steps) {
        if (steps.isEmpty()) {
            return Paced.DONE;
        }
        Run run = new Run(new ArrayDeque<>(steps));
        run.next();
        if (run.hasNext()) {
            runs.add(run);
            startFrames();
        }
        return run;
    }

    @Override
    public void spare(List<Runnable> steps) {
        if (!steps.isEmpty()) {
            spare.addAll(steps);
            startFrames();
        }
    }

    private void startFrames() {
        if (frames == null) {
            frames = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    frame();
                }
            };
        }
        frames.start();
    }

    /** One frame's share of the work: runs in order, each run to its end before the next one's steps. */
    void frame() {
        long start = nanoTime.getAsLong();
        long budget = TimeUnit.MILLISECONDS.toNanos(BUDGET_MS);
        boolean worked = false;
        while (!runs.isEmpty()) {
            Run run = runs.peek();
            if (!run.hasNext()) {
                runs.poll();
                continue;
            }
            safely(run::next);
            worked = true;
            if (nanoTime.getAsLong() - start >= budget) {
                break;
            }
        }
        runs.removeIf(r -> !r.hasNext());
        // a spare step only in a frame the runs left alone: it never delays what the user asked to see
        if (!worked && !spare.isEmpty()) {
            safely(spare.poll());
        }
        if (runs.isEmpty() && spare.isEmpty() && frames != null) {
            frames.stop();
        }
    }

    /**
     * A step that throws is reported as any FX-thread error is, and the steps after it still run: one
     * broken row must not leave a screen half built, nor stop the frames for every other screen.
     */
    private static void safely(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
        }
    }

    /** Whether steps, spare ones too, are still waiting for a frame. */
    public boolean busy() {
        return !runs.isEmpty() || !spare.isEmpty();
    }

    private static final class Run implements Paced {
        private final Deque<Runnable> steps;

        Run(Deque<Runnable> steps) {
            this.steps = steps;
        }

        boolean hasNext() {
            return !steps.isEmpty();
        }

        void next() {
            steps.poll().run();
        }

        @Override
        public void cancel() {
            steps.clear();
        }
    }
}
