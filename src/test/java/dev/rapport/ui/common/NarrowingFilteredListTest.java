package dev.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;

class NarrowingFilteredListTest {

    private final ObservableList<String> source = FXCollections.observableArrayList(
            "Northwind", "Harbor Logistics", "上海新航", "Müller GmbH", "Nordic Medical", "北方科技");

    @Test
    void aNarrowerFilterIsReportedAsRemovalsOnlyAndAWiderOneAsAdditionsOnly() {
        NarrowingFilteredList<String> list = new NarrowingFilteredList<>(source, s -> true);
        List<String> kinds = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                kinds.add(c.wasReplaced() ? "replaced" : c.wasRemoved() ? "removed" : c.wasAdded() ? "added" : "other");
            }
        });

        list.setPredicate(s -> s.toLowerCase().contains("o"));
        assertThat(list).containsExactly("Northwind", "Harbor Logistics", "Nordic Medical");
        assertThat(kinds).containsOnly("removed");

        kinds.clear();
        list.setPredicate(s -> s.toLowerCase().contains("no"));
        assertThat(list).containsExactly("Northwind", "Nordic Medical");
        assertThat(kinds).containsOnly("removed");

        kinds.clear();
        list.setPredicate(s -> true);
        assertThat(list).containsExactlyElementsOf(source);
        assertThat(kinds).containsOnly("added");
    }

    @Test
    void theSameFilterAgainReportsNothing() {
        NarrowingFilteredList<String> list = new NarrowingFilteredList<>(source, s -> s.contains("o"));
        List<ListChangeListener.Change<? extends String>> changes = new ArrayList<>();
        list.addListener((ListChangeListener<String>) changes::add);

        list.setPredicate(s -> s.contains("o"));

        assertThat(changes).isEmpty();
    }

    /** Replays every reported change on a copy: the copy must end equal to the list, filter after filter. */
    @Test
    void replayingTheReportedChangesGivesTheFilteredRowsForRandomFiltersAndSourceChanges() {
        Random random = new Random(20261203);
        ObservableList<Integer> numbers = FXCollections.observableArrayList();
        for (int i = 0; i < 300; i++) {
            numbers.add(random.nextInt(1000));
        }
        SortedList<Integer> sorted = new SortedList<>(numbers, Comparator.naturalOrder());
        NarrowingFilteredList<Integer> list = new NarrowingFilteredList<>(sorted, n -> true);
        List<Integer> replica = new ArrayList<>(list);
        list.addListener((ListChangeListener<Integer>) c -> replay(c, replica));

        for (int round = 0; round < 400; round++) {
            int step = random.nextInt(10);
            if (step == 0) {
                numbers.add(random.nextInt(1000));
            } else if (step == 1 && !numbers.isEmpty()) {
                numbers.remove(random.nextInt(numbers.size()));
            } else if (step == 2) {
                sorted.setComparator(random.nextBoolean() ? Comparator.reverseOrder() : Comparator.naturalOrder());
            } else {
                int divisor = 1 + random.nextInt(7);
                int rest = random.nextInt(divisor);
                list.setPredicate(n -> n % divisor == rest);
            }
            Predicate<? super Integer> p = list.getPredicate();
            List<Integer> expected = sorted.stream().filter(p).collect(Collectors.toList());
            assertThat(list).as("round %d", round).containsExactlyElementsOf(expected);
            assertThat(replica).as("replayed changes, round %d", round).containsExactlyElementsOf(expected);
            for (int i = 0; i < list.size(); i++) {
                assertThat(sorted.get(list.getSourceIndex(i))).isEqualTo(list.get(i));
                assertThat(list.getViewIndex(list.getSourceIndex(i))).isEqualTo(i);
            }
        }
    }

    private static <E> void replay(ListChangeListener.Change<? extends E> c, List<E> replica) {
        while (c.next()) {
            if (c.wasPermutated()) {
                List<E> copy = new ArrayList<>(replica);
                for (int i = c.getFrom(); i < c.getTo(); i++) {
                    replica.set(c.getPermutation(i), copy.get(i));
                }
            } else {
                replica.subList(c.getFrom(), c.getFrom() + c.getRemovedSize()).clear();
                replica.addAll(c.getFrom(), c.getAddedSubList());
            }
        }
    }
}
