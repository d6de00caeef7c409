package dev.rapport.ui.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/** Dates and numbers in the user's locale, both ways. */
public final class Formats {
    private final Locale locale;
    private final DateTimeFormatter date;

    public Formats(Locale locale) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** A day of the year without a year: "May 17", "5月17日". */
    public String monthDay(java.time.MonthDay md) {
        String pattern = "zh".equals(locale.getLanguage()) ? "M月d日" : "MMM d";
        return DateTimeFormatter.ofPattern(pattern, locale).format(md);
    }

    /** A day with its weekday, for Today's day headers: "Wednesday, Dec 9", "12月9日 星期三". */
    public String dayHeading(LocalDate d) {
        String pattern = "zh".equals(locale.getLanguage()) ? "M月d日 EEEE" : "EEEE, MMM d";
        return DateTimeFormatter.ofPattern(pattern, locale).format(d);
    }

    /** A birthday: the full date when the year is known, else the day and month. */
    public String birthday(dev.rapport.domain.Birthday b) {
        if (b == null) {
            return "";
        }
        return b.year() == null ? monthDay(b.monthDay()) : date(b.celebratedIn(b.year()));
    }

    public String date(LocalDate d) {
        return d == null ? "" : date.format(d);
    }

    /** A money amount with grouping and two decimals, no currency symbol (the rep's own currency). */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(2);
        return f.format(amount);
    }

    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    /**
     * Reads a number as the user typed it (the locale's decimal mark, grouping allowed where it
     * groups thousands). Empty text is empty; text that is not wholly a number is an error, and so is
     * a grouping mark where no thousands are: "8,5" is refused with the suggestion "8.5"
     * ({@link DecimalMarkException}), where the lenient parser took it for 85 without a word.
     */
    public Optional<BigDecimal> parseDecimal(String text) throws NumberFormatException {
        // full-width digits and marks from a Chinese keyboard ("８．５", "8，5", "8。5") read as their ASCII twins
        String s = text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .strip().replace("%", "").replace('。', '.').strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        f.setParseBigDecimal(true);
        char group = f.getDecimalFormatSymbols().getGroupingSeparator();
        char mark = f.getDecimalFormatSymbols().getDecimalSeparator();
        if (s.indexOf(group) >= 0 && !wellGrouped(s, group, mark)) {
            throw new DecimalMarkException(text, s.indexOf(mark) < 0 && s.indexOf(group) == s.lastIndexOf(group)
                    ? s.replace(group, mark) : null);
        }
        ParsePosition pos = new ParsePosition(0);
        Object n = f.parse(s.replace('\u00a0', ' '), pos);
        // "∞" and "NaN" parse as a Double even in BigDecimal mode: not a number anyone can save
        if (!(n instanceof BigDecimal) || pos.getIndex() != s.length()) {
            throw new NumberFormatException(text);
        }
        return Optional.of((BigDecimal) n);
    }

    /** Grouping marks only between groups of three digits before the decimal mark: "12,345,678.5". */
    static boolean wellGrouped(String s, char group, char mark) {
        String g = java.util.regex.Pattern.quote(String.valueOf(group));
        String m = java.util.regex.Pattern.quote(String.valueOf(mark));
        return s.matches("[-+]?\\d{1,3}(" + g + "\\d{3})+(" + m + "\\d*)?");
    }

    /** A grouping mark where a decimal mark was most likely meant: "8,5" for 8.5. */
    public static final class DecimalMarkException extends NumberFormatException {
        private final transient String suggestion;

        DecimalMarkException(String text, String suggestion) {
            super(text);
            this.suggestion = suggestion;
        }

        /** The text with the decimal mark where the grouping mark was, when that reading is clear; else null. */
        public String suggestion() {
            return suggestion;
        }
    }
}
