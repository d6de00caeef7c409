package dev.rapport.store;

import dev.rapport.domain.Account;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.RelationshipType;
import dev.rapport.domain.Tier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** An account row without its tags; {@link AccountDao} adds them. */
public final class AccountMapper implements RowMapper<Account> {
    @Override
    public Account map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("name"),
                PartyType.valueOf(rs.getString("party_type")),
                Tier.valueOf(rs.getString("tier")),
                LifecycleStage.valueOf(rs.getString("stage")),
                RelationshipLevel.valueOf(rs.getString("level")),
                Columns.enumOrNull(rs, "relationship_type", RelationshipType.class),
                rs.getString("industry"),
                rs.getString("address"),
                rs.getString("phone"),
                rs.getString("website"),
                rs.getBigDecimal("annual_revenue"),
                rs.getBigDecimal("gross_margin_pct"),
                rs.getBigDecimal("share_of_wallet_pct"),
                Columns.intOrNull(rs, "satisfaction"),
                rs.getString("owner"),
                List.of(),
                rs.getString("notes"),
                Columns.instant(rs, "created_at"),
                Columns.instant(rs, "updated_at"),
                rs.getLong("row_version"));
    }
}
