package dev.rapport.store;

import dev.rapport.domain.Birthday;
import dev.rapport.domain.BuyingRole;
import dev.rapport.domain.Contact;
import dev.rapport.domain.PreferredChannel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A contact row without phones and e-mails; {@link ContactDao} adds them. */
public final class ContactMapper implements RowMapper<Contact> {
    @Override
    public Contact map(ResultSet rs, StatementContext ctx) throws SQLException {
        Integer month = Columns.intOrNull(rs, "birthday_month");
        Birthday birthday = month == null ? null
                : new Birthday(MonthDay.of(month, rs.getInt("birthday_day")),
                        Columns.intOrNull(rs, "birthday_year"));
        return new Contact(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getString("name"),
                rs.getString("title"),
                rs.getString("department"),
                Columns.enumOrNull(rs, "buying_role", BuyingRole.class),
                List.of(),
                List.of(),
                rs.getString("address"),
                Columns.enumOrNull(rs, "preferred_channel", PreferredChannel.class),
                birthday,
                rs.getString("interests"),
                rs.getString("notes"),
                rs.getBoolean("left_account"),
                rs.getObject("left_on", LocalDate.class),
                Columns.instant(rs, "created_at"),
                Columns.instant(rs, "updated_at"),
                rs.getLong("row_version"));
    }
}
