package dev.rapport.store;

import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.PlanAction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** An action row without its contacts; {@link PlanDao} adds them. */
public final class PlanActionMapper implements RowMapper<PlanAction> {
    @Override
    public PlanAction map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new PlanAction(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("title"),
                RelationshipLevel.valueOf(rs.getString("level")), ActionType.valueOf(rs.getString("action_type")),
                YearMonth.from(rs.getObject("action_month", LocalDate.class)),
                rs.getObject("action_date", LocalDate.class), rs.getString("owner"), List.of(),
                rs.getBigDecimal("budget"), ActionStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("actual_cost"), Columns.intOrNull(rs, "effect"), rs.getString("notes"),
                rs.getBoolean("recurring"), rs.getObject("done_on", LocalDate.class),
                rs.getLong("row_version"));
    }
}
