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
     * Reads a number as the user typed it (grouping allowed, locale's decimal mark).
     * Empty text is empty; text that is not wholly a number is an error.
     */
    public Optional<BigDecimal> parseDecimal(String text) throws NumberFormatException {
        String s = text == null ? "" : text.strip().replace("%", "").strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        f.setParseBigDecimal(true);
        ParsePosition pos = new ParsePosition(0);
        Object n = f.parse(s.replace('\u00a0', ' '), pos);
        if (n == null || pos.getIndex() != s.length()) {
            throw new NumberFormatException(text);
        }
        return Optional.of((BigDecimal) n);
    }
}
