package dev.rapport.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * RFM: recency (days since the last contact or order, fewer is better), frequency (contacts in
 * the last twelve months) and monetary value (annual revenue), each scored 1 to 5 by quintile
 * within the portfolio. A part without data for an account has no score (null) rather than a guess.
 */
public record Rfm(Integer recency, Integer frequency, Integer monetary) {

    /** What one account brings to the scoring; null where there is no data. */
    public record Input(long accountId, Integer daysSinceLast, Integer contactsLastYear, BigDecimal monetary) {
    }

    public boolean isEmpty() {
        return recency == null && frequency == null && monetary == null;
    }

    public static Map<Long, Rfm> score(List<Input> inputs) {
        Map<Long, Integer> r = quintiles(inputs, i -> i.daysSinceLast() == null ? null
                : BigDecimal.valueOf(-i.daysSinceLast()));
        Map<Long, Integer> f = quintiles(inputs, i -> i.contactsLastYear() == null ? null
                : BigDecimal.valueOf(i.contactsLastYear()));
        Map<Long, Integer> m = quintiles(inputs, Input::monetary);
        Map<Long, Rfm> out = new HashMap<>();
        for (Input i : inputs) {
            out.put(i.accountId(), new Rfm(r.get(i.accountId()), f.get(i.accountId()), m.get(i.accountId())));
        }
        return out;
    }

    /** 1 for the lowest fifth of values up to 5 for the highest; equal values share a score. */
    static Map<Long, Integer> quintiles(List<Input> inputs, Function<Input, BigDecimal> value) {
        List<Input> known = new ArrayList<>(inputs.stream().filter(i -> value.apply(i) != null).toList());
        known.sort(Comparator.comparing(value));
        Map<Long, Integer> out = new HashMap<>();
        int n = known.size();
        int firstOfRun = 0;
        for (int idx = 0; idx < n; idx++) {
            if (idx > 0 && value.apply(known.get(idx)).compareTo(value.apply(known.get(idx - 1))) != 0) {
                firstOfRun = idx;
            }
            out.put(known.get(idx).accountId(), 1 + (5 * firstOfRun) / n);
        }
        return out;
    }
}
