package dev.rapport.domain.plan;

import dev.rapport.domain.Text;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A relationship SWOT: four short lists; blank entries are dropped. */
public record Swot(List<String> strengths, List<String> weaknesses, List<String> opportunities, List<String> threats) {

    public static final Swot EMPTY = new Swot(List.of(), List.of(), List.of(), List.of());

    public Swot {
        strengths = clean(strengths);
        weaknesses = clean(weaknesses);
        opportunities = clean(opportunities);
        threats = clean(threats);
    }

    public static Swot of(Map<SwotKind, List<String>> lists) {
        return new Swot(lists.get(SwotKind.STRENGTH), lists.get(SwotKind.WEAKNESS),
                lists.get(SwotKind.OPPORTUNITY), lists.get(SwotKind.THREAT));
    }

    public List<String> get(SwotKind kind) {
        return switch (kind) {
            case STRENGTH -> strengths;
            case WEAKNESS -> weaknesses;
            case OPPORTUNITY -> opportunities;
            case THREAT -> threats;
        };
    }

    private static List<String> clean(List<String> items) {
        if (items == null) {
            return List.of();
        }
        return items.stream().filter(Objects::nonNull).map(Text::trimToEmpty).filter(s -> !s.isEmpty()).toList();
    }
}
