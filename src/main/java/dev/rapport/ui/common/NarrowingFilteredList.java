package dev.rapport.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener.Change;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * A filtered view of a list that reports a new filter as the rows that left and the rows that
 * came, in place. JavaFX's FilteredList reports every new predicate as "all rows replaced",
 * and a table answers that by emptying and refilling (and restyling) every visible row; typing
 * one more letter only removes rows, so here the table only shifts the rows that stay.
 * A change of the source list itself is reported as a whole replacement, as FilteredList does.
 */
public final class NarrowingFilteredList<E> extends TransformationList<E, E> {
    private Predicate<? super E> predicate;
    /** Source indexes of the rows shown, in increasing order. */
    private int[] shown;
    /** The rows shown, kept so that a change can say which rows left. */
    private List<E> rows;

    public NarrowingFilteredList(ObservableList<E> source, Predicate<? super E> predicate) {
        super(source);
        this.predicate = Objects.requireNonNull(predicate);
        this.shown = matching(predicate);
        this.rows = rowsOf(shown);
    }

    public Predicate<? super E> getPredicate() {
        return predicate;
    }

    /** Filters again, reporting the rows that left and the rows that came at their places. */
    public void setPredicate(Predicate<? super E> newPredicate) {
        predicate = Objects.requireNonNull(newPredicate);
        int[] before = shown;
        List<E> rowsBefore = rows;
        int[] after = matching(newPredicate);
        shown = after;
        rows = rowsOf(after);
        beginChange();
        // removals first, then additions, each at its place in the list as it is at that moment,
        // so that a narrower filter is reported as removals only and a wider one as additions only
        int position = 0;
        for (int i = 0, j = 0; i < before.length; i++) {
            while (j < after.length && after[j] < before[i]) {
                j++;
            }
            if (j < after.length && after[j] == before[i]) {
                position++;
            } else {
                nextRemove(position, rowsBefore.get(i));
            }
        }
        for (int i = 0, j = 0; j < after.length; j++) {
            while (i < before.length && before[i] < after[j]) {
                i++;
            }
            if (i == before.length || before[i] != after[j]) {
                nextAdd(j, j + 1);
            }
        }
        endChange();
    }

    private int[] matching(Predicate<? super E> p) {
        ObservableList<? extends E> source = getSource();
        int[] found = new int[source.size()];
        int n = 0;
        for (int i = 0, max = source.size(); i < max; i++) {
            if (p.test(source.get(i))) {
                found[n++] = i;
            }
        }
        return Arrays.copyOf(found, n);
    }

    private List<E> rowsOf(int[] sourceIndexes) {
        List<E> r = new ArrayList<>(sourceIndexes.length);
        for (int i : sourceIndexes) {
            r.add(getSource().get(i));
        }
        return r;
    }

    @Override
    protected void sourceChanged(Change<? extends E> c) {
        List<E> before = rows;
        shown = matching(predicate);
        rows = rowsOf(shown);
        beginChange();
        if (!before.isEmpty()) {
            nextRemove(0, before);
        }
        if (!rows.isEmpty()) {
            nextAdd(0, rows.size());
        }
        endChange();
    }

    @Override
    public int getSourceIndex(int index) {
        Objects.checkIndex(index, shown.length);
        return shown[index];
    }

    @Override
    public int getViewIndex(int index) {
        int found = Arrays.binarySearch(shown, index);
        return found < 0 ? -1 : found;
    }

    @Override
    public E get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }
}
