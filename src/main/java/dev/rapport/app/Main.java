package dev.rapport.app;

import dev.rapport.cli.DemoCommand;
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
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof AlreadyOpenException) {
                commandLine.getErr().println(root.messages().get("error.alreadyOpen"));
                return ExitCodes.ALREADY_OPEN;
            }
            LoggerFactory.getLogger(Main.class).error("command failed", e);
            commandLine.getErr().println(root.messages().get("cli.failed", root.dataDir().resolve("logs")));
            return ExitCodes.FAILED;
        });
        return cli;
    }
}
