package dev.rapport.cli;

import dev.rapport.i18n.Messages;
import dev.rapport.service.Backup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rapport restore FILE}: replaces the database with a backup, keeping the current one as a backup. */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand implements Callable<Integer> {
    private final SessionOpener opener;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    public RestoreCommand(SessionOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        Messages msg = opener.messages();
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println(msg.get("safety.cli.noFile", file.toString()));
            return ExitCodes.USAGE;
        }
        Optional<Backup> kept = opener.closedFolder().restore(file, opener.password().orElse(null));
        kept.ifPresent(k -> spec.commandLine().getOut().println(msg.get("safety.cli.kept", k.file().toString())));
        spec.commandLine().getOut().println(msg.get("safety.cli.restored", file.toString(), opener.dataDir().toString()));
        return ExitCodes.OK;
    }
}
