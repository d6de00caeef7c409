package dev.rapport.domain;

import java.util.Locale;

/** The languages Rapport speaks. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    SIMPLIFIED_CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE),
    TRADITIONAL_CHINESE("zh-TW", Locale.TRADITIONAL_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as a language menu shows it. */
    public String nativeName() {
        return switch (this) {
            case ENGLISH -> "English";
            case SIMPLIFIED_CHINESE -> "简体中文";
            case TRADITIONAL_CHINESE -> "繁體中文";
        };
    }

    public static Language fromTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equalsIgnoreCase(tag)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language: " + tag);
    }

    /** The closest language to a system locale: Chinese of Taiwan, Hong Kong, Macau is traditional. */
    public static Language closestTo(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return ENGLISH;
        }
        String script = locale.getScript();
        String country = locale.getCountry();
        if ("Hant".equals(script) || "TW".equals(country) || "HK".equals(country) || "MO".equals(country)) {
            return TRADITIONAL_CHINESE;
        }
        return SIMPLIFIED_CHINESE;
    }
}
