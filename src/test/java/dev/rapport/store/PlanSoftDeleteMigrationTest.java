package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.domain.plan.Plan;
import java.nio.file.Path;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V7: plans kept before soft delete stay visible, and one live plan per account and year still holds. */
class PlanSoftDeleteMigrationTest {
    @TempDir
    Path data;

    @Test
    void plansMadeBeforeVersion7StayAndTheOnePlanPerYearRuleCountsOnlyPlansNotDeleted() {
        // a data folder as Rapport left it at version 6, with one plan and one action
        JdbcConnectionPool pool = JdbcConnectionPool.create(Database.url(data, DatabaseKey.NONE, false, "file:"),
                "sa", DatabaseKey.NONE.h2Password());
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("6").load().migrate();
            Jdbi.create(pool).useHandle(h -> {
                h.execute("INSERT INTO account (id, name, party_type, tier, stage, level, created_at, updated_at)"
                        + " VALUES (1, '华为技术', 'CUSTOMER', 'A', 'GROWTH', 'SOCIAL', NOW(), NOW())");
                h.execute("INSERT INTO plan (id, account_id, plan_year, status, created_at, updated_at)"
                        + " VALUES (7, 1, 2026, 'ACTIVE', NOW(), NOW())");
                h.execute("INSERT INTO plan_action (id, plan_id, position, title, level, action_type, action_month,"
                        + " status) VALUES (70, 7, 0, '端午礼品', 'SOCIAL', 'GIFT', DATE '2026-06-01', 'PLANNED')");
            });
        } finally {
            pool.dispose();
        }

        try (Database db = Database.open(data)) {
            PlanRepository plans = new PlanRepository(db, Clock.systemUTC());
            assertThat(plans.findFor(1, 2026)).map(Plan::id).contains(7L);
            assertThat(plans.findAction(70)).isPresent();

            long deleted = plans.softDelete(7, plans.find(7).orElseThrow().version());
            assertThat(plans.findFor(1, 2026)).isEmpty();
            assertThat(plans.forYear(2026)).isEmpty();
            Plan again = plans.insert(Plan.draft(1, 2026));
            // two live plans for one year are still refused by the database itself
            assertThatThrownBy(() -> db.withHandle(h -> h.execute("UPDATE plan SET deleted_at = NULL WHERE id = 7")))
                    .isInstanceOf(RuntimeException.class);
            plans.softDelete(again.id(), again.version());
            plans.restore(7, deleted);
            assertThat(plans.find(7)).map(p -> p.actions().get(0).id()).contains(70L);
        }
    }
}
