package dev.rapport.store;

import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Sentiment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** An interaction row without its people; {@link InteractionRepository} adds them. */
public final class InteractionMapper implements RowMapper<Interaction> {
    @Override
    public Interaction map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Interaction(
                rs.getLong("id"),
                rs.getObject("happened_at", LocalDateTime.class),
                rs.getLong("account_id"),
                List.of(),
                InteractionChannel.valueOf(rs.getString("channel")),
                rs.getString("subject"),
                rs.getString("notes"),
                rs.getString("outcome"),
                Sentiment.valueOf(rs.getString("sentiment")),
                rs.getBigDecimal("cost"),
                rs.getObject("follow_up_on", LocalDate.class),
                rs.getString("follow_up_what"),
                rs.getBoolean("follow_up_done"),
                Columns.enumOrNull(rs, "complaint_status", ComplaintStatus.class),
                rs.getString("resolution"),
                rs.getObject("resolved_on", LocalDate.class),
                Columns.instant(rs, "created_at"),
                Columns.instant(rs, "updated_at"), rs.getLong("row_version"));
    }
}
