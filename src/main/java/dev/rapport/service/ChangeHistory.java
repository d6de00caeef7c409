package dev.rapport.service;

import dev.rapport.domain.EditConflict;
import dev.rapport.domain.ValidationException;
import dev.rapport.store.Database;
import dev.rapport.store.NotFoundException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

/**
 * The saved changes of this session, newest last, so that the window's Ctrl+Z takes back the last
 * one of any kind and Ctrl+Shift+Z puts it back (decision 0018). Services record a change once its
 * write succeeded; nothing here is persisted: the history starts empty with each session.
 *
 * <p>Every revert is a write that names the version this history last saw the record at (decision
 * 0014, and {@link Cell}): an undo over a newer change, from the command line or a write the
 * history did not see, is refused and writes nothing. A refused entry leaves the history, since it
 * would be refused again; the one before it can then be undone.
 *
 * <p>Thread-safe: saves run on the task thread, the window asks from the FX thread.
 */
public final class ChangeHistory {
    /** How many changes can be undone: enough for a working session, small enough to hold in memory. */
    public static final int DEFAULT_LIMIT = 100;
    /**
     * The most parts one change ({@link #asOne}) keeps: an import of 300,000 rows would otherwise
     * hold a before-copy of each in memory. A larger write is not undoable; a restore of a backup
     * is the way back from one that large.
     */
    public static final int MAX_PARTS = 5_000;

    /** Performs the reverse of a change and returns the change that would reverse it again. */
    @FunctionalInterface
    public interface Revert {
        Change run();
    }

    /**
     * One saved change: what it was, as a message key and its arguments (the status bar says
     * "Undone: " with it), and how to take it back.
     */
    public record Change(String key, List<Object> args, Revert revert) {
        public Change {
            args = List.copyOf(args);
        }

        public static Change of(Revert revert, String key, Object... args) {
            return new Change(key, List.of(args), revert);
        }
    }

    /** What an undo or redo did. */
    public enum Kind {
        /** The change was reverted; its inverse is on the other stack. */
        DONE,
        /** There was nothing to undo (or redo). */
        NOTHING,
        /** The record changed or went away since: nothing was written and the entry is gone. */
        REFUSED
    }

    /**
     * @param change  the change undone, redone or refused; null when there was nothing
     * @param problem why it was refused, for the log; null unless {@code REFUSED}
     */
    public record Outcome(Kind kind, Change change, RuntimeException problem) {
    }

    private final int limit;
    private final int maxParts;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** Set while a revert runs on this thread: the service methods it calls must not record it as a new change. */
    private final ThreadLocal<Boolean> reverting = ThreadLocal.withInitial(() -> false);
    /** The parts of a write that is one change ({@link #asOne}), while it runs on this thread. */
    private final ThreadLocal<List<Change>> collecting = new ThreadLocal<>();
    /** Set on the thread whose {@link #asOne} write grew past {@link #MAX_PARTS}: its parts are no longer kept. */
    private final ThreadLocal<Boolean> overflowed = ThreadLocal.withInitial(() -> false);
    /** False for the command line, which has no Ctrl+Z: nothing is kept, not even the cells. */
    private volatile boolean recording = true;
    private final Map<String, Cell> cells = new HashMap<>();
    /** While a write or revert runs on this thread: how to put back the cells it moved, should it fail. */
    private final ThreadLocal<Deque<Runnable>> journal = new ThreadLocal<>();

    public ChangeHistory() {
        this(DEFAULT_LIMIT);
    }

    public ChangeHistory(int limit) {
        this(limit, MAX_PARTS);
    }

    /** With another cap on one change's parts: tests reach it without writing thousands of rows. */
    ChangeHistory(int limit, int maxParts) {
        if (limit < 1 || maxParts < 1) {
            throw new IllegalArgumentException("limit " + limit + ", parts " + maxParts);
        }
        this.limit = limit;
        this.maxParts = maxParts;
    }

    /**
     * Records a change just saved. A new change makes the redo stack meaningless (it would redo
     * over it), so it is cleared; the oldest entry goes when the history is full.
     */
    public void record(Change change) {
        if (reverting.get() || !recording) {
            return;
        }
        List<Change> parts = collecting.get();
        if (parts != null) {
            if (parts.size() < maxParts) {
                parts.add(change);
            } else {
                overflowed.set(true);
                parts.clear();
            }
            return;
        }
        synchronized (this) {
            undo.addLast(change);
            while (undo.size() > limit) {
                undo.removeFirst();
            }
            redo.clear();
        }
        changed();
    }

    /** Records a change just saved: {@code revert} takes it back, {@code key} and {@code args} name it. */
    public void record(Revert revert, String key, Object... args) {
        record(Change.of(revert, key, args));
    }

    /**
     * Runs a write of several records (a log entry and the planned action it fulfils, an import)
     * in one transaction, and records what its parts record as one change: one Ctrl+Z takes all of
     * it back, in one transaction too. When the write fails nothing is recorded, since its
     * transaction wrote nothing. Nested calls join the outermost one.
     */
    public <T> T asOne(Database db, Supplier<T> write) {
        return asOne(db, write, null, result -> List.of());
    }

    /**
     * ...described by {@code key} and the arguments the result gives (an import: how many rows),
     * instead of by its first part.
     */
    public <T> T asOne(Database db, Supplier<T> write, String key, Function<T, List<Object>> args) {
        if (collecting.get() != null || !recording) {
            return db.inTransaction(write);
        }
        List<Change> parts = new ArrayList<>();
        collecting.set(parts);
        T result;
        boolean tooLarge;
        try {
            result = journaled(() -> db.inTransaction(write));
        } finally {
            collecting.remove();
            tooLarge = overflowed.get();
            overflowed.remove();
        }
        if (parts.isEmpty() || tooLarge) {
            return result;
        }
        if (key == null) {
            Change first = parts.get(0);
            record(parts.size() == 1 ? first : compound(db, parts, first.key(), first.args()));
        } else {
            record(compound(db, parts, key, args.apply(result)));
        }
        return result;
    }

    /**
     * Parts in the order they were written: the revert takes them back last first, in one
     * transaction, and returns their inverses in the order it wrote them, which is the order a
     * redo must take back.
     */
    private static Change compound(Database db, List<Change> parts, String key, List<Object> args) {
        return new Change(key, args, () -> db.inTransaction(() -> {
            List<Change> inverses = new ArrayList<>(parts.size());
            for (int i = parts.size() - 1; i >= 0; i--) {
                inverses.add(parts.get(i).revert().run());
            }
            return compound(db, inverses, key, args);
        }));
    }

    /**
     * Where this history knows a record to be: the version its last write seen here left. Each
     * revert names it and moves it on, so an undo after an undo (or a redo) names the version the
     * step before left, not the one its own change left. A write this history did not see (the
     * command line, another screen's unrecorded write) breaks the chain: the next write seen starts
     * a new cell and the entries on the old one are refused, since they would overwrite it.
     */
    public static final class Cell {
        private final String key;
        private long version;

        private Cell(String key, long version) {
            this.key = key;
            this.version = version;
        }

        /**
         * The version the history last saw the record at: for a revert that is not a {@link #swap} or
         * {@link #alternate} (an exit's undo deletes the row its redo writes anew), read as it runs.
         */
        public long version() {
            return version;
        }
    }

    /** A write of one state of a record that names a version and returns the version it left. */
    @FunctionalInterface
    public interface VersionedWrite<T> {
        long write(T state, long version);
    }

    /**
     * Tells the history that a write moved a record from {@code before} to {@code after} (a new
     * record comes from 0) and returns its cell: the one the history had when it was at
     * {@code before}, else a new one.
     */
    public synchronized Cell track(String kind, long id, long before, long after) {
        String key = kind + ":" + id;
        if (!recording || overflowed.get()) {
            return new Cell(key, after); // nothing will revert through it: keep no map entry per row
        }
        Cell cell = cells.get(key);
        if (cell == null || cell.version != before) {
            cell = new Cell(key, after);
        }
        moved(cell, after);
        return cell;
    }

    /** A single-row write bumps the version by one: the record was at {@code after - 1} before it. */
    public Cell track(String kind, long id, long after) {
        return track(kind, id, after - 1, after);
    }

    private synchronized void moved(Cell cell, long version) {
        Deque<Runnable> journal = this.journal.get();
        if (journal != null) {
            Cell was = cells.get(cell.key);
            long wasVersion = cell.version;
            journal.push(() -> {
                cell.version = wasVersion;
                if (was == null) {
                    cells.remove(cell.key);
                } else {
                    cells.put(cell.key, was);
                }
            });
        }
        cell.version = version;
        cells.put(cell.key, cell);
    }

    /** Runs a write; when it fails, the cells it moved are put back, as its transaction rolled back. */
    private <T> T journaled(Supplier<T> write) {
        if (journal.get() != null) {
            return write.get();
        }
        Deque<Runnable> entries = new ArrayDeque<>();
        journal.set(entries);
        try {
            return write.get();
        } catch (RuntimeException e) {
            synchronized (this) {
                entries.forEach(Runnable::run);
            }
            throw e;
        } finally {
            journal.remove();
        }
    }

    /**
     * A change between two states of one versioned record: each revert writes the other state,
     * naming the version the cell holds, so a newer change in between is a conflict and is kept.
     *
     * @param to   the state the undo brings back (the before-copy)
     * @param from the state the change left
     */
    public <T> Change swap(Cell cell, T to, T from, VersionedWrite<T> write, String key, Object... args) {
        return swap(cell, to, from, write, key, List.of(args));
    }

    private <T> Change swap(Cell cell, T to, T from, VersionedWrite<T> write, String key, List<Object> args) {
        return new Change(key, args, () -> {
            moved(cell, write.write(to, cell.version));
            return swap(cell, from, to, write, key, args);
        });
    }

    /**
     * A change that one write takes back and another puts back again: a delete and its restore, a
     * new record and its delete. Each names the version the cell holds and returns the one it left.
     */
    public Change alternate(Cell cell, LongUnaryOperator back, LongUnaryOperator forth, String key, Object... args) {
        return alternate(cell, back, forth, key, List.of(args));
    }

    private Change alternate(Cell cell, LongUnaryOperator back, LongUnaryOperator forth, String key,
            List<Object> args) {
        return new Change(key, args, () -> {
            moved(cell, back.applyAsLong(cell.version));
            return alternate(cell, forth, back, key, args);
        });
    }

    /** Takes back the last change; its inverse becomes the next redo. */
    public Outcome undo() {
        return move(undo, redo);
    }

    /** Puts back the last change undone; it becomes the next undo again. */
    public Outcome redo() {
        return move(redo, undo);
    }

    /*
     * Holds the lock during the write so an undo and a save recorded at the same time cannot
     * interleave their stacks. The window runs saves and undos one after the other on its task
     * thread. Should a write on another thread track a cell inside its transaction (asOne) while a
     * revert waits for its rows, H2's lock timeout fails the revert, which then stays for another try.
     */
    private Outcome move(Deque<Change> from, Deque<Change> to) {
        Outcome outcome;
        synchronized (this) {
            Change change = from.pollLast();
            if (change == null) {
                return new Outcome(Kind.NOTHING, null, null);
            }
            reverting.set(true);
            try {
                to.addLast(journaled(() -> change.revert().run()));
                while (to.size() > limit) {
                    to.removeFirst();
                }
                outcome = new Outcome(Kind.DONE, change, null);
            } catch (RuntimeException e) {
                if (!changedSince(e)) {
                    // a full disk or a lost file: the record did not move on, so a later try may succeed
                    from.addLast(change);
                    throw e;
                }
                outcome = new Outcome(Kind.REFUSED, change, e);
            } finally {
                reverting.set(false);
            }
        }
        changed();
        return outcome;
    }

    /** Whether a failed revert means the record is no longer as the change left it. */
    private static boolean changedSince(RuntimeException e) {
        return e instanceof EditConflict || e instanceof NotFoundException || e instanceof ValidationException
                || e instanceof IllegalStateException;
    }

    /** The change Ctrl+Z would take back, if any. */
    public synchronized Optional<Change> nextUndo() {
        return Optional.ofNullable(undo.peekLast());
    }

    /** The change Ctrl+Shift+Z would put back, if any. */
    public synchronized Optional<Change> nextRedo() {
        return Optional.ofNullable(redo.peekLast());
    }

    public synchronized int undoCount() {
        return undo.size();
    }

    public synchronized int redoCount() {
        return redo.size();
    }

    /**
     * From now on keeps nothing: for the command line, where no one can press Ctrl+Z and an import
     * of a large file must not hold a before-copy of every row.
     */
    public void stopRecording() {
        recording = false;
        clear();
    }

    /** Forgets everything: the data folder is closing, or another one opens. */
    public void clear() {
        synchronized (this) {
            undo.clear();
            redo.clear();
            cells.clear();
        }
        changed();
    }

    /** Called after every change of the history, on the thread that changed it. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
