package dev.rapport.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text rules shared by the domain: trimming and search folding. */
public final class Text {
    private Text() {
    }

    public static String trimToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    public static String trimToNull(String s) {
        String t = trimToEmpty(s);
        return t.isEmpty() ? null : t;
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Folds text for matching as you type: compatibility forms (full-width letters typed by
     * Chinese input methods) become their plain forms, case is ignored, and Latin accents are
     * dropped so "chloe" finds Chloé and "muller" finds Müller.
     */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String compatible = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(compatible, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("");
    }

    /**
     * The folded words of what was typed in a search box, split once per keystroke: each must
     * appear in a matching item's folded search text.
     */
    public static List<String> searchWords(String query) {
        String folded = fold(trimToEmpty(query));
        return folded.isEmpty() ? List.of() : List.of(WHITESPACE.split(folded));
    }

    /** True when every word appears in the folded text (and when there are no words). */
    public static boolean containsAll(String foldedText, List<String> words) {
        for (int i = 0, n = words.size(); i < n; i++) {
            if (!foldedText.contains(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
}
