package dev.rapport.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.testutil.SpreadsheetSplit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The formula guard holds whichever separator a spreadsheet splits on, and reading undoes exactly what it added. */
class CellGuardTest {
    private static final long SEED = 20261206L;
    private static final String ALPHABET = "=+-@'\" ,;\t|\r\nxA1王";
    private static final List<Character> WRITTEN_WITH = List.of(',', ';', '\t', '|');

    private static String line(char separator, String... values) {
        List<String> fields = new ArrayList<>();
        for (String v : values) {
            fields.add(CellGuard.field(v, separator));
        }
        return String.join(String.valueOf(separator), fields) + "\r\n";
    }

    @Test
    void aCommandHiddenAfterASemicolonInACommaFileIsNoFormulaWhenExcelSplitsOnSemicolons() {
        String notes = "x;=cmd|' /C calc'!A0;";
        assertThat(CellGuard.field(notes, ',')).isEqualTo("\"x;'=cmd|' /C calc'!A0;\"");
        String file = line(',', "Anna", notes, "ok");
        assertThat(SpreadsheetSplit.cells(file, ';')).contains("'=cmd|' /C calc'!A0");
        assertThat(SpreadsheetSplit.formulaCells(file)).isEmpty();
    }

    @Test
    void everyFragmentThatCouldStartACellIsGuardedWhateverTheSeparators() {
        assertThat(CellGuard.guard("=1+1")).isEqualTo("'=1+1");
        assertThat(CellGuard.guard("a,-2\t+3\n@x|=y")).isEqualTo("a,'-2\t'+3\n'@x|'=y");
        assertThat(CellGuard.guard("a, =SUM(A1)")).as("spaces are passed over").isEqualTo("a, '=SUM(A1)");
        assertThat(CellGuard.guard("a;\"=1\"")).as("so are quotation marks").isEqualTo("a;\"'=1\"");
        assertThat(CellGuard.guard("'=1")).as("a value that already starts with an apostrophe").isEqualTo("''=1");
        assertThat(CellGuard.guard("O'Brien - Sales, Ltd.")).isEqualTo("O'Brien - Sales, Ltd.");
        assertThat(CellGuard.field("春节拜访, 礼品", ';')).as("quoted for a spreadsheet splitting on commas")
                .isEqualTo("\"春节拜访, 礼品\"");
    }

    @Test
    void randomValuesWrittenWithAnySeparatorAreNoFormulaInAnySplitAndReadBackExactly() {
        Random random = new Random(SEED);
        for (int i = 0; i < 5000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String v = value.toString();
            assertThat(CellGuard.unguard(CellGuard.guard(v))).as("case %d of seed %d: %s", i, SEED, v).isEqualTo(v);
            char separator = WRITTEN_WITH.get(random.nextInt(WRITTEN_WITH.size()));
            assertThat(SpreadsheetSplit.formulaCells(line(separator, "Anna", v, "+ok")))
                    .as("case %d of seed %d: %s written with %s", i, SEED, v, separator).isEmpty();
        }
    }

    @Test
    void readingTakesOffOnlyTheApostrophesWritingAdded() {
        assertThat(CellGuard.unguard("'plain")).isEqualTo("'plain");
        assertThat(CellGuard.unguard("it's -5")).isEqualTo("it's -5");
        assertThat(CellGuard.unguard("''=1")).isEqualTo("'=1");
        assertThat(CellGuard.unguard("x;'=cmd")).isEqualTo("x;=cmd");
    }
}
