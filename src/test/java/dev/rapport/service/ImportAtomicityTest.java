package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.AppContext;
import dev.rapport.exchange.ImportBatch;
import dev.rapport.exchange.csv.ColumnMapping;
import dev.rapport.exchange.csv.CsvImport;
import dev.rapport.exchange.csv.CsvTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never a partial import (issue 7): whatever mix of good and bad rows a file has, the database
 * gains exactly what the report says it added; and an import stopped midway adds nothing.
 */
class ImportAtomicityTest {
    private static final String[] NAMES = {"陈静", "王建国", "Anna Müller", "José García", "", "李", "O'Brien"};
    private static final String[] COMPANIES = {"华为技术", "Contoso", "北京天合贸易有限公司", "", "Fabrikam"};
    private static final String[] EMAILS = {"", "a@b.example", "not-an-email@", "chen@huawei.example"};
    private static final String[] BIRTHDAYS = {"", "1985-02-29", "1984-02-29", "31/02", "--0229", "1990-07-14"};

    @TempDir
    Path dir;

    private AppContext app;
    private final Random random = new Random(20261129L);

    @BeforeEach
    void open() {
        app = AppContext.open(dir, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private ImportBatch randomBatch() {
        List<String> rows = new ArrayList<>();
        for (int i = 1 + random.nextInt(12); i > 0; i--) {
            String name = pick(NAMES);
            rows.add((name.isEmpty() ? "" : name + random.nextInt(1_000_000)) + "," + pick(COMPANIES) + ","
                    + pick(EMAILS) + "," + pick(BIRTHDAYS));
        }
        String text = "Name,Company,E-mail Address,Birthday\n" + String.join("\n", rows) + "\n";
        CsvTable table = CsvTable.parse(text.getBytes(StandardCharsets.UTF_8), null, null);
        return CsvImport.rows(table, ColumnMapping.guess(table.header()));
    }

    @Test
    void theDatabaseGainsExactlyWhatTheReportSays() {
        for (int i = 0; i < 25; i++) {
            int peopleBefore = app.contacts().list().size();
            int accountsBefore = app.accounts().count();
            ImportReport report = app.imports().importBatch(randomBatch(),
                    new ImportService.Options(ImportService.DuplicatePolicy.SKIP, "", false), Progress.NONE);
            assertThat(app.contacts().list().size() - peopleBefore).as("case %d", i).isEqualTo(report.peopleAdded());
            assertThat(app.accounts().count() - accountsBefore).as("case %d", i).isEqualTo(report.accountsAdded());
        }
    }

    /**
     * Rows damaged as files sent by others are (a quotation mark opened at a cell's start and never
     * closed, a carriage return without line feed) are refused at their line; the rows around
     * them still come in; and every row is counted: added or refused, none lost.
     */
    @Test
    void aDamagedFileAddsExactlyWhatTheReportSaysAndAccountsForEveryRow() {
        for (int i = 0; i < 25; i++) {
            List<String> rows = new ArrayList<>();
            List<Integer> damaged = new ArrayList<>();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                String row = "Person " + random.nextInt(1_000_000_000) + "," + pick(new String[] {"华为技术", "Contoso"})
                        + "," + pick(new String[] {"", "a@b.example"}) + "," + pick(new String[] {"", "1990-07-14"});
                switch (random.nextInt(4)) {
                    case 0 -> {
                        int cell = random.nextInt(4);
                        int at = cell == 0 ? 0 : ordinalIndexOf(row, ',', cell) + 1;
                        row = row.substring(0, at) + '"' + row.substring(at);
                        damaged.add(rows.size() + 2);
                    }
                    case 1 -> {
                        int at = 1 + random.nextInt(row.length() - 1);
                        row = row.substring(0, at) + '\r' + row.substring(at);
                        damaged.add(rows.size() + 2);
                    }
                    default -> {
                        // kept as it is
                    }
                }
                rows.add(row);
            }
            String text = "Name,Company,E-mail Address,Birthday\n" + String.join("\n", rows) + "\n";
            CsvTable table = CsvTable.parse(text.getBytes(StandardCharsets.UTF_8), null, ',');
            ImportBatch batch = CsvImport.rows(table, ColumnMapping.guess(table.header()));
            int peopleBefore = app.contacts().list().size();
            int accountsBefore = app.accounts().count();
            ImportReport report = app.imports().importBatch(batch,
                    new ImportService.Options(ImportService.DuplicatePolicy.SKIP, "", false), Progress.NONE);
            assertThat(app.contacts().list().size() - peopleBefore).as("case %d", i).isEqualTo(report.peopleAdded());
            assertThat(app.accounts().count() - accountsBefore).as("case %d", i).isEqualTo(report.accountsAdded());
            assertThat(report.peopleAdded() + report.rejectedRows()).as("case %d: every row added or refused%n%s", i, text)
                    .isEqualTo(rows.size());
            assertThat(report.rejected()).extracting(dev.rapport.exchange.RowProblem::position).as("case %d%n%s", i, text)
                    .containsAll(damaged);
            assertThat(report.peopleAdded()).as("case %d: the undamaged rows come in%n%s", i, text)
                    .isEqualTo(rows.size() - damaged.size());
        }
    }

    private static int ordinalIndexOf(String s, char c, int n) {
        int at = -1;
        for (int k = 0; k < n; k++) {
            at = s.indexOf(c, at + 1);
        }
        return at;
    }

    @Test
    void anImportStoppedMidwayAddsNothing() {
        int stopped = 0;
        for (int i = 0; i < 25; i++) {
            ImportBatch batch = randomBatch();
            int stopAfter = random.nextInt(batch.rows().size());
            int peopleBefore = app.contacts().list().size();
            int accountsBefore = app.accounts().count();
            Progress stopping = new Progress() {
                private long seen;

                @Override
                public void update(long done, long total) {
                    seen = done;
                }

                @Override
                public boolean isCancelled() {
                    return seen >= stopAfter;
                }
            };
            assertThatThrownBy(() -> app.imports().importBatch(batch, ImportService.Options.defaults(), stopping))
                    .isInstanceOf(ImportService.CancelledException.class);
            assertThat(app.contacts().list().size()).as("case %d", i).isEqualTo(peopleBefore);
            assertThat(app.accounts().count()).as("case %d", i).isEqualTo(accountsBefore);
            stopped++;
        }
        assertThat(stopped).isEqualTo(25);
    }
}
