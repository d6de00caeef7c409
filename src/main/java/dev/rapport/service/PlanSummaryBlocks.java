package dev.rapport.service;

import dev.rapport.domain.plan.LevelFigures;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlanReview;
import dev.rapport.exchange.pdf.SummaryDocument;
import dev.rapport.i18n.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The year's plan in an account's printed summary: objectives, progress and budget, and the
 * actions by month, so a manager reading the brief sees what the relationship is meant to become.
 */
final class PlanSummaryBlocks {
    private PlanSummaryBlocks() {
    }

    static List<SummaryDocument.Block> of(Optional<Plan> found, int year, Messages msg) {
        List<SummaryDocument.Block> blocks = new ArrayList<>();
        blocks.add(new SummaryDocument.Heading(msg.get("plans.summary.title", year)));
        if (found.isEmpty()) {
            blocks.add(new SummaryDocument.Paragraph(msg.get("plans.summary.none", year)));
            return blocks;
        }
        Plan plan = found.get();
        PlanReview r = plan.figures();
        NumberFormat money = NumberFormat.getNumberInstance(msg.locale());
        money.setMaximumFractionDigits(2);
        List<SummaryDocument.Fact> facts = new ArrayList<>();
        facts.add(new SummaryDocument.Fact(msg.get("plans.status"), msg.of(plan.status())));
        facts.add(new SummaryDocument.Fact(msg.get("plans.targetLevel"), orDash(msg.of(plan.objectives().targetLevel()))));
        facts.add(new SummaryDocument.Fact(msg.get("plans.revenueTarget"), format(money, plan.objectives().revenueTarget())));
        facts.add(new SummaryDocument.Fact(msg.get("plans.budget"), format(money, plan.budget())));
        LevelFigures t = r.total();
        facts.add(new SummaryDocument.Fact(msg.get("plans.review.done"),
                msg.get("plans.progress.done", t.done(), t.planned())));
        facts.add(new SummaryDocument.Fact(msg.get("plans.review.actual"), format(money, t.actual())));
        blocks.add(new SummaryDocument.Facts(facts));
        if (!plan.strategy().isEmpty()) {
            blocks.add(new SummaryDocument.Paragraph(msg.get("plans.strategy") + ": " + plan.strategy()));
        }
        if (r.budgetFlagged()) {
            List<String> flags = new ArrayList<>();
            if (r.plannedExceedsBudget()) {
                flags.add(msg.get("plans.flag.planned", money.format(t.budget()), money.format(plan.budget())));
            }
            if (r.actualExceedsBudget()) {
                flags.add(msg.get("plans.flag.actual", money.format(t.actual()), money.format(plan.budget())));
            }
            blocks.add(new SummaryDocument.Paragraph(String.join(" ", flags)));
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale());
        DateTimeFormatter month = DateTimeFormatter.ofPattern(
                "zh".equals(msg.locale().getLanguage()) ? "yyyy年M月" : "MMM yyyy", msg.locale());
        List<List<String>> rows = new ArrayList<>();
        for (PlanAction a : plan.actions().stream()
                .sorted(java.util.Comparator.comparing(PlanAction::dueBy)).toList()) {
            rows.add(List.of(a.date() != null ? day.format(a.date()) : month.format(a.month()), msg.of(a.level()),
                    a.title(), msg.of(a.status()), format(money, a.budget()), format(money, a.actualCost())));
        }
        blocks.add(new SummaryDocument.Table(List.of(msg.get("plans.action.when"), msg.get("plans.action.level"),
                msg.get("plans.action.title"), msg.get("plans.action.status"), msg.get("plans.action.budget"),
                msg.get("plans.action.actualCost")), List.of(1.2f, 1.0f, 2.6f, 1.0f, 1.0f, 1.0f), rows,
                msg.get("plans.actions.none")));
        return blocks;
    }

    private static String format(NumberFormat money, BigDecimal v) {
        return v == null ? "–" : money.format(v);
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "–" : s;
    }
}
