package dev.rapport.store;

import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.plan.Objectives;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanStatus;
import dev.rapport.domain.plan.YearEndReview;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A plan row without its SWOT and actions; {@link PlanDao} adds them. */
public final class PlanMapper implements RowMapper<Plan> {
    @Override
    public Plan map(ResultSet rs, StatementContext ctx) throws SQLException {
        Objectives objectives = new Objectives(rs.getBigDecimal("revenue_target"), rs.getBigDecimal("share_target"),
                Columns.enumOrNull(rs, "target_level", RelationshipLevel.class),
                Columns.intOrNull(rs, "target_satisfaction"), rs.getString("goals"));
        YearEndReview review = new YearEndReview(rs.getBigDecimal("actual_revenue"), rs.getBigDecimal("actual_share"),
                Columns.enumOrNull(rs, "level_reached", RelationshipLevel.class),
                Columns.intOrNull(rs, "actual_satisfaction"), rs.getString("conclusion"),
                rs.getObject("reviewed_on", LocalDate.class));
        return new Plan(rs.getLong("id"), rs.getLong("account_id"), rs.getInt("plan_year"),
                PlanStatus.valueOf(rs.getString("status")), objectives, null, rs.getString("strategy"),
                rs.getBigDecimal("budget"), List.of(), review, Columns.instant(rs, "created_at"),
                Columns.instant(rs, "updated_at"), rs.getLong("row_version"));
    }
}
