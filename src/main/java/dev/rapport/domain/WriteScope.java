package dev.rapport.domain;

import java.util.function.Supplier;

/**
 * Labels the writes of one piece of work with the place in the window that makes them (decision
 * 0017), so a later refused save can say "changed in this window, in the Planner". The window's
 * screens get it from the app's wiring; the store records it.
 */
public interface WriteScope {
    /** Runs the work (on the calling thread) with its writes labelled as made at the place. */
    <T> T at(WindowPlace place, Supplier<T> work);
}
