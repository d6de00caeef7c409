package dev.rapport.cli;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.Text;
import dev.rapport.domain.Tier;
import dev.rapport.service.ExportService;
import dev.rapport.service.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rapport export csv|vcf|ics|pdf ... --out FILE}: Rapport's data in the formats other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        subcommands = {ExportCommand.Csv.class, ExportCommand.Vcf.class, ExportCommand.Ics.class, ExportCommand.Pdf.class})
public final class ExportCommand implements Callable<Integer> {
    private final SessionOpener opener;

    @Spec
    private CommandSpec spec;

    public ExportCommand(SessionOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    SessionOpener opener() {
        return opener;
    }

    /** {@code rapport export csv accounts|people|interactions|actions --out FILE [--separator ;] [--year Y]} */
    @Command(name = "csv", mixinStandardHelpOptions = true)
    static final class Csv implements Callable<Integer> {
        enum Table { accounts, people, interactions, actions }

        @Option(names = "--year", paramLabel = "YEAR")
        private Integer year;

        @picocli.CommandLine.ParentCommand
        private ExportCommand parent;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "WHAT", descriptionKey = "what")
        private Table table;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        private Path out;

        @Option(names = "--separator", defaultValue = ",", paramLabel = "CHAR", descriptionKey = CsvSeparator.DESCRIPTION_KEY)
        private String separator;

        @Override
        public Integer call() {
            char sep = CsvSeparator.parse(separator);
            if (sep == 0) {
                spec.commandLine().getErr().println(parent.opener.messages().get("exchange.cli.badSeparator", separator));
                return ExitCodes.USAGE;
            }
            try (Session session = parent.opener.open()) {
                int n = switch (table) {
                    case accounts -> session.exports().accountsCsv(out, sep, null);
                    case people -> session.exports().contactsCsv(out, sep, null);
                    case interactions -> session.exports().interactionsCsv(out, sep);
                    case actions -> session.exports().planActionsCsv(out,
                            year != null ? year : session.plans().today().getYear(), sep);
                };
                spec.commandLine().getOut().println(session.messages().get("exchange.exported", n, out.toString()));
                return ExitCodes.OK;
            }
        }
    }

    /** {@code rapport export vcf --out FILE [--vcard-version 4.0]} */
    @Command(name = "vcf", mixinStandardHelpOptions = true)
    static final class Vcf implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        private ExportCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        private Path out;

        @Option(names = "--vcard-version", defaultValue = "3.0", paramLabel = "3.0|4.0")
        private String version;

        @Override
        public Integer call() {
            ExportService.VcardVersion v;
            if ("3.0".equals(version)) {
                v = ExportService.VcardVersion.V3_0;
            } else if ("4.0".equals(version)) {
                v = ExportService.VcardVersion.V4_0;
            } else {
                spec.commandLine().getErr().println(parent.opener.messages().get("exchange.cli.badVersion", version));
                return ExitCodes.USAGE;
            }
            try (Session session = parent.opener.open()) {
                int n = session.exports().vcards(out, v, null);
                spec.commandLine().getOut().println(session.messages().get("exchange.exported", n, out.toString()));
                return ExitCodes.OK;
            }
        }
    }

    /** {@code rapport export ics --out FILE} */
    @Command(name = "ics", mixinStandardHelpOptions = true)
    static final class Ics implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        private ExportCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        private Path out;

        @Override
        public Integer call() {
            try (Session session = parent.opener.open()) {
                int n = session.exports().calendar(out);
                spec.commandLine().getOut().println(session.messages().get("exchange.exported", n, out.toString()));
                return ExitCodes.OK;
            }
        }
    }

    /** {@code rapport export pdf --account NAME --out FILE} or {@code --all [--tier A] --out DIR} */
    @Command(name = "pdf", mixinStandardHelpOptions = true)
    static final class Pdf implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        private ExportCommand parent;

        @Spec
        private CommandSpec spec;

        static final class Which {
            @Option(names = "--account", paramLabel = "NAME")
            String account;

            @Option(names = "--all")
            boolean all;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        private Which which;

        @Option(names = "--tier", paramLabel = "A|B|C")
        private Tier tier;

        @Option(names = "--out", required = true, paramLabel = "FILE|DIR")
        private Path out;

        @Override
        public Integer call() {
            try (Session session = parent.opener.open()) {
                List<Account> all = session.accounts().list().stream().map(AccountListItem::account).toList();
                if (which.all) {
                    if (Files.exists(out) && !Files.isDirectory(out)) {
                        spec.commandLine().getErr().println(session.messages().get("exchange.cli.notFolder", out.toString()));
                        return ExitCodes.USAGE;
                    }
                    List<Long> ids = all.stream().filter(a -> tier == null || a.tier() == tier).map(Account::id).toList();
                    List<Path> written = session.summaries().writePdfs(ids, out, Progress.NONE);
                    spec.commandLine().getOut().println(session.messages().get("exchange.pdf.batchDone", written.size(),
                            ids.size(), out.toString()));
                    return ExitCodes.OK;
                }
                if (tier != null) {
                    spec.commandLine().getErr().println(session.messages().get("exchange.cli.tierNeedsAll"));
                    return ExitCodes.USAGE;
                }
                List<Account> matches = find(all, which.account);
                if (matches.size() != 1) {
                    spec.commandLine().getErr().println(matches.isEmpty()
                            ? session.messages().get("exchange.cli.noAccount", which.account)
                            : session.messages().get("exchange.cli.manyAccounts", which.account,
                                    String.join(", ", matches.stream().map(Account::name).toList())));
                    return ExitCodes.USAGE;
                }
                session.summaries().writePdf(matches.get(0).id(), out);
                spec.commandLine().getOut().println(session.messages().get("exchange.pdf.written", out.toString()));
                return ExitCodes.OK;
            }
        }

        /** The account with exactly this name (ignoring case and width), else those whose name contains it. */
        static List<Account> find(List<Account> all, String name) {
            String wanted = Text.fold(name).strip();
            List<Account> exact = all.stream().filter(a -> Text.fold(a.name()).equals(wanted)).toList();
            if (!exact.isEmpty()) {
                return exact;
            }
            return all.stream().filter(a -> Text.fold(a.name()).contains(wanted)).toList();
        }
    }
}
