package dev.rapport.app;

import dev.rapport.cli.BackupCommand;
import dev.rapport.cli.DemoCommand;
import dev.rapport.cli.ExportCommand;
import dev.rapport.cli.ExportDbCommand;
import dev.rapport.cli.ImportCommand;
import dev.rapport.cli.ImportDbCommand;
import dev.rapport.cli.RestoreCommand;
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
        RapportCommand root = new RapportCommand(env);
        CommandLine cli = commandLine(root);
        return cli.execute(args);
    }

    static CommandLine commandLine(RapportCommand root) {
        CommandLine cli = new CommandLine(root);
        cli.addSubcommand(new DemoCommand(root));
        cli.addSubcommand(new BackupCommand(root));
        cli.addSubcommand(new RestoreCommand(root));
        cli.addSubcommand(new ExportDbCommand(root));
        cli.addSubcommand(new ImportDbCommand(root));
        cli.addSubcommand(new ImportCommand(root));
        cli.addSubcommand(new ExportCommand(root));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof AlreadyOpenException
                    || e instanceof SafetyException && e.getCause() instanceof AlreadyOpenException) {
                commandLine.getErr().println(root.messages().get("error.alreadyOpen"));
                return ExitCodes.ALREADY_OPEN;
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
                commandLine.getErr().println(root.messages().get(s.messageKey()));
                return s.messageKey().equals("safety.error.wrongPassword") ? ExitCodes.WRONG_PASSWORD : ExitCodes.FAILED;
            }
            LoggerFactory.getLogger(Main.class).error("command failed", e);
            commandLine.getErr().println(root.messages().get("cli.failed", root.dataDir().resolve("logs")));
            return ExitCodes.FAILED;
        });
        return cli;
    }
}
