package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.ExitCodes;
import dev.rapport.domain.Account;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Tier;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rapport today} also prints follow-ups due, key accounts going quiet and open complaints. */
class TodayContactLogCommandTest {
    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine(new RapportCommand(Map.of()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    /** Today's day in the CLI's clock; a quiet key account, an overdue follow-up and an open complaint. */
    private LocalDate seed() {
        LocalDate today = LocalDate.now();
        try (AppContext app = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            Account quiet = app.accounts().save(Account.named("北京天合贸易 \"Tianhe\"").withTier(Tier.A));
            Account busy = app.accounts().save(Account.named("Northwind Traders").withTier(Tier.B));
            app.contactLog().log(Interaction.of(quiet.id(), today.minusDays(45).atTime(9, 0), InteractionChannel.VISIT,
                    "拜访"));
            app.contactLog().log(Interaction.of(busy.id(), today.minusDays(2).atTime(9, 0), InteractionChannel.CALL,
                    "Quote call").withFollowUp(today.minusDays(1), "Send the quote"));
            app.contactLog().log(Interaction.of(busy.id(), today.minusDays(5).atTime(16, 0),
                    InteractionChannel.COMPLAINT, "交货延误 late delivery"));
        }
        return today;
    }

    @Test
    void theTextAgendaAddsFollowUpsQuietAccountsAndComplaints() {
        LocalDate today = seed();
        assertThat(run("today")).isEqualTo(ExitCodes.OK);
        String text = out.toString();
        assertThat(text).contains("Send the quote", today.minusDays(1).toString(), "[Northwind Traders]",
                "北京天合贸易 \"Tianhe\"", "45", "交货延误 late delivery", today.minusDays(5).toString());
        assertThat(text.indexOf("Send the quote")).isLessThan(text.indexOf("北京天合贸易"));
        assertThat(text.indexOf("北京天合贸易")).isLessThan(text.indexOf("交货延误"));
        assertThat(text).doesNotContain("  Northwind Traders  ");
    }

    @Test
    void jsonCarriesTheThreeListsAfterTheDates() {
        LocalDate today = seed();
        assertThat(run("today", "--format", "json")).isEqualTo(ExitCodes.OK);
        String json = out.toString().strip();
        assertThat(json).startsWith("{\"today\":\"" + today + "\"").endsWith("]}");
        assertThat(json).contains(",\"followUps\":[{\"due\":\"" + today.minusDays(1) + "\",\"daysOverdue\":1,"
                + "\"what\":\"Send the quote\"", "\"quietAccounts\":[{\"accountId\":",
                "\"account\":\"北京天合贸易 \\\"Tianhe\\\"\",\"tier\":\"A\",\"lastContact\":\"" + today.minusDays(45)
                        + "\",\"daysSince\":45,\"cadenceDays\":30,\"daysOverdue\":15}",
                "\"openComplaints\":[{\"raisedOn\":\"" + today.minusDays(5) + "\",\"daysOpen\":5,\"status\":\"OPEN\","
                        + "\"subject\":\"交货延误 late delivery\"");
    }
}
