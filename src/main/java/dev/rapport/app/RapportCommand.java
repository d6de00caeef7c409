package dev.rapport.app;

import dev.rapport.cli.Session;
import dev.rapport.cli.SessionOpener;
import dev.rapport.i18n.Messages;
import dev.rapport.service.RestoreService;
import dev.rapport.store.CannotOpenException;
import dev.rapport.store.Database;
import dev.rapport.store.DatabaseKey;
import dev.rapport.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rapport}: with no subcommand it opens the window; subcommands work headless on the
 * same data folder. Its help and its subcommands' is in messages*.properties under
 * {@code cli.help.} (see {@link dev.rapport.i18n.HelpBundle}).
 */
@Command(name = "rapport", mixinStandardHelpOptions = true, versionProvider = RapportCommand.VersionProvider.class)
public final class RapportCommand implements Callable<Integer>, SessionOpener {
    /** Returned when the window was opened: the process lives on until it closes. */
    static final int WINDOW_OPEN = Integer.MIN_VALUE;

    private final Map<String, String> env;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT)
    private Path dataDirOption;

    @Option(names = "--password-file", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT)
    private Path passwordFileOption;

    static final String PASSWORD_FILE_ENV = "RAPPORT_PASSWORD_FILE";

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    RapportCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Path dataDir() {
        return DataFolders.resolve(dataDirOption, env, System.getProperty("os.name"), System.getProperty("user.home"));
    }

    @Override
    public Integer call() {
        DesktopLauncher.launch(dataDir());
        return WINDOW_OPEN;
    }

    @Override
    public Session open() {
        Path dir = dataDir();
        DatabaseKey key = DatabaseKey.NONE;
        if (Database.isEncrypted(dir)) {
            char[] password = password().orElseThrow(() -> new CannotOpenException(Database.file(dir),
                    CannotOpenException.Reason.PASSWORD_REQUIRED, null));
            key = DatabaseKey.fromPassword(dir, password);
            java.util.Arrays.fill(password, '\0');
        } else if (!Files.exists(Database.file(dir))) {
            // a new folder with a password file is created encrypted, as import-db does: no plaintext copy ever
            Optional<char[]> password = password();
            if (password.isPresent()) {
                key = DatabaseKey.fromPassword(dir, password.get());
                java.util.Arrays.fill(password.get(), '\0');
            }
        }
        AppContext session = AppContext.open(dir, key, Clock.systemDefaultZone(),
                dev.rapport.domain.ChangedBy.commandLine(command()));
        session.history().stopRecording(); // a command has no Ctrl+Z: keep no before-copies of what it writes
        return session;
    }

    /**
     * The subcommand being run (import, demo, plan...), which the rows it writes name as their
     * origin (decision 0017); null when picocli has not parsed one.
     */
    String command() {
        picocli.CommandLine.ParseResult parsed = spec == null ? null : spec.commandLine().getParseResult();
        return parsed == null || !parsed.hasSubcommand() ? null : parsed.subcommand().commandSpec().name();
    }

    @Override
    public Optional<char[]> password() {
        Path file = passwordFileOption;
        if (file == null && env.get(PASSWORD_FILE_ENV) != null && !env.get(PASSWORD_FILE_ENV).isBlank()) {
            file = Path.of(env.get(PASSWORD_FILE_ENV));
        }
        if (file == null) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // the file's last line break is not part of the password
            String password = text.replaceFirst("\\R\\z", "");
            return password.isEmpty() ? Optional.empty() : Optional.of(password.toCharArray());
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read password file " + file, e);
        }
    }

    @Override
    public RestoreService closedFolder() {
        LogSetup.toDataFolder(dataDir()); // as open() does: a failed restore or import leaves its trace in the log
        return AppContext.restoreService(dataDir(), Clock.systemDefaultZone());
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
