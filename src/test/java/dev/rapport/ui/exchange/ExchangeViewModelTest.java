package dev.rapport.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import dev.rapport.exchange.ImportField;
import dev.rapport.testutil.FakeDialogs;
import dev.rapport.testutil.TestUi;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.Notifier;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeViewModelTest {
    @TempDir
    Path temp;

    private AppContext app;
    private FakeDialogs dialogs;
    private final List<String> statuses = new ArrayList<>();
    private final AtomicInteger reloads = new AtomicInteger();
    private ExchangeViewModel model;

    @BeforeEach
    void open() {
        app = AppContext.open(temp.resolve("data"), Clock.systemDefaultZone());
        dialogs = new FakeDialogs();
        TestUi ui = dev.rapport.testutil.TestUi.of(app, new DirectTaskExecutor(), dialogs);
        Notifier notifier = new Notifier() {
            @Override
            public void status(String message) {
                statuses.add(message);
            }

            @Override
            public void undoable(String message, Runnable undo) {
                statuses.add(message);
            }
        };
        model = new ExchangeViewModel(app.imports(), app.exports(), app.summaries(), app.clock(), ui.kit(), notifier,
                reloads::incrementAndGet);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private ExchangeViewModel.Preview read(Path file) {
        AtomicReference<ExchangeViewModel.Preview> preview = new AtomicReference<>();
        model.read(file, null, null, preview::set);
        return preview.get();
    }

    @Test
    void aColumnTheGuessMissedCanBeMappedByHandBeforeImporting() throws Exception {
        Path file = temp.resolve("chinese-excel.csv");
        Files.write(file, "姓名,公司,手机号码\r\n刘洋,北京远景科技有限公司,+86 138 1111 2222\r\n"
                .getBytes(Charset.forName("GBK")));
        ExchangeViewModel.CsvPreview preview = (ExchangeViewModel.CsvPreview) read(file);
        assertThat(preview.mapping().field(2)).isEqualTo(ImportField.IGNORE);
        preview.mapping().set(2, ImportField.PHONE_MOBILE);

        AtomicReference<ExchangeViewModel.Report> report = new AtomicReference<>();
        model.importRows(preview, new ExchangeViewModel.ImportChoices(false, "", false), report::set);
        assertThat(report.get().details().peopleAdded()).isEqualTo(1);
        Contact liu = app.contacts().list().get(0).contact();
        assertThat(liu.name()).isEqualTo("刘洋");
        assertThat(liu.phones()).containsExactly(new ContactPoint(ContactPoint.Kind.MOBILE, "+86 138 1111 2222"));
        assertThat(reloads).hasValue(1);
        assertThat(statuses).last().asString().startsWith("1 account added");
    }

    @Test
    void aTrialRunReportsWithoutSavingOrReloading() throws Exception {
        Path file = temp.resolve("people.csv");
        Files.writeString(file, "Name,Company,Birthday\nAnna,Acme,31/02\nBob,Acme,\n", StandardCharsets.UTF_8);
        AtomicReference<ExchangeViewModel.Report> report = new AtomicReference<>();
        model.importRows(read(file), new ExchangeViewModel.ImportChoices(false, "", true), report::set);
        assertThat(report.get().details().dryRun()).isTrue();
        assertThat(report.get().details().rejectedRows()).isEqualTo(1);
        assertThat(app.contacts().list()).isEmpty();
        assertThat(reloads).hasValue(0);

        Path saved = temp.resolve("report.txt");
        model.saveReport(report.get(), saved);
        assertThat(Files.readString(saved, StandardCharsets.UTF_8))
                .contains("Trial run, nothing saved", "line 2: Birthday '31/02' is not a date");
    }

    @Test
    void thePreviewNamesTheLinesABrokenQuoteOrALoneCrWillHaveRefusedAndTheReportAgrees() throws Exception {
        Path file = temp.resolve("broken.csv");
        Files.writeString(file, "Name,Company,Notes\nAnna,Acme,\"x\ry\"\nBob,Acme,ok\nCarl,Acme,\"said hi\n",
                StandardCharsets.UTF_8);
        ExchangeViewModel.Preview preview = read(file);
        List<String> expected = List.of(
                "line 2: a carriage return (CR) without a line feed in Notes: a spreadsheet would split the row there",
                "line 4: the quotation mark that opens the cell in Notes is never closed;"
                + " the lines after it are read on their own");
        assertThat(model.problems(preview)).containsExactlyElementsOf(expected);

        AtomicReference<ExchangeViewModel.Report> report = new AtomicReference<>();
        model.importRows(preview, new ExchangeViewModel.ImportChoices(false, "", false), report::set);
        assertThat(report.get().details().peopleAdded()).isEqualTo(1);
        assertThat(report.get().details().rejectedRows()).isEqualTo(2);
        assertThat(report.get().lines()).containsSubsequence(expected);
    }

    @Test
    void thePreviewOfAVcardFileNamesTheCardsThatWillBeRefused() throws Exception {
        Path file = temp.resolve("people.vcf");
        Files.writeString(file, "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+1 415 555 0100\r\nEND:VCARD\r\n", StandardCharsets.UTF_8);
        assertThat(model.problems(read(file))).containsExactly("card 1: no name for the person or the account");
    }

    @Test
    void aFileThatIsNotTextIsRefusedWithAShortMessage() throws Exception {
        Path file = temp.resolve("book.csv");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        assertThat(read(file)).isNull();
        assertThat(dialogs.errors).containsExactly("This file is not text. If it is a spreadsheet, save it as CSV first.");
    }

    @Test
    void everyExportWritesItsFileAndSaysHowMany() throws Exception {
        Account acme = app.accounts().save(Account.named("Acme 艾克米"));
        app.contacts().save(Contact.named("王伟", acme.id()));
        for (ExchangeViewModel.ExportKind kind : ExchangeViewModel.ExportKind.values()) {
            Path file = temp.resolve(kind.name().toLowerCase());
            model.export(kind, file, ';', ExchangeViewModel.Vcard.V4_0);
            assertThat(file).exists();
        }
        assertThat(Files.readString(temp.resolve("accounts_csv"))).contains("Acme 艾克米");
        assertThat(Files.readString(temp.resolve("people_vcard"))).contains("VERSION:4.0", "FN:王伟");
        assertThat(statuses).hasSize(ExchangeViewModel.ExportKind.values().length).first().asString().startsWith("1 exported to");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void onlyThePeopleListedAreExported() throws Exception {
        Account acme = app.accounts().save(Account.named("Acme 艾克米"));
        Contact wang = app.contacts().save(Contact.named("王伟", acme.id()));
        app.contacts().save(Contact.named("Anna Schmidt", acme.id()));
        Path vcf = temp.resolve("listed.vcf");
        model.exportPeople(List.of(wang.id()), vcf, true, ',', ExchangeViewModel.Vcard.V3_0);
        assertThat(Files.readString(vcf)).contains("FN:王伟").doesNotContain("Anna");
        Path csv = temp.resolve("listed.csv");
        model.exportPeople(List.of(wang.id()), csv, false, ';', null);
        assertThat(Files.readString(csv)).contains("王伟;Acme 艾克米").doesNotContain("Anna");
    }

    @Test
    void pdfsAreWrittenForOneAccountAndForTheListedOnes() throws Exception {
        Account acme = app.accounts().save(Account.named("Acme 艾克米"));
        Account other = app.accounts().save(Account.named("华南贸易"));
        List<Path> opened = new ArrayList<>();
        model.exportPdf(acme.id(), temp.resolve("acme.pdf"), opened::add);
        assertThat(opened).containsExactly(temp.resolve("acme.pdf"));
        assertThat(Files.size(temp.resolve("acme.pdf"))).isGreaterThan(1000);

        AtomicReference<List<Path>> written = new AtomicReference<>();
        model.exportPdfs(List.of(acme.id(), other.id()), temp.resolve("batch"), written::set);
        assertThat(written.get()).extracting(p -> p.getFileName().toString())
                .containsExactly("Acme 艾克米.pdf", "华南贸易.pdf");
        assertThat(statuses).last().asString().startsWith("2 of 2 summaries written to");
    }
}
