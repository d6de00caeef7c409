package dev.rapport.domain;

import java.text.Normalizer;
import java.util.Locale;

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

    private static final java.util.regex.Pattern COMBINING_MARKS = java.util.regex.Pattern.compile("\\p{M}+");
}
