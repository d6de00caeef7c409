package dev.rapport.cli;

import dev.rapport.i18n.Messages;
import dev.rapport.domain.DataCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rapport import-db FILE}: builds an empty data folder's database from an export-db data file. */
@Command(name = "import-db", mixinStandardHelpOptions = true)
public final class ImportDbCommand implements Callable<Integer> {
    private final SessionOpener opener;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    public ImportDbCommand(SessionOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        Messages msg = opener.messages();
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println(msg.get("safety.cli.noFile", file.toString()));
            return ExitCodes.USAGE;
        }
        DataCounts counts = opener.closedFolder().importData(file, opener.password().orElse(null));
        spec.commandLine().getOut().println(msg.get("safety.cli.imported", counts.accounts(), counts.contacts(),
                opener.dataDir().toString()));
        return ExitCodes.OK;
    }
}
