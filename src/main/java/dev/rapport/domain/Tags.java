package dev.rapport.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Free labels on an account: trimmed, without duplicates (ignoring case), in the order typed. */
public final class Tags {
    private Tags() {
    }

    public static List<String> normalize(Collection<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String tag : tags) {
            String t = Text.trimToEmpty(tag);
            if (!t.isEmpty() && seen.add(Text.fold(t))) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    /** Splits what a user typed: commas (Latin or Chinese), semicolons or line breaks separate tags. */
    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return normalize(List.of(text.split("[,，;；、\\n]")));
    }

    public static String format(List<String> tags) {
        return String.join(", ", tags);
    }
}
