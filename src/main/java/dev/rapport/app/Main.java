package dev.rapport.app;

import dev.rapport.cli.BackupCommand;
import dev.rapport.cli.ChurnCommand;
import dev.rapport.cli.DemoCommand;
import dev.rapport.cli.ExportCommand;
import dev.rapport.cli.ExportDbCommand;
import dev.rapport.cli.ImportCommand;
import dev.rapport.cli.ImportDbCommand;
import dev.rapport.cli.PlanCommand;
import dev.rapport.cli.RestoreCommand;
import dev.rapport.cli.TodayCommand;
import dev.rapport.domain.KnownProblem;
import dev.rapport.i18n.HelpBundle;
import dev.rapport.i18n.Messages;
import dev.rapport.service.SafetyException;
import dev.rapport.store.CannotOpenException;
import dev.rapport.cli.ExitCodes;
import dev.rapport.store.AlreadyOpenException;
import java.util.Map;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Rapport's entry point: no arguments open the window, subcommands run headless. Nothing here
 * touches JavaFX, so {@code rapport --help} never starts the toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.getenv());
        if (code != RapportCommand.WINDOW_OPEN) {
            System.exit(code);
        }
    }

    /** Runs the command line and returns the exit status (or WINDOW_OPEN). */
    static int run(String[] args, Map<String, String> env) {
        dev.rapport.store.H2Guard.install(); // before anything touches H2, or it is too late
        java.util.Optional<java.nio.file.Path> window = windowOnly(args, env);
        if (window.isPresent()) {
            DesktopLauncher.launch(window.get());
            return RapportCommand.WINDOW_OPEN;
        }
        RapportCommand root = new RapportCommand(env);
        CommandLine cli = commandLine(root);
        return cli.execute(args);
    }

    /**
     * The data folder when the arguments only open the window ({@code rapport} or
     * {@code rapport --data-dir DIR}): that start skips building the command line, which costs
     * picocli's reflection over every subcommand (over half a second on a slow machine).
     */
    static java.util.Optional<java.nio.file.Path> windowOnly(String[] args, Map<String, String> env) {
        String dir = null;
        if (args.length == 1 && args[0].startsWith("--data-dir=")) {
            dir = args[0].substring("--data-dir=".length());
        } else if (args.length == 2 && args[0].equals("--data-dir")) {
            dir = args[1];
        } else if (args.length != 0) {
            return java.util.Optional.empty();
        }
        try {
            java.nio.file.Path option = dir == null ? null : java.nio.file.Path.of(dir);
            if (dir != null && (dir.isBlank() || dir.startsWith("-"))) {
                return java.util.Optional.empty(); // let the command line explain what is wrong
            }
            return java.util.Optional.of(DataFolders.resolve(option, env, System.getProperty("os.name"),
                    System.getProperty("user.home")));
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

    static CommandLine commandLine(RapportCommand root) {
        CommandLine cli = new CommandLine(root);
        cli.addSubcommand(new DemoCommand(root));
        cli.addSubcommand(new TodayCommand(root));
        cli.addSubcommand(new BackupCommand(root));
        cli.addSubcommand(new RestoreCommand(root));
        cli.addSubcommand(new ExportDbCommand(root));
        cli.addSubcommand(new ImportDbCommand(root));
        cli.addSubcommand(new PlanCommand(root));
        cli.addSubcommand(new ChurnCommand(root));
        cli.addSubcommand(new ImportCommand(root));
        cli.addSubcommand(new ExportCommand(root));
        speakTheFoldersLanguage(cli, root);
        // --data-dir is known only once the arguments are parsed: the help, and the usage shown with a
        // usage error, then speaks that folder's language, as every other line a command prints does
        CommandLine.IParameterExceptionHandler usageErrors = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, args) -> {
            speakTheFoldersLanguage(cli, root);
            return usageErrors.handleParseException(e, args);
        });
        cli.setExecutionStrategy(parsed -> {
            speakTheFoldersLanguage(cli, root);
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof AlreadyOpenException
                    || e instanceof SafetyException && e.getCause() instanceof AlreadyOpenException) {
                commandLine.getErr().println(root.messages().get("error.alreadyOpen"));
                return ExitCodes.ALREADY_OPEN;
            }
            java.util.Optional<KnownProblem> known = KnownProblem.in(e);
            if (known.isPresent()) {
                // a full disk or read-only folder: what failed, then why and what to do; the trace goes to the
                // log once (to stderr when the log cannot be written either), before the message that ends the run
                LoggerFactory.getLogger(Main.class).error("command failed", e);
                Messages words = root.messages();
                commandLine.getErr().println(words.get("safety.cli.notFinished",
                        commandLine.getCommandSpec().qualifiedName(" ")));
                commandLine.getErr().println(words.of(known.get()));
                return ExitCodes.FAILED;
            }
            if (e instanceof CannotOpenException c) {
                LoggerFactory.getLogger(Main.class).warn("database not opened: {}", c.reason());
                boolean password = c.reason() == CannotOpenException.Reason.WRONG_PASSWORD_OR_DAMAGED
                        || c.reason() == CannotOpenException.Reason.PASSWORD_REQUIRED;
                commandLine.getErr().println(root.messages().get(password
                        ? (c.reason() == CannotOpenException.Reason.PASSWORD_REQUIRED ? "safety.cli.passwordRequired"
                                : "safety.error.wrongPassword")
                        : "safety.cli.damaged", root.dataDir().resolve("backups").toString()));
                return password ? ExitCodes.WRONG_PASSWORD : ExitCodes.DAMAGED;
            }
            if (e instanceof SafetyException s) {
                LoggerFactory.getLogger(Main.class).warn("safety command failed: {}", s.messageKey(), s.getCause());
                commandLine.getErr().println(root.messages().get(s.messageKey(), s.arguments()));
                return s.messageKey().equals("safety.error.wrongPassword") ? ExitCodes.WRONG_PASSWORD : ExitCodes.FAILED;
            }
            LoggerFactory.getLogger(Main.class).error("command failed", e);
            commandLine.getErr().println(root.messages().get("cli.failed", root.dataDir().resolve("logs")));
            return ExitCodes.FAILED;
        });
        return cli;
    }

    /**
     * The help in the language chosen in the data folder's preferences, else the system's, else
     * English: the same choice as {@link RapportCommand#messages()} makes for a command's output.
     */
    private static void speakTheFoldersLanguage(CommandLine cli, RapportCommand root) {
        cli.setResourceBundle(new HelpBundle(root.messages()));
    }
}
