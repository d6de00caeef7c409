package dev.rapport.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rapport export-db FILE}: the whole database as a portable data file, for moving across H2 versions. */
@Command(name = "export-db", mixinStandardHelpOptions = true)
public final class ExportDbCommand implements Callable<Integer> {
    private final SessionOpener opener;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    public ExportDbCommand(SessionOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        try (Session session = opener.open()) {
            session.backups().exportData(file);
            spec.commandLine().getOut().println(session.messages().get("safety.cli.exported", file.toString()));
            return ExitCodes.OK;
        }
    }
}
