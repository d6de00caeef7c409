package dev.rapport.exchange;

import dev.rapport.domain.Birthday;
import dev.rapport.domain.DateOrder;
import dev.rapport.domain.Language;
import dev.rapport.domain.Text;
import dev.rapport.i18n.Messages;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values people put in spreadsheets and address books: dates in the forms Outlook,
 * Google, Excel and Chinese spreadsheets write, numbers with thousands separators, choices by
 * name or by their label in any of Rapport's languages.
 */
public final class FieldValues {
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,4})[/.](\\d{1,2})(?:[/.](\\d{1,4}))?");
    private static final Pattern CHINESE = Pattern.compile("(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]?");
    private static final Pattern ISO_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ].*");
    private static final List<Messages> LANGUAGES = new ArrayList<>();

    static {
        for (Language l : Language.values()) {
            LANGUAGES.add(new Messages(l.locale()));
        }
    }

    private FieldValues() {
    }

    /**
     * A birthday in any common form, or empty for a blank cell (and Outlook's "0/0/00").
     *
     * @throws IllegalArgumentException when the text is no real date
     */
    public static Optional<Birthday> birthday(String text) {
        return birthday(text, DateOrder.AUTO);
    }

    /**
     * A birthday in any common form, reading day/month/year dates in the given order; AUTO reads
     * them month first unless the first number can only be a day (Outlook's habit).
     *
     * @throws IllegalArgumentException when the text is no real date in that order
     */
    public static Optional<Birthday> birthday(String text, DateOrder order) {
        String s = Text.trimToEmpty(text);
        if (s.isEmpty() || s.matches("0{1,2}/0{1,2}/0{2,4}") || s.equals("0000-00-00")) {
            return Optional.empty();
        }
        Matcher time = ISO_TIME.matcher(s);
        if (time.matches()) {
            s = time.group(1);
        }
        try {
            Matcher cn = CHINESE.matcher(s);
            if (cn.matches()) {
                int month = Integer.parseInt(cn.group(2));
                int day = Integer.parseInt(cn.group(3));
                return Optional.of(cn.group(1) == null ? Birthday.of(month, day)
                        : Birthday.of(Integer.parseInt(cn.group(1)), month, day));
            }
            Matcher sl = SLASHED.matcher(s);
            if (sl.matches()) {
                return Optional.of(slashed(sl.group(1), sl.group(2), sl.group(3), order));
            }
            return Optional.of(Birthday.parse(s));
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("not a date: " + text, e);
        }
    }

    /**
     * What a cell says about the order of day and month (see {@link DateOrder#shownBy}); null for
     * a blank cell, an ISO or Chinese date, a year-first date or no date at all.
     */
    public static DateOrder orderShownBy(String text) {
        Matcher sl = SLASHED.matcher(Text.trimToEmpty(text));
        if (!sl.matches() || sl.group(1).length() > 2 || sl.group(2).length() > 2) {
            return null;
        }
        return DateOrder.shownBy(Integer.parseInt(sl.group(1)), Integer.parseInt(sl.group(2)));
    }

    private static Birthday slashed(String a, String b, String c, DateOrder order) {
        int first = Integer.parseInt(a);
        int second = Integer.parseInt(b);
        if (a.length() == 4) {
            // 1980/5/17 (Chinese and Japanese spreadsheets)
            if (c == null) {
                throw new IllegalArgumentException("no day");
            }
            return Birthday.of(first, second, Integer.parseInt(c));
        }
        Integer year = null;
        if (c != null) {
            year = Integer.parseInt(c);
            if (c.length() <= 2) {
                year += year > LocalDate.now().getYear() % 100 ? 1900 : 2000;
            }
        }
        boolean dayFirst = switch (order) {
            case DAY_MONTH -> true;
            case MONTH_DAY -> false;
            // Outlook (en-US) writes month/day/year; a first number over 12 can only be a day
            case AUTO -> first > 12;
        };
        int month = dayFirst ? second : first;
        int day = dayFirst ? first : second;
        return year == null ? Birthday.of(month, day) : Birthday.of(year, month, day);
    }

    /**
     * A calendar date with a year.
     *
     * @throws IllegalArgumentException when the text is no real date or has no year
     */
    public static Optional<LocalDate> date(String text) {
        return date(text, DateOrder.AUTO);
    }

    /**
     * A calendar date with a year, day/month/year dates read in the given order.
     *
     * @throws IllegalArgumentException when the text is no real date in that order or has no year
     */
    public static Optional<LocalDate> date(String text, DateOrder order) {
        Optional<Birthday> b = birthday(text, order);
        if (b.isEmpty()) {
            return Optional.empty();
        }
        Integer year = b.get().year();
        if (year == null) {
            throw new IllegalArgumentException("no year: " + text);
        }
        return Optional.of(b.get().monthDay().atYear(year));
    }

    /**
     * A number as written in any of our locales: 1234567.89, 1,234,567.89, 1.234.567,89, 12 %,
     * ¥1,000.
     *
     * @throws IllegalArgumentException when it is no number
     */
    public static Optional<BigDecimal> number(String text) {
        String s = Text.trimToEmpty(text).replaceAll("[\\s\\u00a0'%¥￥$€£]|RMB|CNY|USD|EUR|元", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.matches("-?\\d{1,3}(,\\d{3})+") ? s.replace(",", "") : s.replace(',', '.');
        }
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text, e);
        }
    }

    /**
     * A choice by its name (GROWTH, at risk, at-risk) or its label in English, 简体中文 or 繁體中文.
     *
     * @throws IllegalArgumentException when it matches no constant
     */
    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
        String s = Text.trimToEmpty(text);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String key = simplify(s);
        for (E constant : type.getEnumConstants()) {
            if (simplify(constant.name()).equals(key)) {
                return Optional.of(constant);
            }
            for (Messages m : LANGUAGES) {
                if (simplify(m.of(constant)).equals(key)) {
                    return Optional.of(constant);
                }
            }
        }
        throw new IllegalArgumentException("not a choice of " + type.getSimpleName() + ": " + text);
    }

    private static String simplify(String s) {
        return Text.fold(s).replaceAll("[\\s_\\-/]", "");
    }

    /**
     * Yes or no in the words spreadsheets use; blank is no.
     *
     * @throws IllegalArgumentException when it is neither
     */
    public static boolean yesNo(String text) {
        String s = Text.trimToEmpty(text).toLowerCase(Locale.ROOT);
        return switch (s) {
            case "", "no", "n", "false", "0", "否", "不是" -> false;
            case "yes", "y", "true", "1", "x", "是", "是的", "✓" -> true;
            default -> throw new IllegalArgumentException("neither yes nor no: " + text);
        };
    }

    /** Cells holding several values: "a; b", Google's "a ::: b", one per line. */
    public static List<String> several(String text) {
        List<String> values = new ArrayList<>();
        for (String part : Text.trimToEmpty(text).split("\\s*(:::|;|\\R)\\s*")) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return values;
    }
}
