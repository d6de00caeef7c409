package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.ExitCodes;
import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.domain.DateKind;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.Relation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rapport today} prints the coming birthdays and dates headless, as text or JSON. */
class TodayCommandTest {
    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine(new RapportCommand(Map.of()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    private long seed() {
        LocalDate today = LocalDate.now();
        try (AppContext app = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            Account huawei = app.accounts().save(Account.named("华为技术 \"Huawei\""));
            Contact wang = app.contacts().save(Contact.named("王建国", huawei.id()));
            LocalDate tomorrow = today.plusDays(1);
            app.memory().save(FamilyMember.of(wang.id(), Relation.SPOUSE, "李梅",
                    Birthday.of(1984, tomorrow.getMonthValue(), tomorrow.getDayOfMonth())));
            app.memory().save(ImportantDate.ofAccount(huawei.id(), DateKind.PARTNERSHIP_ANNIVERSARY, "",
                    today.plusDays(20).minusYears(3), true));
            return wang.id();
        }
    }

    @Test
    void theTextAgendaListsTheSpousesBirthdayTomorrowWithTheAccount() {
        seed();
        assertThat(run("today")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("李梅", "王建国", "华为技术 \"Huawei\"", LocalDate.now().plusDays(1).toString())
                .doesNotContain(LocalDate.now().plusDays(20).toString());
    }

    @Test
    void moreDaysBringTheAnniversaryInAndJsonCarriesEveryField() {
        long wangId = seed();
        assertThat(run("today", "--days", "30", "--format", "json")).isEqualTo(ExitCodes.OK);
        String json = out.toString().strip();
        assertThat(json).startsWith("{\"today\":\"" + LocalDate.now() + "\",\"days\":30,\"dates\":[");
        assertThat(json).contains("\"person\":\"李梅\"", "\"relation\":\"SPOUSE\"", "\"daysUntil\":1",
                "\"contactId\":" + wangId, "\"years\":" + (LocalDate.now().plusDays(1).getYear() - 1984),
                "\"group\":\"THIS_WEEK\"", "\"kind\":\"IMPORTANT_DATE\"", "\"dateKind\":\"PARTNERSHIP_ANNIVERSARY\"",
                "\"years\":3", "\"account\":\"华为技术 \\\"Huawei\\\"\"", "\"contactId\":null");
    }

    @Test
    void aDaysValueOutsideTheYearIsAUsageErrorThatOpensNothing() {
        assertThat(run("today", "--days", "400")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("365");
        assertThat(dataDir.resolve("rapport.mv.db")).doesNotExist();
    }

    @Test
    void anEmptyFolderSaysThereIsNothingComing() {
        assertThat(run("today", "--format", "text")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().lines().count()).isEqualTo(2);
    }
}
