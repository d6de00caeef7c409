package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.PlanAction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanProgressTest {
    private static PlanAction action(int month, ActionStatus status) {
        return PlanAction.planned("拜访 visit", RelationshipLevel.SOCIAL, ActionType.OTHER, YearMonth.of(2026, month))
                .withStatus(status);
    }

    @Test
    void progressIsTheShareOfDueActionsDoneAndAnEarlyDoneActionCounts() {
        LocalDate midApril = LocalDate.of(2026, 4, 15);
        assertThat(PlanProgress.of(List.of(action(1, ActionStatus.DONE), action(2, ActionStatus.PLANNED),
                action(3, ActionStatus.POSTPONED), action(3, ActionStatus.CANCELLED), action(9, ActionStatus.DONE),
                action(10, ActionStatus.PLANNED)), midApril)).isEqualByComparingTo("0.5");
    }

    @Test
    void aPlanWithNothingDueYetHasNoProgressToJudge() {
        assertThat(PlanProgress.of(List.of(action(6, ActionStatus.PLANNED)), LocalDate.of(2026, 1, 10))).isNull();
        assertThat(PlanProgress.of(List.of(), LocalDate.of(2026, 1, 10))).isNull();
    }
}
