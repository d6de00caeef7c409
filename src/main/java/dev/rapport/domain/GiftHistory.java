package dev.rapport.domain;

import java.util.List;

/** Keeps a rep from giving the same thing twice. */
public final class GiftHistory {
    private GiftHistory() {
    }

    /**
     * The earlier gifts that look like the one being planned: the same words ignoring case, width
     * and accents, or one contained in the other ("鲜花" and "生日鲜花").
     */
    public static List<Gift> alike(List<Gift> earlier, String planned) {
        String p = Text.fold(Text.trimToEmpty(planned));
        if (p.isEmpty()) {
            return List.of();
        }
        return earlier.stream().filter(g -> {
            String w = Text.fold(g.what());
            return !w.isEmpty() && (w.contains(p) || p.contains(w));
        }).toList();
    }
}
