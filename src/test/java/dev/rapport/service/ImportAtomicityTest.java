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
