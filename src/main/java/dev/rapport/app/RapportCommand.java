package dev.rapport.app;

import dev.rapport.cli.Session;
import dev.rapport.cli.SessionOpener;
import dev.rapport.i18n.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * {@code rapport}: with no subcommand it opens the window; subcommands work headless on the
 * same data folder.
 */
@Command(name = "rapport", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class,
        description = "Rapport, the relationship manager for key accounts. Without a command, opens the window.",
        footer = {"", "The data folder is --data-dir, else $RAPPORT_DATA_DIR, else the system's per-user data folder."})
public final class RapportCommand implements Callable<Integer>, SessionOpener {
    /** Returned when the window was opened: the process lives on until it closes. */
    static final int WINDOW_OPEN = Integer.MIN_VALUE;

    private final Map<String, String> env;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The folder that holds Rapport's database, backups and logs.")
    private Path dataDirOption;

    RapportCommand(Map<String, String> env) {
        this.env = env;
    }

    Path dataDir() {
        return DataFolders.resolve(dataDirOption, env, System.getProperty("os.name"), System.getProperty("user.home"));
    }

    @Override
    public Integer call() {
        DesktopLauncher.launch(dataDir());
        return WINDOW_OPEN;
    }

    @Override
    public Session open() {
        return AppContext.open(dataDir(), Clock.systemDefaultZone());
    }

    @Override
    public Messages messages() {
        return AppContext.messagesFor(dataDir());
    }

    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Rapport " + Version.current()};
        }
    }
}
