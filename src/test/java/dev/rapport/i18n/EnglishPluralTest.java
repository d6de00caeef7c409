package dev.rapport.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * English counts agree with their nouns: "1 account", "2 accounts", never "1 accounts". Chinese has
 * no plural and is not checked here.
 */
class EnglishPluralTest {
    private static final String NOUNS = "accounts|contacts|people|days|years|actions|plans|rows|gifts|entries"
            + "|interactions|follow-ups|exits|backups|items|records|cards|summaries|complaints|duplicates";
    /** A count of one followed by a plural, allowing one adjective in between ("1 open complaints"). */
    private static final Pattern ONE_WITH_PLURAL =
            Pattern.compile("\\b1 (?:(?:open|yearly|sample|account) )?(?:" + NOUNS + ")\\b");
    /** A count of two followed by a singular; "the 2 plan" is a year's plan, not a count. */
    private static final Pattern TWO_WITH_SINGULAR = Pattern.compile(
            "(?<!the )\\b2 (?:(?:open|yearly|sample) )?(?:account|contact|person|day|year|action|plan|row|gift|card|summary"
                    + "|complaint|duplicate)\\b(?! summar)");

    private final Messages english = new Messages(Locale.ENGLISH);

    @Test
    void noEnglishMessageSaysOneWithAPluralNoun() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String name : Messages.BUNDLES) {
            Properties bundle = englishBundle(name);
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                if (key.startsWith(HelpBundle.keyFor(""))) {
                    continue; // the command line's help is picocli's format and takes no arguments
                }
                String pattern = bundle.getProperty(key);
                int arguments = new MessageFormat(pattern, Locale.ENGLISH).getFormatsByArgumentIndex().length;
                if (arguments == 0) {
                    continue;
                }
                checked++;
                String one = format(pattern, arguments, 1);
                if (ONE_WITH_PLURAL.matcher(one).find()) {
                    wrong.add(name + ": " + key + " -> " + one);
                }
                String two = format(pattern, arguments, 2);
                if (TWO_WITH_SINGULAR.matcher(two).find()) {
                    wrong.add(name + ": " + key + " -> " + two);
                }
            }
        }
        assertThat(checked).as("English patterns with arguments").isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    @Test
    void countsReadNaturallyForZeroOneAndMany() {
        assertThat(english.get("accounts.count", 0)).isEqualTo("0 accounts");
        assertThat(english.get("accounts.count", 1)).isEqualTo("1 account");
        assertThat(english.get("accounts.count", 2)).isEqualTo("2 accounts");
        assertThat(english.get("accounts.count", 1234)).isEqualTo("1,234 accounts");
        assertThat(english.get("contacts.count", 1)).isEqualTo("1 person");
        assertThat(english.get("contacts.count", 2)).isEqualTo("2 people");
        assertThat(english.get("contacts.countFiltered", 1, 1)).isEqualTo("1 of 1 person");
        assertThat(english.get("safety.counts", 1, 1)).isEqualTo("1 account, 1 contact");
        assertThat(english.get("safety.counts", 2, 0)).isEqualTo("2 accounts, 0 contacts");
        assertThat(english.get("plans.progress.done", 1, 1)).isEqualTo("1 of 1 action done");
        assertThat(english.get("plans.nextYear.carry", 1, 2027))
                .startsWith("1 action is still open. Carry it forward into 2027?");
        assertThat(english.get("plans.nextYear.carry", 3, 2027))
                .startsWith("3 actions are still open. Carry them forward into 2027?");
        assertThat(english.get("memory.family.age", 1)).isEqualTo("1 year old");
        assertThat(english.get("contactlog.summary.last", "3 Dec 2026", 1)).isEqualTo("Last contact 3 Dec 2026, 1 day ago");
        assertThat(english.get("exchange.pdf.cadenceDays", 1)).isEqualTo("every day");
        assertThat(english.get("exchange.pdf.cadenceDays", 30)).isEqualTo("every 30 days");
        assertThat(english.get("today.when", 1)).isEqualTo("tomorrow");
    }

    private static String format(String pattern, int arguments, int value) {
        Object[] args = new Object[arguments];
        Arrays.fill(args, value);
        return new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    private static Properties englishBundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EnglishPluralTest.class.getResourceAsStream("/dev/rapport/i18n/" + name + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }
}
