package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.cli.ExitCodes;
import dev.rapport.domain.ChangedBy;
import dev.rapport.domain.Contact;
import dev.rapport.domain.EditConflict;
import dev.rapport.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 17, decision 0017: the window's refused save names the command line and its command when
 * {@code rapport import --merge} made the newer change.
 */
class WhoChangedCommandTest {
    @TempDir
    Path temp;

    private int run(Path dataDir, String... args) {
        CommandLine cli = Main.commandLine(new RapportCommand(Map.of()));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    @Test
    void aWindowSaveOverAnImportsMergeIsRefusedAndSaysTheCommandLineMadeTheNewerChange() throws Exception {
        Path dataDir = temp.resolve("data");
        Path first = temp.resolve("first.csv");
        Files.writeString(first, "Name,Company,Email\n王伟,Acme Ltd,wang.wei@acme.example\n", StandardCharsets.UTF_8);
        Path merge = temp.resolve("merge.csv");
        Files.writeString(merge, "Name,Company,Email,Title\n王伟,Acme Ltd,wang.wei@acme.example,采购总监\n",
                StandardCharsets.UTF_8);
        assertThat(run(dataDir, "import", first.toString())).isEqualTo(ExitCodes.OK);

        Contact read;
        try (AppContext window = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            read = window.contacts().list().stream().map(dev.rapport.domain.ContactListItem::contact)
                    .filter(c -> c.name().equals("王伟")).findFirst().orElseThrow();
        }
        assertThat(run(dataDir, "import", merge.toString(), "--merge")).isEqualTo(ExitCodes.OK);

        try (AppContext window = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            Contact stale = read.withPoints(read.phones(), List.of());
            assertThatThrownBy(() -> window.contacts().save(stale))
                    .isInstanceOfSatisfying(EditConflict.class, e -> {
                        assertThat(e.changedBy()).contains(ChangedBy.commandLine("import"));
                        assertThat(new Messages(Locale.ENGLISH).of(e)).contains("by the command line (import)");
                        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).of(e)).contains("由命令行（import）");
                        assertThat(new Messages(Locale.TRADITIONAL_CHINESE).of(e)).contains("由命令列（import）");
                    });
        }
    }
}
