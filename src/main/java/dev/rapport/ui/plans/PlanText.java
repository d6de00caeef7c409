package dev.rapport.ui.plans;

import dev.rapport.domain.plan.LevelFigures;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlanReview;
import dev.rapport.i18n.Messages;
import dev.rapport.ui.common.Formats;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** How plans and actions are worded on screen. */
public final class PlanText {
    private PlanText() {
    }

    /** "May 2026" or the day, "2026年5月" in Chinese. */
    public static String when(PlanAction a, Formats formats, Messages msg) {
        if (a.date() != null) {
            return formats.date(a.date());
        }
        String pattern = "zh".equals(msg.locale().getLanguage()) ? "yyyy年M月" : "MMM yyyy";
        return DateTimeFormatter.ofPattern(pattern, msg.locale()).format(a.month());
    }

    /** "3 of 8 actions done · 4,500 of 10,000 budget used (45%)". */
    public static String progress(PlanReview r, Formats formats, Messages msg) {
        LevelFigures t = r.total();
        String done = msg.get("plans.progress.done", t.done(), t.planned());
        if (r.planBudget() == null) {
            return done + " · " + msg.get("plans.progress.spent", formats.money(t.actual()));
        }
        BigDecimal pct = r.budgetUsedPct();
        return done + " · " + msg.get("plans.progress.budget", formats.money(t.actual()), formats.money(r.planBudget()),
                pct == null ? "—" : formats.decimal(pct));
    }

    /** Why the budget is flagged, or empty. */
    public static String budgetFlag(PlanReview r, Formats formats, Messages msg) {
        List<String> parts = new ArrayList<>();
        if (r.plannedExceedsBudget()) {
            parts.add(msg.get("plans.flag.planned", formats.money(r.total().budget()), formats.money(r.planBudget())));
        }
        if (r.actualExceedsBudget()) {
            parts.add(msg.get("plans.flag.actual", formats.money(r.total().actual()), formats.money(r.planBudget())));
        }
        return String.join(" ", parts);
    }

    /** Revenue, share of wallet and level reached against the objectives, where both are known. */
    public static String targets(PlanReview r, Formats formats, Messages msg) {
        List<String> parts = new ArrayList<>();
        if (r.revenueAchievedPct() != null) {
            parts.add(msg.get("plans.review.revenueAchieved", formats.decimal(r.revenueAchievedPct())));
        }
        if (r.shareOfWalletGap() != null) {
            parts.add(msg.get("plans.review.shareGap", formats.decimal(r.shareOfWalletGap())));
        }
        if (r.levelTargetMet() != null) {
            parts.add(msg.get(r.levelTargetMet() ? "plans.review.levelMet" : "plans.review.levelMissed",
                    msg.of(r.objectives().targetLevel())));
        }
        return parts.isEmpty() ? msg.get("plans.review.noTargets") : String.join("\n", parts);
    }
}
