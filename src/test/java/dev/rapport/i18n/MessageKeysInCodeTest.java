package dev.rapport.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.HealthPart;
import dev.rapport.exchange.ImportField;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every key the code asks {@link Messages} for is in all three languages, found by reading the
 * source: literal keys passed to {@code get} and keys built from a
 * prefix and a value the test can enumerate. A missing key would show as {@code !key!} to a rep;
 * the strict mode (Messages.STRICT_PROPERTY) catches the ones a test happens to reach, this
 * catches them all without running a screen.
 */
class MessageKeysInCodeTest {
    private static final List<String> SUFFIXES = List.of("", "_zh_CN", "_zh_TW");
    /** A variable, field or parameter that holds the words: "Messages msg", "Messages words"... */
    private static final Pattern MESSAGES_VARIABLE = Pattern.compile("\\bMessages\\s+(\\w+)\\s*[;=,)]");

    /**
     * The keys the code builds as {@code "prefix." + value}, with every value it can take. A new
     * prefix in the code fails {@link #everyKeyBuiltInTheCodeHasAKnownPrefix} until it is listed
     * here, so no built key goes unchecked.
     */
    private static final Map<String, List<String>> BUILT_KEYS = new LinkedHashMap<>();

    static {
        BUILT_KEYS.put("exchange.field.", names(ImportField.values()));
        BUILT_KEYS.put("retention.health.part.", names(HealthPart.values()));
        // the 1-5 choices of the account's satisfaction and of a plan action's effect
        BUILT_KEYS.put("satisfaction.", oneToFive());
        BUILT_KEYS.put("plans.effect.", oneToFive());
        // MainWindow's rail, InsightsView's cards and AccountValueView's tier proposals name them in the code
        BUILT_KEYS.put("nav.", List.of("today", "accounts", "contacts", "planner", "insights", "settings"));
        BUILT_KEYS.put("insights.chart.", List.of("tier", "stage", "level", "reasons", "churnGroup", "health",
                "interactions", "planDone", "budget"));
        BUILT_KEYS.put("retention.abc.", List.of("revenue", "margin"));
    }

    private static final Map<String, Properties> languages = new LinkedHashMap<>();
    /** "file:line key" for each key the code asks for, and the prefixes it builds keys from. */
    private static final List<Use> literalUses = new ArrayList<>();
    private static final List<Use> builtUses = new ArrayList<>();

    private record Use(String where, String key) {
        @Override
        public String toString() {
            return where + " " + key;
        }
    }

    @BeforeAll
    static void readTheBundlesAndTheCode() throws IOException {
        for (String suffix : SUFFIXES) {
            Properties all = new Properties();
            for (String name : Messages.BUNDLES) {
                try (InputStream in = MessageKeysInCodeTest.class.getResourceAsStream(
                        "/dev/rapport/i18n/" + name + suffix + ".properties")) {
                    if (in != null) {
                        all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                }
            }
            languages.put(suffix, all);
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                readCalls(f, Files.readString(f));
            }
        }
    }

    @Test
    void theScanFindsTheCallsItIsMeantToFind() {
        // a guard for the reader itself: were it to stop seeing calls, every other test here would pass on nothing
        assertThat(literalUses).extracting(Use::key).contains("error.alreadyOpen", "cli.today.header", "action.save");
        assertThat(literalUses).hasSizeGreaterThan(500);
        assertThat(builtUses).extracting(Use::key).contains("nav.", "exchange.field.");
    }

    @Test
    void everyLiteralKeyPassedToMessagesIsInAllThreeLanguages() {
        assertThat(missing(literalUses)).as("keys passed to Messages.get that are missing (where, key, languages)")
                .isEmpty();
    }

    @Test
    void everyKeyBuiltInTheCodeHasAKnownPrefix() {
        List<Use> unknown = builtUses.stream().filter(u -> !BUILT_KEYS.containsKey(u.key())).toList();
        assertThat(unknown).as("keys built from a prefix this test cannot enumerate: add it to BUILT_KEYS").isEmpty();
    }

    @Test
    void everyKeyBuiltFromAKnownPrefixIsInAllThreeLanguages() {
        List<Use> built = new ArrayList<>();
        BUILT_KEYS.forEach((prefix, values) -> values.forEach(v -> built.add(new Use("built", prefix + v))));
        assertThat(missing(built)).as("built keys that are missing").isEmpty();
    }

    private static List<String> missing(List<Use> uses) {
        List<String> problems = new ArrayList<>();
        for (Use use : uses) {
            List<String> without = SUFFIXES.stream().filter(s -> !languages.get(s).containsKey(use.key()))
                    .map(s -> s.isEmpty() ? "en" : s.substring(1)).toList();
            if (!without.isEmpty()) {
                problems.add(use + " " + without);
            }
        }
        return problems;
    }

    /**
     * Finds {@code receiver.get(FIRST, ...)} on anything that holds Messages and reads the string
     * literals in FIRST: a whole literal is a key (both sides of a {@code ?:} are), a literal
     * followed by {@code +} is the prefix of a built key.
     */
    private static void readCalls(Path file, String text) {
        Set<String> receivers = new TreeSet<>();
        Matcher declared = MESSAGES_VARIABLE.matcher(text);
        while (declared.find()) {
            receivers.add(Pattern.quote(declared.group(1)));
        }
        receivers.add("messages\\(\\)");
        Matcher call = Pattern.compile("(?<![\\w.])(?:\\w+\\.)?(?:" + String.join("|", receivers) + ")\\.get\\(")
                .matcher(text);
        while (call.find()) {
            readFirstArgument(file, text, call.end());
        }
    }

    private static void readFirstArgument(Path file, String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = i + 1;
                StringBuilder literal = new StringBuilder();
                while (text.charAt(end) != '"') {
                    if (text.charAt(end) == '\\') {
                        end++;
                    }
                    literal.append(text.charAt(end));
                    end++;
                }
                String before = text.substring(from, i).stripTrailing();
                String after = text.substring(end + 1).stripLeading();
                String where = where(file, text, i);
                if (depth > 0) {
                    // an argument of a call inside the first argument, not the key itself
                } else if (after.startsWith("+")) {
                    builtUses.add(new Use(where, literal.toString()));
                } else if (!before.endsWith("+")) {
                    literalUses.add(new Use(where, literal.toString()));
                }
                i = end;
            } else if (c == '\'') {
                i = text.indexOf('\'', i + (text.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return;
            }
        }
    }

    private static String where(Path file, String text, int offset) {
        long line = text.substring(0, offset).chars().filter(ch -> ch == '\n').count() + 1;
        return file.getFileName() + ":" + line;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> oneToFive() {
        return IntStream.rangeClosed(1, 5).mapToObj(Integer::toString).toList();
    }
}
