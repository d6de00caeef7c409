package dev.rapport.cli;

import dev.rapport.service.Backup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rapport backup [--out FILE]}: a verified backup of the database, as the window makes them. */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand implements Callable<Integer> {
    private final SessionOpener opener;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE")
    private Path out;

    public BackupCommand(SessionOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try (Session session = opener.open()) {
            Backup b = out == null ? session.backups().backupNow() : session.backups().backupTo(out);
            spec.commandLine().getOut().println(session.messages().get("safety.cli.backedUp",
                    b.file().toString(), b.accounts(), b.contacts()));
            return ExitCodes.OK;
        }
    }
}
