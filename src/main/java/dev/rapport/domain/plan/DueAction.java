package dev.rapport.domain.plan;

import dev.rapport.domain.Account;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An open action due this month or already overdue, with its account. */
public record DueAction(Account account, Plan plan, PlanAction action, boolean overdue) {

    /**
     * The open actions of this month and the overdue ones (due before today), the most overdue
     * first, then by account name. Plans already closed are left out.
     */
    public static List<DueAction> of(List<PlannedAccount> rows, PlannerFilter filter, LocalDate today) {
        YearMonth thisMonth = YearMonth.from(today);
        List<DueAction> out = new ArrayList<>();
        for (PlannedAccount row : rows) {
            if (row.plan().status() == PlanStatus.CLOSED) {
                // a closed plan's open actions were left behind on purpose (or carried forward)
                continue;
            }
            for (PlanAction a : row.plan().actions()) {
                if (!a.isOpen() || !filter.test(row.account(), a)) {
                    continue;
                }
                boolean overdue = a.dueBy().isBefore(today);
                if (overdue || a.month().equals(thisMonth)) {
                    out.add(new DueAction(row.account(), row.plan(), a, overdue));
                }
            }
        }
        out.sort(Comparator.comparing((DueAction d) -> d.action().dueBy())
                .thenComparing(d -> d.account().name()));
        return out;
    }
}
