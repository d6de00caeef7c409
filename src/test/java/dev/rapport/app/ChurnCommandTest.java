package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.AccountExit;
import dev.rapport.domain.ExitReason;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ChurnCommandTest {
    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void tenAccountsOfWhichTwoLeftIn2025() {
        try (AppContext ctx = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            for (int i = 0; i < 10; i++) {
                Tier tier = i < 4 ? Tier.A : Tier.C;
                Account a = ctx.accounts().save(new Account(null, (i % 2 == 0 ? "深圳客户" : "Client ") + i,
                        PartyType.CUSTOMER, tier, LifecycleStage.MAINTENANCE, RelationshipLevel.SOCIAL, null, "", "", "",
                        "", new BigDecimal("1000"), new BigDecimal("10"), null, null, "", List.of(), "", null, null, 0L));
                LocalDate since = LocalDate.of(2020, 1, 1);
                if (i == 0 || i == 9) {
                    ctx.retention().exit(new AccountExit(null, a.id(), LocalDate.of(2025, 5, 1),
                            i == 0 ? ExitReason.PRICE : ExitReason.REP_LEFT, "", a.annualRevenue(), a.grossMarginPct(),
                            false, "", null), since);
                } else {
                    ctx.retention().setCustomerSince(a.id(), since);
                }
            }
        }
    }

    private int run(String... args) {
        RapportCommand root = new RapportCommand(Map.of());
        CommandLine cli = Main.commandLine(root);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    @Test
    void jsonGivesTheChurnFiguresForTheYearWithTheGroupsAndReasons() {
        assertThat(run("churn", "--year", "2025", "--group", "tier", "--format", "json")).isZero();
        String json = out.toString();
        assertThat(json).contains("\"total\":{\"accountsAtStart\":10,\"exits\":2,\"exitsOfNewAccounts\":0,"
                + "\"churnRatePct\":20.00,\"revenueLost\":2000.00,\"profitLost\":200.00");
        assertThat(json).contains("\"breakEvenRetentionBudget\":200.00");
        assertThat(json).contains("{\"group\":\"A\",\"figures\":{\"accountsAtStart\":4,\"exits\":1");
        assertThat(json).contains("\"PRICE\":1", "\"REP_LEFT\":1", "\"OTHER\":0");
    }

    @Test
    void csvHasOneLinePerGroupAndTheTotal() {
        assertThat(run("churn", "--year", "2025", "--group", "tier", "--format", "csv")).isZero();
        assertThat(out.toString().split("\r\n")).containsExactly(
                "group,accounts_at_start,exits,exits_of_new_accounts,churn_rate_pct,revenue_lost,profit_lost,"
                        + "average_lifetime_value_lost,break_even_retention_budget",
                "\"A\",4,1,0,25.00,1000.00,100.00,399.27,100.00",
                "\"C\",6,1,0,16.67,1000.00,100.00,399.27,100.00",
                "\"TOTAL\",10,2,0,20.00,2000.00,200.00,399.27,200.00");
    }

    @Test
    void aGroupNamedLikeAFormulaIsNoFormulaWhicheverSeparatorASpreadsheetSplitsOn() {
        try (AppContext ctx = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            Account a = ctx.accounts().save(new Account(null, "Client X", PartyType.CUSTOMER, Tier.B,
                    LifecycleStage.MAINTENANCE, RelationshipLevel.SOCIAL, null, "Energy;=cmd|' /C calc'!A0", "", "", "",
                    new BigDecimal("1000"), new BigDecimal("10"), null, null, "", List.of(), "", null, null, 0L));
            ctx.retention().exit(new AccountExit(null, a.id(), LocalDate.of(2025, 6, 1), ExitReason.PRICE, "",
                    a.annualRevenue(), a.grossMarginPct(), false, "", null), LocalDate.of(2020, 1, 1));
        }
        assertThat(run("churn", "--year", "2025", "--group", "industry", "--format", "csv")).isZero();
        assertThat(out.toString()).contains("\"Energy;'=cmd|' /C calc'!A0\",");
        assertThat(dev.rapport.testutil.SpreadsheetSplit.formulaCells(out.toString())).isEmpty();
    }

    @Test
    void textPrintsATableAndTheReasonsAndABadQuarterIsAUsageError() {
        assertThat(run("churn", "--year", "2025")).isZero();
        assertThat(out.toString()).contains("20.00 %", "200.00");
        assertThat(run("churn", "--year", "2025", "--quarter", "5")).isEqualTo(2);
        assertThat(err.toString()).isNotBlank();
        out.getBuffer().setLength(0);
        assertThat(run("churn", "--year", "2025", "--quarter", "3", "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"exits\":0");
    }
}
