package dev.rapport.store;

import dev.rapport.domain.ChangedBy;
import dev.rapport.domain.WindowPlace;
import dev.rapport.domain.WriteScope;
import java.util.function.Supplier;

/**
 * Where this database's writes come from, for the {@code changed_by} column of every versioned row
 * (decision 0017): set once per session by the app (the window, or the command line with its
 * command), narrowed for the length of one piece of work to a place in the window ({@link #at}).
 * The place is held per thread because writes run on the executor's threads, several at once: a
 * place set around one task never labels another task's writes. Nothing set: the column stays
 * empty (unknown), as in tests that open a bare database.
 */
public final class WriteOrigin implements WriteScope {
    private volatile ChangedBy session;
    private final ThreadLocal<WindowPlace> place = new ThreadLocal<>();

    /** Who writes for the rest of this session. */
    public void session(ChangedBy origin) {
        this.session = origin;
    }

    /** The origin of a write made now on this thread, or null when none was set. */
    public ChangedBy current() {
        ChangedBy s = session;
        WindowPlace p = place.get();
        return s == null || p == null ? s : s.at(p);
    }

    /** The {@code changed_by} value of a write made now on this thread; null when unknown. */
    String column() {
        ChangedBy c = current();
        return c == null ? null : c.column();
    }

    /**
     * Runs the work with its writes labelled as made at the place in the window; the place that
     * was set before (an undo inside the Planner, say) is put back afterwards.
     */
    @Override
    public <T> T at(WindowPlace where, Supplier<T> work) {
        WindowPlace before = place.get();
        place.set(where);
        try {
            return work.get();
        } finally {
            if (before == null) {
                place.remove();
            } else {
                place.set(before);
            }
        }
    }
}
