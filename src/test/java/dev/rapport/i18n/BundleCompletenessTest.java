package dev.rapport.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every visible word exists in English, 简体中文 and 繁體中文, and every word in the bundles is
 * used somewhere. Works over all bundles in {@link Messages#BUNDLES}, including ones added later.
 */
class BundleCompletenessTest {
    private static final List<String> SUFFIXES = List.of("", "_zh_CN", "_zh_TW");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_-]+)+\\.?)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z][A-Za-z0-9_.-]*)\"");
    /** A literal like "nav." + id: keys under this prefix are built at run time. */
    private static final Pattern DYNAMIC_PREFIX = Pattern.compile("\"([A-Za-z][A-Za-z0-9_.]*\\.)\"\\s*\\+");

    private static final Pattern PICOCLI_VARIABLE = Pattern.compile("(\\$\\{[^}]*})");

    private static final Map<String, Map<String, Properties>> bundles = new HashMap<>();
    private static final Set<String> literals = new TreeSet<>();
    private static final Set<String> dynamicPrefixes = new TreeSet<>();

    @BeforeAll
    static void load() throws IOException {
        for (String name : Messages.BUNDLES) {
            Map<String, Properties> languages = new HashMap<>();
            for (String suffix : SUFFIXES) {
                String resource = "/dev/rapport/i18n/" + name + suffix + ".properties";
                try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(resource)) {
                    if (in != null) {
                        Properties p = new Properties();
                        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                        languages.put(suffix, p);
                    }
                }
            }
            if (!languages.isEmpty()) {
                bundles.put(name, languages);
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList()) {
                String text = Files.readString(f);
                collect(LITERAL, text, literals);
                collect(FXML_KEY, text, literals);
                collect(DYNAMIC_PREFIX, text, dynamicPrefixes);
            }
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    @Test
    void everyBundleExistsInAllThreeLanguagesWithTheSameKeys() {
        assertThat(bundles).containsKey("messages");
        bundles.forEach((name, languages) -> {
            assertThat(languages.keySet()).as("languages of bundle %s", name).containsExactlyInAnyOrderElementsOf(SUFFIXES);
            Set<String> english = keys(languages.get(""));
            for (String suffix : SUFFIXES) {
                assertThat(keys(languages.get(suffix))).as("keys of %s%s", name, suffix)
                        .containsExactlyInAnyOrderElementsOf(english);
            }
        });
    }

    @Test
    void noValueIsEmptyAndEveryPatternTakesTheSameArgumentsInEachLanguage() {
        bundles.forEach((name, languages) -> {
            Properties english = languages.get("");
            for (String key : keys(english)) {
                Set<Integer> englishArgs = key.startsWith(HelpBundle.keyFor("")) ? Set.of()
                        : arguments(english.getProperty(key));
                for (String suffix : SUFFIXES) {
                    String value = languages.get(suffix).getProperty(key);
                    assertThat(value).as("%s%s: %s", name, suffix, key).isNotBlank();
                    if (key.startsWith(HelpBundle.keyFor(""))) {
                        continue; // picocli's format, checked by everyHelpTextIsInPicocliFormat...
                    }
                    assertThat(arguments(value)).as("arguments of %s%s: %s", name, suffix, key)
                            .isEqualTo(englishArgs);
                }
            }
        });
    }

    /**
     * The command line's help is picocli's format, not MessageFormat: a lone % would make picocli's
     * String.format fail the whole help, and a ${VARIABLE} one language forgot drops a default.
     */
    @Test
    void everyHelpTextIsInPicocliFormatWithTheSameVariablesInEachLanguage() {
        List<String> problems = new ArrayList<>();
        bundles.forEach((name, languages) -> {
            Properties english = languages.get("");
            for (String key : keys(english)) {
                if (!key.startsWith(HelpBundle.keyFor(""))) {
                    continue;
                }
                Set<String> englishVariables = picocliVariables(english.getProperty(key));
                for (String suffix : SUFFIXES) {
                    String value = languages.get(suffix).getProperty(key);
                    if (value.replace("%%", "").replace("%n", "").contains("%")) {
                        problems.add(name + suffix + ": " + key + " has a % that is neither %n nor %%");
                    }
                    if (!picocliVariables(value).equals(englishVariables)) {
                        problems.add(name + suffix + ": " + key + " has variables " + picocliVariables(value)
                                + ", English has " + englishVariables);
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    private static Set<String> picocliVariables(String value) {
        Set<String> found = new TreeSet<>();
        collect(PICOCLI_VARIABLE, value, found);
        return found;
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        bundles.forEach((name, languages) -> keys(languages.get("")).forEach(key -> {
            String before = owner.putIfAbsent(key, name);
            if (before != null) {
                twice.add(key + " in " + before + " and " + name);
            }
        }));
        assertThat(twice).isEmpty();
    }

    @Test
    void englishUsesThreeFullStopsForAnEllipsis() {
        // The one bundled font (WenQuanYi Micro Hei, which draws Chinese names in any language)
        // sets U+2026 centred on the line, as Chinese typesetting wants: "Resolve⋯" in English.
        bundles.forEach((name, languages) -> {
            Properties en = languages.get("");
            assertThat(keys(en)).as("English values of %s with U+2026", name)
                    .filteredOn(k -> en.getProperty(k).contains("\u2026")).isEmpty();
        });
    }

    @Test
    void theChineseBundlesAreTranslatedAndTraditionalIsNotACopyOfSimplified() {
        bundles.forEach((name, languages) -> {
            Properties cn = languages.get("_zh_CN");
            Properties tw = languages.get("_zh_TW");
            Set<String> keys = keys(cn);
            long cnChinese = keys.stream().filter(k -> CJK.matcher(cn.getProperty(k)).find()).count();
            long twChinese = keys.stream().filter(k -> CJK.matcher(tw.getProperty(k)).find()).count();
            assertThat(cnChinese).as("values in Chinese in %s_zh_CN", name).isGreaterThanOrEqualTo(keys.size() * 7 / 10);
            assertThat(twChinese).as("values in Chinese in %s_zh_TW", name).isGreaterThanOrEqualTo(keys.size() * 7 / 10);
            long identicalChinese = keys.stream().filter(k -> CJK.matcher(cn.getProperty(k)).find())
                    .filter(k -> cn.getProperty(k).equals(tw.getProperty(k))).count();
            assertThat(identicalChinese).as("zh_TW values identical to zh_CN in %s", name)
                    .isLessThanOrEqualTo(cnChinese / 2);
        });
    }

    @Test
    void everyDomainEnumShownToUsersHasALabelForEachConstant() {
        Map<String, JavaClass> enums = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.rapport.domain")
                .stream().filter(JavaClass::isEnum)
                .collect(Collectors.toMap(JavaClass::getSimpleName, c -> c, (a, b) -> a));
        Set<String> allKeys = allEnglishKeys();
        Set<String> labelled = allKeys.stream().filter(k -> k.startsWith("enum."))
                .map(k -> k.split("\\.")[1]).collect(Collectors.toCollection(TreeSet::new));
        List<String> problems = new ArrayList<>();
        for (String simpleName : labelled) {
            JavaClass type = enums.get(simpleName);
            if (type == null) {
                problems.add("enum." + simpleName + ".* names no domain enum");
                continue;
            }
            Set<String> constants = type.getEnumConstants().stream().map(c -> c.name()).collect(Collectors.toSet());
            for (String constant : constants) {
                if (!allKeys.contains("enum." + simpleName + "." + constant)) {
                    problems.add("missing enum." + simpleName + "." + constant);
                }
            }
            allKeys.stream().filter(k -> k.startsWith("enum." + simpleName + "."))
                    .filter(k -> !constants.contains(k.substring(("enum." + simpleName + ".").length())))
                    .forEach(k -> problems.add(k + " is no constant of " + simpleName));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyIsUsedByTheCodeOrAScreen() {
        List<String> unused = allEnglishKeys().stream()
                .filter(key -> !key.startsWith("enum."))
                .filter(key -> !literals.contains(key))
                .filter(key -> dynamicPrefixes.stream().noneMatch(key::startsWith))
                .sorted().toList();
        assertThat(unused).as("keys nothing in src/main refers to").isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForExists() {
        Set<String> allKeys = allEnglishKeys();
        Set<String> bundlePrefixes = allKeys.stream().map(k -> k.substring(0, k.indexOf('.') + 1))
                .collect(Collectors.toSet());
        List<String> missing = literals.stream()
                .filter(l -> !l.endsWith("."))
                .filter(l -> bundlePrefixes.contains(l.substring(0, l.indexOf('.') + 1)))
                .filter(l -> !allKeys.contains(l))
                .filter(l -> !l.matches(".*\\.(css|fxml|png|ttc|ttf|properties|xml|sql|txt|zip|pdf|csv|vcf|ics|db)$"))
                .filter(l -> !l.startsWith("dev.") && !l.startsWith("java.") && !l.startsWith("javafx."))
                .sorted().toList();
        assertThat(missing).as("literals that look like message keys but are in no bundle").isEmpty();
    }

    private static Set<String> allEnglishKeys() {
        Set<String> all = new TreeSet<>();
        bundles.values().forEach(languages -> all.addAll(keys(languages.get(""))));
        return all;
    }

    private static Set<String> keys(Properties p) {
        return p.stringPropertyNames();
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> args = new TreeSet<>();
        MessageFormat format = new MessageFormat(pattern);
        int count = format.getFormatsByArgumentIndex().length;
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern.replaceAll("'[^']*'", ""));
        while (m.find()) {
            args.add(Integer.parseInt(m.group(1)));
        }
        assertThat(args.isEmpty() ? 0 : args.stream().mapToInt(Integer::intValue).max().getAsInt() + 1)
                .as("argument count of '%s'", pattern).isEqualTo(count);
        return args;
    }
}
