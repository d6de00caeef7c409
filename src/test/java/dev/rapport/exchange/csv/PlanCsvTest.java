package dev.rapport.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlannedAccount;
import dev.rapport.i18n.Messages;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlanCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasArePrefixedAndQuotedWhenNeeded() {
        assertThat(PlanCsv.cell("=HYPERLINK(\"http://evil\")", ',')).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(PlanCsv.cell("+86 21 1234", ',')).isEqualTo("'+86 21 1234");
        assertThat(PlanCsv.cell("-5", ',')).isEqualTo("'-5");
        assertThat(PlanCsv.cell("@SUM(A1)", ',')).isEqualTo("'@SUM(A1)");
        assertThat(PlanCsv.cell("\tcmd", ',')).isEqualTo("\"'\tcmd\"");
        assertThat(PlanCsv.cell("春节拜访, 礼品", ',')).isEqualTo("\"春节拜访, 礼品\"");
        assertThat(PlanCsv.cell("two\nlines", ',')).isEqualTo("\"two\nlines\"");
        assertThat(PlanCsv.cell("Year-end rebate", ',')).isEqualTo("Year-end rebate");
    }

    @Test
    void oneRowPerActionWithLocalizedLabelsIsoDatesAndPlainMoney() {
        Account a = Account.named("华为技术");
        Account saved = a.withId(3, null, null);
        Plan p = Plan.draft(3, 2026).withActions(List.of(
                PlanAction.planned("=1+1", RelationshipLevel.SOCIAL, ActionType.GIFT, YearMonth.of(2026, 5))
                        .onDate(java.time.LocalDate.of(2026, 5, 18)).withBudget(new BigDecimal("1234.50")),
                PlanAction.planned("Training", RelationshipLevel.STRUCTURAL, ActionType.TRAINING, YearMonth.of(2026, 9))));
        StringWriter out = new StringWriter();
        int rows = PlanCsv.write(List.of(new PlannedAccount(saved, p)), new Messages(Locale.SIMPLIFIED_CHINESE), ',', out);
        assertThat(rows).isEqualTo(2);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("年度,客户,分级,计划状态,层次,类型,行动,月份,日期");
        assertThat(lines[1]).isEqualTo("2026,华为技术,B,草稿,社交层次,礼品,'=1+1,2026-05,2026-05-18,,1234.50,计划中,,,否,,");
        assertThat(lines[2]).contains(",2026-09,,").contains("结构层次").contains("培训");
    }

    @Test
    void aPlanExportIsNoFormulaWhicheverSeparatorASpreadsheetSplitsOn() {
        Account saved = Account.named("Acme;=cmd|' /C calc'!A0").withId(5, null, null);
        Plan p = Plan.draft(5, 2026).withActions(List.of(
                PlanAction.planned("Visit,+1\n@boss", RelationshipLevel.SOCIAL, ActionType.GIFT, YearMonth.of(2026, 5))));
        for (char separator : List.of(',', ';', '\t')) {
            StringWriter out = new StringWriter();
            PlanCsv.write(List.of(new PlannedAccount(saved, p)), new Messages(Locale.ENGLISH), separator, out);
            assertThat(dev.rapport.testutil.SpreadsheetSplit.formulaCells(out.toString())).as("written with %s", separator)
                    .isEmpty();
        }
    }

    @Test
    void theChosenSeparatorSeparatesTheCellsAndCellsHoldingAnySeparatorAreQuoted() {
        assertThat(PlanCsv.cell("春节拜访, 礼品", ';')).as("quoted all the same: Excel may split on the comma")
                .isEqualTo("\"春节拜访, 礼品\"");
        assertThat(PlanCsv.cell("拜访; 礼品", ';')).isEqualTo("\"拜访; 礼品\"");
        assertThat(PlanCsv.cell("a\tb", '\t')).isEqualTo("\"a\tb\"");

        Account saved = Account.named("Müller, Söhne & Co").withId(4, null, null);
        Plan p = Plan.draft(4, 2026).withActions(List.of(
                PlanAction.planned("Rebate; year end", RelationshipLevel.FINANCIAL, ActionType.DISCOUNT_REBATE,
                        YearMonth.of(2026, 12)).withBudget(new BigDecimal("1234.50"))));
        StringWriter out = new StringWriter();
        PlanCsv.write(List.of(new PlannedAccount(saved, p)), new Messages(Locale.ENGLISH), ';', out);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).startsWith("Year;Account;Tier;").doesNotContain(",");
        assertThat(lines[1]).startsWith("2026;\"Müller, Söhne & Co\";B;").contains(";\"Rebate; year end\";2026-12;;;1234.50;");
    }
}
