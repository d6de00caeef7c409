package dev.rapport.store;

import dev.rapport.domain.AccountExit;
import dev.rapport.domain.AccountSegment;
import dev.rapport.domain.ExitReason;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.Tier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Exit records and the few account columns churn needs. Exits of deleted accounts are left out. */
@RegisterRowMapper(ExitDao.ExitMapper.class)
public interface ExitDao {

    @SqlUpdate("INSERT INTO account_exit (account_id, exited_on, reason, reason_text, revenue_at_exit,"
            + " margin_pct_at_exit, avoidable, win_back_plan, reactivated_on, tier_at_exit, party_type_at_exit,"
            + " industry_at_exit, created_at, changed_by) VALUES (:accountId, :exitedOn, :reasonName, :reasonText,"
            + " :revenueAtExit, :marginPctAtExit, :avoidable, :winBackPlan, :reactivatedOn, :tierAtExit,"
            + " :partyTypeAtExit, :industryAtExit, :now, :changedBy)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods AccountExit exit, @Bind("reasonName") String reason, @Bind("tierAtExit") String tier,
            @Bind("partyTypeAtExit") String partyType, @Bind("industryAtExit") String industry,
            @Bind("now") OffsetDateTime now, @Bind("changedBy") String changedBy);

    @SqlQuery("SELECT * FROM account_exit WHERE account_id = :id ORDER BY exited_on, id")
    List<AccountExit> ofAccount(@Bind("id") long accountId);

    @SqlQuery("SELECT e.* FROM account_exit e JOIN account a ON a.id = e.account_id WHERE a.deleted_at IS NULL"
            + " ORDER BY e.exited_on, e.id")
    List<AccountExit> all();

    @SqlUpdate("UPDATE account_exit SET reactivated_on = :day, row_version = row_version + 1, changed_by = :changedBy"
            + " WHERE id = :id AND row_version = :version AND reactivated_on IS NULL")
    int reactivate(@Bind("id") long exitId, @Bind("version") long version, @Bind("day") LocalDate day,
            @Bind("changedBy") String changedBy);

    /** Takes a reactivation back (its undo): the exit is open again, as it was before. */
    @SqlUpdate("UPDATE account_exit SET reactivated_on = NULL, row_version = row_version + 1, changed_by = :changedBy"
            + " WHERE id = :id AND row_version = :version AND reactivated_on IS NOT NULL")
    int unreactivate(@Bind("id") long exitId, @Bind("version") long version, @Bind("changedBy") String changedBy);

    /** Changes what the user typed in an exit; the segment at exit and the reactivation day stay. */
    @SqlUpdate("UPDATE account_exit SET exited_on = :exitedOn, reason = :reasonName, reason_text = :reasonText,"
            + " revenue_at_exit = :revenueAtExit, margin_pct_at_exit = :marginPctAtExit, avoidable = :avoidable,"
            + " win_back_plan = :winBackPlan, row_version = row_version + 1, changed_by = :changedBy WHERE id = :id AND account_id = :accountId AND row_version = :version")
    int update(@BindMethods AccountExit exit, @Bind("reasonName") String reason, @Bind("changedBy") String changedBy);

    @SqlQuery("SELECT customer_since FROM account WHERE id = :id")
    LocalDate customerSinceOf(@Bind("id") long accountId);

    @SqlUpdate("DELETE FROM account_exit WHERE id = :id AND row_version = :version")
    int delete(@Bind("id") long exitId, @Bind("version") long version);

    @SqlUpdate("UPDATE account SET customer_since = :since WHERE id = :id")
    int setCustomerSince(@Bind("id") long accountId, @Bind("since") LocalDate since);

    @SqlQuery("SELECT id, customer_since FROM account WHERE deleted_at IS NULL AND customer_since IS NOT NULL")
    List<Map<String, Object>> customerSinceRows();

    /** Per account, how many of the key buying roles a person still there holds. */
    @SqlQuery("SELECT c.account_id, COUNT(DISTINCT c.buying_role) AS roles FROM contact c"
            + " WHERE c.deleted_at IS NULL AND c.left_account = FALSE"
            + " AND c.buying_role IN ('DECISION_MAKER', 'INFLUENCER', 'CHAMPION') GROUP BY c.account_id")
    List<Map<String, Object>> keyRoleRows();

    /** Contacts logged per account since a moment (RFM frequency). */
    @SqlQuery("SELECT account_id, COUNT(*) AS n FROM interaction WHERE deleted_at IS NULL AND happened_at >= :from"
            + " GROUP BY account_id")
    List<Map<String, Object>> interactionCountRows(@Bind("from") java.time.LocalDateTime from);

    /** Contacts logged per account, channel and month of a period (the Insights chart). */
    @SqlQuery("SELECT account_id, channel, MONTH(happened_at) AS m, COUNT(*) AS n FROM interaction"
            + " WHERE deleted_at IS NULL AND happened_at >= :from AND happened_at < :to"
            + " GROUP BY account_id, channel, MONTH(happened_at)")
    List<Map<String, Object>> interactionMonthRows(@Bind("from") java.time.LocalDateTime from,
            @Bind("to") java.time.LocalDateTime to);

    /** Maps an exit row. */
    final class ExitMapper implements RowMapper<AccountExit> {
        @Override
        public AccountExit map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new AccountExit(rs.getLong("id"), rs.getLong("account_id"),
                    rs.getObject("exited_on", LocalDate.class), ExitReason.valueOf(rs.getString("reason")),
                    rs.getString("reason_text"), rs.getBigDecimal("revenue_at_exit"),
                    rs.getBigDecimal("margin_pct_at_exit"), rs.getBoolean("avoidable"), rs.getString("win_back_plan"),
                    rs.getObject("reactivated_on", LocalDate.class), segment(rs), rs.getLong("row_version"));
        }

        /** The segment at exit; null when it was never recorded (the columns are nullable since V6). */
        private static AccountSegment segment(ResultSet rs) throws SQLException {
            String tier = rs.getString("tier_at_exit");
            String partyType = rs.getString("party_type_at_exit");
            return tier == null || partyType == null ? null
                    : new AccountSegment(Tier.valueOf(tier), PartyType.valueOf(partyType), rs.getString("industry_at_exit"));
        }
    }
}
