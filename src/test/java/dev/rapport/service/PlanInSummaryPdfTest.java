package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.exchange.pdf.SummaryDocument;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanInSummaryPdfTest {
    @TempDir
    Path dataDir;

    @Test
    void thePrintedSummaryShowsThisYearsPlanWithProgressAndActionsByDate() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-06-10T08:00:00Z"), ZoneOffset.UTC);
        try (AppContext ctx = AppContext.open(dataDir, clock)) {
            Account a = ctx.accounts().save(Account.named("杭州瑞丰电子"));
            Account none = ctx.accounts().save(Account.named("Northwind"));
            ctx.plans().save(Plan.draft(a.id(), 2026).withBudget(new BigDecimal("1000")).withActions(List.of(
                    PlanAction.planned("Training", RelationshipLevel.STRUCTURAL, ActionType.TRAINING,
                            YearMonth.of(2026, 9)).withBudget(new BigDecimal("900")),
                    PlanAction.planned("端午礼品", RelationshipLevel.SOCIAL, ActionType.GIFT, YearMonth.of(2026, 6))
                            .onDate(LocalDate.of(2026, 6, 1)).withBudget(new BigDecimal("300"))
                            .withOutcome(new BigDecimal("280"), 4, "").withStatus(ActionStatus.DONE))));
            SummaryDocument doc = ctx.summaries().document(a);
            assertThat(doc.blocks()).contains(new SummaryDocument.Heading("Plan 2026"));
            SummaryDocument.Table actions = doc.blocks().stream().filter(b -> b instanceof SummaryDocument.Table t
                    && t.columns().contains("What")).map(b -> (SummaryDocument.Table) b).findFirst().orElseThrow();
            assertThat(actions.rows()).extracting(r -> r.get(2)).containsExactly("端午礼品", "Training");
            assertThat(actions.rows().get(0)).contains("Social", "Done", "300", "280");
            assertThat(doc.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(SummaryDocument.Facts.class,
                    f -> assertThat(f.facts()).contains(new SummaryDocument.Fact("Done", "1 of 2 actions done"))));
            assertThat(doc.blocks()).as("1,200 planned against 1,000 is flagged").anySatisfy(b ->
                    assertThat(b).isInstanceOfSatisfying(SummaryDocument.Paragraph.class,
                            p -> assertThat(p.text()).contains("1,200").contains("1,000")));
            assertThat(ctx.summaries().document(none).blocks())
                    .contains(new SummaryDocument.Paragraph("No plan for 2026 yet."));
            Path pdf = dataDir.resolve("summary.pdf");
            ctx.summaries().writePdf(a.id(), pdf);
            assertThat(Files.size(pdf)).isGreaterThan(1000);
        }
    }
}
