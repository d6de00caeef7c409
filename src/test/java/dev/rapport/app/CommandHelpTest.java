package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.ExitCodes;
import dev.rapport.domain.Language;
import dev.rapport.service.MachinePreferencesService;
import dev.rapport.store.MachinePreferencesFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rapport --help} and {@code rapport COMMAND --help} in the rep's language: the one chosen
 * in the data folder, else the system's, else English; every text from the message bundles.
 */
class CommandHelpTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** What Messages and picocli print for a key they could not find. */
    private static final Pattern MISSING_KEY = Pattern.compile("![A-Za-z][\\w.-]*!|\\bnull\\b");

    /** "  -h, --help   text", "      FILE   text", "  demo   text": not a wrapped line of text. */
    private static final Pattern OPTION_OR_COMMAND_LINE = Pattern.compile("^\\s+(-\\S|[a-z][\\w-]*\\s{2,}|[A-Z]+\\s{2,})");

    @TempDir
    Path dataDir;

    @Test
    void noHelpTextIsLeftInTheAnnotationsSoNoneCanEscapeTranslation() {
        CommandLine cli = Main.commandLine(new RapportCommand(Map.of("RAPPORT_DATA_DIR", dataDir.toString())));
        cli.setResourceBundle(null);
        List<String> english = new ArrayList<>();
        describe(cli).forEach((what, text) -> {
            if (!text.isEmpty() && !what.endsWith("--help") && !what.endsWith("--version")) {
                english.add(what + ": " + text);
            }
        });
        assertThat(english).as("descriptions written in the code instead of messages*.properties").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyCommandOptionAndParameterHasItsHelpInEachLanguage(Language language) {
        Map<String, String> english = describe(commandLineIn(Language.ENGLISH));
        Map<String, String> translated = describe(commandLineIn(language));

        assertThat(translated.keySet()).containsExactlyElementsOf(english.keySet());
        List<String> problems = new ArrayList<>();
        translated.forEach((what, text) -> {
            if (text.isBlank() || Arrays.stream(text.split("\n")).anyMatch(String::isBlank)) {
                problems.add(what + " has no text (or an empty line)");
            } else if (language != Language.ENGLISH && text.equals(english.get(what))) {
                problems.add(what + " is still in English: " + text);
            } else if (language != Language.ENGLISH && !HAN.matcher(text).find()) {
                problems.add(what + " has no Chinese in it: " + text);
            }
        });
        assertThat(problems).isEmpty();
        assertThat(english).hasSizeGreaterThan(50); // every command, option and parameter, not just a few
    }

    @ParameterizedTest(name = "{0} {1} --help")
    @MethodSource("languagesAndCommands")
    void theHelpOfEachCommandPrintsInTheFoldersLanguage(Language language, String command) {
        chooseInTheFolder(language);
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        args.addAll(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        args.add("--help");

        Run run = run(args);

        assertThat(run.code).isEqualTo(ExitCodes.OK);
        assertThat(run.out).doesNotContainPattern(MISSING_KEY);
        if (language == Language.ENGLISH) {
            assertThat(run.out).startsWith("Usage: ");
            return;
        }
        assertThat(run.out).startsWith("用法：");
        for (String english : describe(commandLineIn(Language.ENGLISH)).values()) {
            // the start of each English text: help wraps long lines, but never within its first words
            String start = english.substring(0, Math.min(20, english.indexOf('$') < 0 ? english.length()
                    : english.indexOf('$')));
            assertThat(run.out).as("English left in the %s help", language).doesNotContain(start);
        }
        List<String> lines = List.of(run.out.split("\\R"));
        int afterSynopsis = 1;
        while (afterSynopsis < lines.size() && lines.get(afterSynopsis).startsWith(" ")) {
            afterSynopsis++;
        }
        for (int i = afterSynopsis; i < lines.size(); i++) {
            String line = lines.get(i);
            if (OPTION_OR_COMMAND_LINE.matcher(line).find()) {
                // a long option's text starts on the next line
                String text = line.strip().contains(" ") || i + 1 == lines.size() ? line : line + lines.get(i + 1);
                assertThat(text).as("an option, parameter or command without Chinese text").containsPattern(HAN);
            }
        }
    }

    @Test
    void theSimplifiedHelpReadsAsTheBundleSays() {
        chooseInTheFolder(Language.SIMPLIFIED_CHINESE);

        Run run = run(List.of("--data-dir", dataDir.toString(), "backup", "--help"));

        assertThat(run.out).contains("将数据库备份到备份文件夹").contains("每个备份在命名之前都会打开一次")
                .contains("改为将备份写入此 zip 文件。").contains("显示此帮助信息并退出。");
    }

    @Test
    void theDataFolderNamedAfterTheCommandStillChoosesTheLanguage() {
        chooseInTheFolder(Language.TRADITIONAL_CHINESE);

        Run run = run(List.of("demo", "--help", "--data-dir", dataDir.toString()));

        assertThat(run.out).startsWith("用法：").contains("客戶數量（預設：40）。").contains("顯示此說明訊息並結束。");
    }

    @Test
    void aUsageErrorShowsTheUsageInTheFoldersLanguage() {
        chooseInTheFolder(Language.TRADITIONAL_CHINESE);

        Run run = run(List.of("--data-dir", dataDir.toString(), "churn", "--quarter", "2"));

        assertThat(run.code).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("用法：rapport churn").contains("僅統計該年的這一季（1-4）。");
    }

    @Test
    void withoutAChoiceInTheFolderTheHelpFollowsTheSystemElseEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.TAIWAN);
            assertThat(run(List.of("--data-dir", dataDir.toString(), "--help")).out)
                    .startsWith("用法：").contains("顯示此說明訊息並結束。");

            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(run(List.of("--data-dir", dataDir.toString(), "--help")).out)
                    .startsWith("用法：").contains("显示此帮助信息并退出。");

            Locale.setDefault(Locale.GERMANY);
            assertThat(run(List.of("--data-dir", dataDir.toString(), "--help")).out)
                    .startsWith("Usage: ").contains("Show this help message and exit.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theEnglishHelpKeepsItsDefaultsAndChoices() {
        chooseInTheFolder(Language.ENGLISH);

        Run churn = run(List.of("--data-dir", dataDir.toString(), "churn", "--help"));
        Run root = run(List.of("--data-dir", dataDir.toString(), "--help"));

        assertThat(churn.out).contains("Output: text, json, csv (default: text).")
                .contains("Break churn down by: tier, party, industry.");
        assertThat(root.out).contains("Commands:").contains(System.lineSeparator() + System.lineSeparator()
                + "The data folder is --data-dir, else $RAPPORT_DATA_DIR");
    }

    static Stream<Language> languages() {
        return Stream.of(Language.values());
    }

    static Stream<Arguments> languagesAndCommands() {
        List<String> commands = new ArrayList<>();
        commands.add("");
        collectPaths(Main.commandLine(new RapportCommand(Map.of())), "", commands);
        return Stream.of(Language.values()).flatMap(l -> commands.stream().map(c -> Arguments.of(l, c)));
    }

    private static void collectPaths(CommandLine cli, String path, List<String> into) {
        if (!path.isEmpty()) {
            into.add(path);
        }
        cli.getSubcommands().values().forEach(sub ->
                collectPaths(sub, (path.isEmpty() ? "" : path + " ") + sub.getCommandName(), into));
    }

    private void chooseInTheFolder(Language language) {
        new MachinePreferencesService(MachinePreferencesFile.load(dataDir)).setLanguage(language);
    }

    private CommandLine commandLineIn(Language language) {
        chooseInTheFolder(language);
        return Main.commandLine(new RapportCommand(Map.of("RAPPORT_DATA_DIR", dataDir.toString())));
    }

    /** Each command's, option's and parameter's help text, named by where it appears. */
    private static Map<String, String> describe(CommandLine cli) {
        Map<String, String> texts = new LinkedHashMap<>();
        describe(cli.getCommandSpec(), texts);
        return texts;
    }

    private static void describe(CommandSpec spec, Map<String, String> into) {
        String name = spec.qualifiedName(" ");
        into.put(name, String.join("\n", spec.usageMessage().description()));
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec arg : args) {
            if (!arg.hidden()) {
                String label = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
                into.put(name + " " + label, String.join("\n", arg.description()));
            }
        }
        spec.subcommands().values().forEach(sub -> describe(sub.getCommandSpec(), into));
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(new RapportCommand(Map.of()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }
}
