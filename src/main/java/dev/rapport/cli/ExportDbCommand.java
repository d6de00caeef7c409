package dev.rapport.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rapport export-db FILE}: the whole database as a portable data file, for moving across H2 versions. */
@Command(name = "export-db", mixinStandardHelpOptions = true,
        description = {"Write the whole database as a portable data file: a zip of every table's rows (no SQL).",
            "A newer Rapport (or one on another H2 version) reads it with 'rapport import-db'.",
            "The script is NOT encrypted, even when the database is: keep it safe and delete it after use."})
public final class ExportDbCommand implements Callable<Integer> {
    private final SessionOpener opener;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The zip to write.")
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
