package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rapport import} and {@code rapport export} as a script calls them. */
class ExchangeCommandsTest {
    @TempDir
    Path temp;

    private String out;
    private String err;

    private int run(String... args) {
        Path dataDir = temp.resolve("data");
        String[] all = Stream.concat(Stream.of("--data-dir", dataDir.toString()), Stream.of(args)).toArray(String[]::new);
        CommandLine cli = Main.commandLine(new RapportCommand(Map.of()));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cli.setOut(new PrintWriter(o, true));
        cli.setErr(new PrintWriter(e, true));
        int code = cli.execute(all);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private Path csv(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void importPrintsTheReportAndExitsThreeWhenRowsWereRefused() throws Exception {
        Path good = csv("good.csv", "Name,Company,Birthday\n王伟,杭州瑞丰电子股份有限公司,1980-05-17\nAnna Schmidt,Nordwind,\n");
        assertThat(run("import", good.toString(), "--dry-run")).isEqualTo(ExitCodes.OK);
        assertThat(out).startsWith("Trial run, nothing saved. It would add 2 accounts and update 0");
        assertThat(run("import", good.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out).startsWith("2 accounts added, 0 updated; 2 people added");

        Path bad = csv("bad.csv", "Name,Company,Birthday\nTom Baker,Baker & Sons,31/02\nZoë Adams,Baker & Sons,\n");
        assertThat(run("import", bad.toString())).isEqualTo(ExitCodes.REJECTED_ROWS);
        assertThat(out).contains("line 2: Birthday '31/02' is not a date");

        assertThat(run("import", temp.resolve("missing.csv").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("is not a .csv or .vcf file");
        assertThat(run("import")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void importRefusesTheLinesABrokenQuoteOrALoneCrWouldHaveMergedAndExitsThree() throws Exception {
        Path file = csv("damaged.csv", "Name,Company,Notes\n"
                + "Tom Baker,Baker & Sons,\"x\ry\"\n"
                + "王伟,杭州瑞丰电子,ok\n"
                + "Anna Schmidt,Nordwind,\"said hi\n"
                + "Zoë Adams,Baker & Sons,fine\n");
        for (boolean dryRun : List.of(true, false)) {
            int code = dryRun ? run("import", file.toString(), "--dry-run") : run("import", file.toString());
            assertThat(code).as("dry run %s", dryRun).isEqualTo(ExitCodes.REJECTED_ROWS);
            assertThat(out).contains(dryRun ? "add 2 people" : "2 people added", dryRun ? "refuse 2 rows" : "2 rows refused",
                    "line 2: a carriage return (CR) without a line feed in Notes",
                    "line 4: the quotation mark that opens the cell in Notes is never closed;");
        }
        Path people = temp.resolve("people-out.csv");
        assertThat(run("export", "csv", "people", "--out", people.toString())).isZero();
        assertThat(Files.readString(people)).contains("王伟", "Zoë Adams").doesNotContain("Anna", "Tom");
    }

    @Test
    void importReportsAVcardBirthdayLeftEmptyAndRefusesACutLastCardWithExitThree() throws Exception {
        Path file = csv("phone.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\nORG:Nordwind\r\n"
                + "BDAY:0000-00-00\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Stone\r\nORG:VCa");
        for (boolean dryRun : List.of(true, false)) {
            int code = dryRun ? run("import", file.toString(), "--dry-run") : run("import", file.toString());
            assertThat(code).as("dry run %s", dryRun).isEqualTo(ExitCodes.REJECTED_ROWS);
            assertThat(out).contains(dryRun ? "add 1 person" : "1 person added", dryRun ? "refuse 1 row" : "1 row refused",
                    "card 1: birthday not understood: 0000-00-00, left empty",
                    "card 2: the file ends inside this card (no END:VCARD)");
        }
    }

    @Test
    void importReadsAmbiguousDatesInTheOrderTheFileShowsOrTheOneGivenAndTheReportSaysWhich() throws Exception {
        Path file = csv("dates.csv", "Name,Company,Birthday\nAnna Schmidt,Nordwind,03/04/1980\n"
                + "王伟,杭州瑞丰电子,25/03/1975\n");
        assertThat(run("import", file.toString(), "--dry-run")).isEqualTo(ExitCodes.OK);
        String[] lines = out.split("\\R");
        assertThat(lines[1]).as("right below the summary")
                .isEqualTo("Dates read as day/month (31/12/2025): line 3 has 25/03/1975, which can only be read that way.");

        Path us = csv("us.csv", "Name,Company,Birthday\nAnna Schmidt,Nordwind,03/04/1980\n");
        assertThat(run("import", us.toString(), "--date-order", "day-month")).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("Dates read as day/month (31/12/2025), as chosen.");
        Path people = temp.resolve("people-out.csv");
        assertThat(run("export", "csv", "people", "--out", people.toString())).isZero();
        assertThat(Files.readString(people)).contains("1980-04-03");

        assertThat(run("import", us.toString(), "--date-order", "yesterday")).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("'yesterday' is not one of auto, day-month, month-day");
    }

    @Test
    void exportsWriteCsvVcardCalendarAndPdfs() throws Exception {
        run("import", csv("people.csv", "Name,Company,Tier,Birthday\n王伟,杭州瑞丰电子股份有限公司,A,1980-05-17\n"
                + "Anna Schmidt,Nordwind Logistik GmbH,,--02-29\n").toString());

        Path accounts = temp.resolve("accounts.csv");
        assertThat(run("export", "csv", "accounts", "--out", accounts.toString(), "--separator", ";")).isZero();
        assertThat(Files.readString(accounts)).startsWith("\uFEFFAccount;Party type").contains("杭州瑞丰电子股份有限公司");
        Path actions = temp.resolve("actions.csv");
        assertThat(run("export", "csv", "actions", "--year", "2026", "--out", actions.toString())).isZero();
        assertThat(Files.readString(actions)).startsWith("\uFEFFYear,Account");
        Path vcf = temp.resolve("people.vcf");
        assertThat(run("export", "vcf", "--out", vcf.toString(), "--vcard-version", "4.0")).isZero();
        assertThat(Files.readString(vcf)).contains("VERSION:4.0", "FN:王伟");
        Path ics = temp.resolve("birthdays.ics");
        assertThat(run("export", "ics", "--out", ics.toString())).isZero();
        assertThat(out).startsWith("2 exported to");
        assertThat(Files.readString(ics)).contains("RRULE:FREQ=YEARLY;BYMONTHDAY=-1;BYMONTH=2");

        Path pdf = temp.resolve("ruifeng.pdf");
        assertThat(run("export", "pdf", "--account", "瑞丰", "--out", pdf.toString())).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("杭州瑞丰电子股份有限公司", "王伟");
        }
        Path folder = temp.resolve("tier-a");
        assertThat(run("export", "pdf", "--all", "--tier", "A", "--out", folder.toString())).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("杭州瑞丰电子股份有限公司.pdf");
        }
        assertThat(run("export", "pdf", "--all", "--out", temp.resolve("all").toString())).isZero();
        assertThat(out).startsWith("2 of 2 summaries written");

        assertThat(run("export", "pdf", "--account", "Nobody", "--out", pdf.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("No account is named Nobody");
        assertThat(run("export", "pdf", "--account", "x", "--all", "--out", pdf.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("export", "csv", "people", "--out", accounts.toString(), "--separator", "x"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("export", "vcf", "--out", vcf.toString(), "--vcard-version", "2.1")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("export")).isEqualTo(ExitCodes.USAGE);
        assertThat(List.of(err)).isNotEmpty();
    }
}
