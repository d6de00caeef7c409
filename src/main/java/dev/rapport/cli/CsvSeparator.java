package dev.rapport.cli;

/**
 * The {@code --separator} option every CSV export takes: a comma (default), a semicolon (what
 * Excel expects in locales whose decimal separator is a comma), a tab or a bar.
 */
final class CsvSeparator {
    /** One help text for every export's {@code --separator}, whichever command it is on. */
    static final String DESCRIPTION_KEY = "csv-separator";

    private CsvSeparator() {
    }

    /** The separator the option's text names, or 0 when it names none of them. */
    static char parse(String text) {
        char sep = "tab".equalsIgnoreCase(text) || "\\t".equals(text) ? '\t'
                : text.length() == 1 ? text.charAt(0) : 0;
        return sep == ',' || sep == ';' || sep == '\t' || sep == '|' ? sep : 0;
    }
}
