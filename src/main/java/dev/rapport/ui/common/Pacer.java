package dev.rapport.ui.common;

import java.util.List;

/**
 * Builds a long run of nodes a few at a time, one batch per frame, so the window keeps painting
 * and answering while a screen with hundreds of rows or a dozen blocks fills in (issue 18: no
 * FX-thread stall over 100 ms). The window uses {@link FramePacer}; tests use {@link #IMMEDIATE},
 * as they use a direct executor.
 */
@FunctionalInterface
public interface Pacer {
    /** Runs every step at once, in order: for tests and for callers that need the nodes now. */
    Pacer IMMEDIATE = steps -> {
        steps.forEach(Runnable::run);
        return Paced.DONE;
    };

    /**
     * Runs the steps in order on the FX thread: the first at once, so the screen shows its top
     * straight away, the rest on the frames after it.
     */
    Paced run(List<Runnable> steps);

    /** Runs the steps in order on the frames after this one: the part of a screen that can wait a frame. */
    default Paced later(List<Runnable> steps) {
        List<Runnable> all = new java.util.ArrayList<>(steps.size() + 1);
        all.add(() -> { });
        all.addAll(steps);
        return run(all);
    }

    /**
     * Runs the steps one per frame in frames with nothing else to do: work worth doing when there
     * is time, never needed (a warm-up). The immediate pacer has no spare frames and drops them.
     */
    default void spare(List<Runnable> steps) {
    }

    /** A run still under way: a view that renders again cancels the old run first. */
    @FunctionalInterface
    interface Paced {
        Paced DONE = () -> { };

        /** Drops the steps not yet run. */
        void cancel();
    }
}
