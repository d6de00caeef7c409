package dev.rapport.cli;

import dev.rapport.service.DemoDataService;
import dev.rapport.service.Progress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rapport demo}: fills the data folder with realistic sample data, headless. */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {
    private final SessionOpener opener;

    @Spec
    private CommandSpec spec;

    @Option(names = "--accounts", defaultValue = "40")
    private int accounts;

    @Option(names = "--contacts", defaultValue = "120")
    private int contacts;

    public DemoCommand(SessionOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        if (accounts < 1 || contacts < 0) {
            spec.commandLine().getErr().println(opener.messages().get("cli.demo.badCounts"));
            return ExitCodes.USAGE;
        }
        try (Session session = opener.open()) {
            DemoDataService.Summary s = session.demo().generate(accounts, contacts, Progress.NONE);
            spec.commandLine().getOut().println(session.messages().get("cli.demo.done", s.accounts(), s.contacts(),
                    session.dataDir().toString()));
            return ExitCodes.OK;
        }
    }
}
