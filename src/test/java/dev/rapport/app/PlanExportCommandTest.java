package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.cli.ExitCodes;
import dev.rapport.domain.plan.PlannedAccount;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanExportCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void planExportWritesTheYearsActionsAsCsvWithABomAndOneAccountOnRequest() throws Exception {
        assertThat(Main.run(new String[] {"--data-dir", dataDir.toString(), "demo", "--accounts", "14", "--contacts",
            "20"}, Map.of())).isEqualTo(ExitCodes.OK);
        int year = LocalDate.now().getYear();
        Path all = dataDir.resolve("plans.csv");
        assertThat(Main.run(new String[] {"--data-dir", dataDir.toString(), "plan", "export", "--year",
            Integer.toString(year), "--format", "csv", "--out", all.toString()}, Map.of())).isEqualTo(ExitCodes.OK);
        byte[] bytes = Files.readAllBytes(all);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        List<String> lines = Files.readAllLines(all, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("Year,Account,Tier");
        assertThat(lines.size()).isGreaterThan(10);
        String someAccount = lines.get(1).split(",")[1];

        Path one = dataDir.resolve("one.csv");
        assertThat(Main.run(new String[] {"--data-dir", dataDir.toString(), "plan", "export", "--year",
            Integer.toString(year), "--account", someAccount, "--out", one.toString()}, Map.of())).isEqualTo(ExitCodes.OK);
        List<String> oneLines = Files.readAllLines(one, StandardCharsets.UTF_8);
        assertThat(oneLines.subList(1, oneLines.size())).isNotEmpty()
                .allSatisfy(l -> assertThat(l.split(",")[1]).isEqualTo(someAccount));
        assertThat(oneLines.size()).isLessThan(lines.size());
    }

    @Test
    void aDeletedPlanIsLeftOutOfPlanExportAndComesBackAfterUndo() throws Exception {
        int year = LocalDate.now().getYear();
        dev.rapport.domain.plan.Plan deleted;
        try (AppContext app = AppContext.open(dataDir, Clock.systemUTC())) {
            dev.rapport.domain.Account a = app.accounts().save(dev.rapport.domain.Account.named("杭州瑞丰电子"));
            dev.rapport.domain.plan.Plan toDelete = app.plans().save(dev.rapport.domain.plan.Plan.draft(a.id(), year)
                    .withActions(List.of(dev.rapport.domain.plan.PlanAction.planned("端午礼品",
                            dev.rapport.domain.RelationshipLevel.SOCIAL, dev.rapport.domain.plan.ActionType.GIFT,
                            java.time.YearMonth.of(year, 6)))));
            deleted = app.plans().delete(toDelete.id(), toDelete.version());
        }
        assertThat(Main.run(new String[] {"--data-dir", dataDir.toString(), "plan", "export", "--year",
            Integer.toString(year), "--account", "杭州瑞丰电子"}, Map.of())).as("no plan of that account any more")
                .isEqualTo(ExitCodes.USAGE);
        Path all = dataDir.resolve("all.csv");
        assertThat(Main.run(new String[] {"--data-dir", dataDir.toString(), "plan", "export", "--year",
            Integer.toString(year), "--out", all.toString()}, Map.of())).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(all)).doesNotContain("端午礼品");

        try (AppContext app = AppContext.open(dataDir, Clock.systemUTC())) {
            app.plans().restore(deleted);
        }
        assertThat(Main.run(new String[] {"--data-dir", dataDir.toString(), "plan", "export", "--year",
            Integer.toString(year), "--out", all.toString()}, Map.of())).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(all)).contains("端午礼品");
    }

    @Test
    void anUnknownFormatOrAccountIsAUsageError() {
        assertThat(Main.run(new String[] {"--data-dir", dataDir.toString(), "plan", "export", "--year", "2026",
            "--format", "xlsx"}, Map.of())).isEqualTo(ExitCodes.USAGE);
        assertThat(Main.run(new String[] {"--data-dir", dataDir.toString(), "plan", "export", "--year", "2026",
            "--account", "无此客户"}, Map.of())).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void planExportAndTheCsvExportOfActionsUseTheChosenSeparatorAsTheOtherCsvExportsDo() throws Exception {
        assertThat(Main.run(new String[] {"--data-dir", dataDir.toString(), "demo", "--accounts", "14", "--contacts",
            "20"}, Map.of())).isEqualTo(ExitCodes.OK);
        String year = Integer.toString(LocalDate.now().getYear());
        Path planExport = dataDir.resolve("plans-semicolon.csv");
        assertThat(Main.run(new String[] {"--data-dir", dataDir.toString(), "plan", "export", "--year", year,
            "--separator", ";", "--out", planExport.toString()}, Map.of())).isEqualTo(ExitCodes.OK);
        Path csvExport = dataDir.resolve("actions-semicolon.csv");
        assertThat(Main.run(new String[] {"--data-dir", dataDir.toString(), "export", "csv", "actions", "--year", year,
            "--separator", ";", "--out", csvExport.toString()}, Map.of())).isEqualTo(ExitCodes.OK);
        Path tabbed = dataDir.resolve("plans-tab.csv");
        assertThat(Main.run(new String[] {"--data-dir", dataDir.toString(), "plan", "export", "--year", year,
            "--separator", "tab", "--out", tabbed.toString()}, Map.of())).isEqualTo(ExitCodes.OK);

        List<String> lines = Files.readAllLines(planExport, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("Year;Account;Tier").doesNotContain(",");
        assertThat(lines.size()).isGreaterThan(10);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith(year + ";"));
        assertThat(Files.readAllLines(csvExport, StandardCharsets.UTF_8)).isEqualTo(lines);
        assertThat(Files.readAllLines(tabbed, StandardCharsets.UTF_8).get(0)).contains("Year\tAccount\tTier");
    }

    @Test
    void anUnknownSeparatorIsAUsageErrorThatNamesIt() {
        picocli.CommandLine cli = Main.commandLine(new RapportCommand(Map.of()));
        java.io.StringWriter err = new java.io.StringWriter();
        cli.setErr(new java.io.PrintWriter(err, true));
        assertThat(cli.execute("--data-dir", dataDir.toString(), "plan", "export", "--year", "2026",
            "--separator", "x")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("'x'", "tab");
    }

    @Test
    void planExportOverAnExistingFileReplacesItWholeAndLeavesNoTemporaryFileBehind() throws Exception {
        assertThat(Main.run(new String[] {"--data-dir", dataDir.toString(), "demo", "--accounts", "14", "--contacts",
            "20"}, Map.of())).isEqualTo(ExitCodes.OK);
        Path exports = Files.createDirectories(dataDir.resolve("exports"));
        Path file = exports.resolve("plans.csv");
        Files.writeString(file, "last year's export\r\n".repeat(2000), StandardCharsets.UTF_8);

        assertThat(Main.run(new String[] {"--data-dir", dataDir.toString(), "plan", "export", "--year",
            Integer.toString(LocalDate.now().getYear()), "--out", file.toString()}, Map.of())).isEqualTo(ExitCodes.OK);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("Year,Account,Tier");
        assertThat(lines).noneMatch(l -> l.contains("last year's export"));
        try (Stream<Path> files = Files.list(exports)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aPlanExportThatFailsMidwayLeavesTheOldFileUntouched() throws Exception {
        assertThat(Main.run(new String[] {"--data-dir", dataDir.toString(), "demo", "--accounts", "14", "--contacts",
            "20"}, Map.of())).isEqualTo(ExitCodes.OK);
        Path exports = Files.createDirectories(dataDir.resolve("exports"));
        Path file = exports.resolve("plans.csv");
        byte[] old = "last year's export\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, old);

        try (AppContext app = AppContext.open(dataDir, Clock.systemUTC())) {
            List<PlannedAccount> plans = app.plans().forExport(LocalDate.now().getYear(), null);
            assertThat(plans).hasSizeGreaterThan(2);
            List<PlannedAccount> failingMidway = new AbstractList<>() {
                @Override
                public PlannedAccount get(int index) {
                    if (index == plans.size() / 2) {
                        throw new IllegalStateException("disk gone");
                    }
                    return plans.get(index);
                }

                @Override
                public int size() {
                    return plans.size();
                }
            };
            assertThatThrownBy(() -> app.exports().planActionsCsv(file, failingMidway, ','))
                    .hasMessageContaining("disk gone");
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        try (Stream<Path> files = Files.list(exports)) {
            assertThat(files).containsExactly(file);
        }
    }
}
