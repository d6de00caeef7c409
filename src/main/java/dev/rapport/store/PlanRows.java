package dev.rapport.store;

import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Plans and actions flattened into their columns, for binding. */
public final class PlanRows {
    private PlanRows() {
    }

    /** The columns of a plan row. */
    public record PlanRow(Long id, long accountId, int year, String status, BigDecimal revenueTarget,
            BigDecimal shareTarget, String targetLevel, Integer targetSatisfaction, String goals, String strategy,
            BigDecimal budget, BigDecimal actualRevenue, BigDecimal actualShare, String levelReached,
            Integer actualSatisfaction, String conclusion, LocalDate reviewedOn, long version) {

        static PlanRow of(Plan p) {
            return new PlanRow(p.id(), p.accountId(), p.year(), p.status().name(), p.objectives().revenueTarget(),
                    p.objectives().shareOfWalletTarget(), Columns.name(p.objectives().targetLevel()),
                    p.objectives().targetSatisfaction(), p.objectives().goals(), p.strategy(), p.budget(),
                    p.review().actualRevenue(), p.review().actualShareOfWallet(),
                    Columns.name(p.review().levelReached()), p.review().actualSatisfaction(),
                    p.review().conclusion(), p.review().reviewedOn(), p.version());
        }
    }

    /** The columns of an action row. */
    public record ActionRow(Long id, long planId, int position, String title, String level, String type,
            LocalDate month, LocalDate date, String owner, BigDecimal budget, String status, BigDecimal actualCost,
            Integer effect, String notes, boolean recurring, LocalDate doneOn, long version) {

        static ActionRow of(PlanAction a, long planId, int position) {
            return new ActionRow(a.id(), planId, position, a.title(), a.level().name(), a.type().name(),
                    a.month().atDay(1), a.date(), a.owner(), a.budget(), a.status().name(), a.actualCost(),
                    a.effect(), a.notes(), a.recurring(), a.doneOn(), a.version());
        }
    }
}
