package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.AccountExit;
import dev.rapport.domain.AccountSegment;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.Tier;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V6: exits recorded before the segment was kept get the account's values of the day of the upgrade. */
class ExitSegmentMigrationTest {
    @TempDir
    Path data;

    @Test
    void exitsRecordedBeforeVersion6AreFilledFromTheAccountsAsTheyAreWhenTheAppIsUpgraded() {
        // a data folder as Rapport left it at version 5, with two exits
        JdbcConnectionPool pool = JdbcConnectionPool.create(Database.url(data, DatabaseKey.NONE, false, "file:"),
                "sa", DatabaseKey.NONE.h2Password());
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("5").load().migrate();
            Jdbi.create(pool).useHandle(h -> {
                h.execute("INSERT INTO account (id, name, party_type, tier, stage, level, industry, created_at, updated_at)"
                        + " VALUES (1, '华为技术', 'CUSTOMER', 'A', 'EXITED', 'SOCIAL', '通信设备', NOW(), NOW()),"
                        + " (2, 'Contoso Components', 'DISTRIBUTOR', 'C', 'RECOVERY', 'FINANCIAL', '', NOW(), NOW())");
                h.execute("INSERT INTO account_exit (account_id, exited_on, reason, revenue_at_exit, margin_pct_at_exit,"
                        + " reactivated_on, created_at) VALUES (1, DATE '2025-06-30', 'PRICE', 1000, 10, NULL, NOW()),"
                        + " (2, DATE '2024-03-01', 'PRODUCT', 50, 5, DATE '2024-09-01', NOW()),"
                        + " (2, DATE '2025-02-01', 'OTHER', 50, 5, NULL, NOW())");
            });
        } finally {
            pool.dispose();
        }

        try (Database db = Database.open(data)) {
            RetentionRepository exits = new RetentionRepository(db, Clock.systemUTC());
            assertThat(exits.exitsOf(1)).extracting(AccountExit::segmentAtExit)
                    .containsExactly(new AccountSegment(Tier.A, PartyType.CUSTOMER, "通信设备"));
            assertThat(exits.exitsOf(2)).extracting(AccountExit::segmentAtExit).containsOnly(
                    new AccountSegment(Tier.C, PartyType.DISTRIBUTOR, "")).hasSize(2);
            // the columns stay nullable: no row is left without values, none is invented either
            List<Long> unfilled = db.withHandle(h -> h.createQuery("SELECT id FROM account_exit WHERE tier_at_exit IS NULL"
                    + " OR party_type_at_exit IS NULL OR industry_at_exit IS NULL").mapTo(Long.class).list());
            assertThat(unfilled).isEmpty();
        }
    }
}
