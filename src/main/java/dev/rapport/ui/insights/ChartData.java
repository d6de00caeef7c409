package dev.rapport.ui.insights;

import java.util.List;
import java.util.Map;

/**
 * One chart's bars: a value per category for each series. A chart of one unnamed series shows no
 * legend; named series (planned and done, budget and actual, a channel each) show one.
 *
 * @param names  the series' names, empty for one unnamed series
 * @param values per series, the value of each category in the order shown
 */
public record ChartData(List<String> names, List<Map<String, Number>> values) {
    public ChartData {
        names = List.copyOf(names);
        values = List.copyOf(values);
    }

    static ChartData single(Map<String, Number> values) {
        return new ChartData(List.of(), List.of(values));
    }

    /** Whether the series have names, to show in a legend. */
    public boolean named() {
        return !names.isEmpty();
    }
}
