package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.PlanAction;
import dev.rapport.domain.plan.PlanRules;
import dev.rapport.domain.plan.PlanStatus;
import dev.rapport.domain.plan.PlannedAccount;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPlanDataTest {
    @TempDir
    Path dataDir;

    @Test
    void sampleDataGivesEveryAAndBAccountThisAndLastYearsPlanWithEveryStatusAtEveryLevel() {
        Clock clock = Clock.fixed(Instant.parse("2026-06-10T09:00:00Z"), ZoneOffset.UTC);
        try (AppContext ctx = AppContext.open(dataDir, clock)) {
            ctx.demo().generate(40, 80, Progress.NONE);
            long keyAccounts = ctx.accounts().list().stream().filter(i -> i.account().tier() != Tier.C).count();
            List<PlannedAccount> lastYear = ctx.plans().planner(2025);
            List<PlannedAccount> thisYear = ctx.plans().planner(2026);
            assertThat(lastYear).hasSize((int) keyAccounts);
            assertThat(thisYear).hasSize((int) keyAccounts);
            assertThat(lastYear).allSatisfy(p -> {
                assertThat(p.account().tier()).isNotEqualTo(Tier.C);
                assertThat(p.plan().status()).isEqualTo(PlanStatus.CLOSED);
                assertThat(PlanRules.check(p.plan())).isEmpty();
            });
            List<PlanAction> all = new ArrayList<>();
            lastYear.forEach(p -> all.addAll(p.plan().actions()));
            thisYear.forEach(p -> all.addAll(p.plan().actions()));
            for (RelationshipLevel level : RelationshipLevel.values()) {
                Set<ActionStatus> statuses = all.stream().filter(a -> a.level() == level).map(PlanAction::status)
                        .collect(Collectors.toSet());
                assertThat(statuses).as("statuses at %s", level).isEqualTo(EnumSet.allOf(ActionStatus.class));
            }
            assertThat(all).filteredOn(a -> a.status() == ActionStatus.DONE)
                    .allSatisfy(a -> assertThat(a.actualCost()).isNotNull());
            assertThat(lastYear).anyMatch(p -> p.plan().figures().plannedExceedsBudget())
                    .anyMatch(p -> !p.plan().figures().budgetFlagged());
            assertThat(ctx.plans().due(dev.rapport.domain.plan.PlannerFilter.ALL)).isNotEmpty();
        }
    }
}
