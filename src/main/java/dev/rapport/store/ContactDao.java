package dev.rapport.store;

import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** People at accounts, with their phones and e-mails. A contact of a deleted account is hidden with it. */
@RegisterRowMapper(ContactMapper.class)
public interface ContactDao {
    String ACTIVE = "c.deleted_at IS NULL AND a.deleted_at IS NULL";
    String PHONE = "PHONE";
    String EMAIL = "EMAIL";

    @SqlQuery("SELECT c.* FROM contact c JOIN account a ON a.id = c.account_id WHERE " + ACTIVE
            + " ORDER BY c.name")
    List<Contact> activeRows();

    @SqlQuery("SELECT c.* FROM contact c JOIN account a ON a.id = c.account_id WHERE " + ACTIVE
            + " AND c.account_id = :accountId ORDER BY c.left_account, c.name")
    List<Contact> rowsOf(@Bind("accountId") long accountId);

    @SqlQuery("SELECT c.* FROM contact c JOIN account a ON a.id = c.account_id WHERE " + ACTIVE
            + " AND c.id = :id")
    Optional<Contact> row(@Bind("id") long id);

    @SqlQuery("SELECT p.contact_id, p.medium, p.kind, p.point FROM contact_point p"
            + " JOIN contact c ON c.id = p.contact_id JOIN account a ON a.id = c.account_id WHERE " + ACTIVE
            + " ORDER BY p.contact_id, p.medium, p.position")
    List<Map<String, Object>> activePoints();

    @SqlQuery("SELECT p.contact_id, p.medium, p.kind, p.point FROM contact_point p"
            + " JOIN contact c ON c.id = p.contact_id WHERE c.account_id = :accountId"
            + " ORDER BY p.contact_id, p.medium, p.position")
    List<Map<String, Object>> pointsOfAccount(@Bind("accountId") long accountId);

    @SqlQuery("SELECT contact_id, medium, kind, point FROM contact_point WHERE contact_id = :id"
            + " ORDER BY medium, position")
    List<Map<String, Object>> pointsOf(@Bind("id") long id);

    @SqlQuery("SELECT c.account_id, c.name FROM contact c WHERE c.deleted_at IS NULL ORDER BY c.name")
    List<Map<String, Object>> activeNames();

    @SqlUpdate("INSERT INTO contact (account_id, name, title, department, buying_role, address,"
            + " preferred_channel, birthday_month, birthday_day, birthday_year, interests, notes,"
            + " left_account, left_on, created_at, updated_at, changed_by) VALUES (:accountId, :name, :title,"
            + " :department, :buyingRole, :address, :preferredChannel, :month, :day, :year, :interests,"
            + " :notes, :leftAccount, :leftOn, :now, :now, :changedBy)")
    @GetGeneratedKeys("id")
    long insertRow(@BindMethods Contact contact, @Bind("month") Integer month, @Bind("day") Integer day,
            @Bind("year") Integer year, @Bind("now") OffsetDateTime now, @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE contact SET account_id = :accountId, name = :name, title = :title,"
            + " department = :department, buying_role = :buyingRole, address = :address,"
            + " preferred_channel = :preferredChannel, birthday_month = :month, birthday_day = :day,"
            + " birthday_year = :year, interests = :interests, notes = :notes,"
            + " left_account = :leftAccount, left_on = :leftOn, updated_at = :now,"
            + " row_version = row_version + 1, changed_by = :changedBy"
            + " WHERE id = :id AND row_version = :version AND deleted_at IS NULL")
    int updateRow(@BindMethods Contact contact, @Bind("month") Integer month, @Bind("day") Integer day,
            @Bind("year") Integer year, @Bind("now") OffsetDateTime now, @Bind("changedBy") String changedBy);

    @SqlUpdate("DELETE FROM contact_point WHERE contact_id = :id")
    void deletePoints(@Bind("id") long id);

    @SqlBatch("INSERT INTO contact_point (contact_id, medium, position, kind, point)"
            + " VALUES (:id, :medium, :position, :kind, :point)")
    void insertPoints(@Bind("id") long id, @Bind("medium") List<String> media,
            @Bind("position") List<Integer> positions, @Bind("kind") List<String> kinds,
            @Bind("point") List<String> points);

    @SqlUpdate("UPDATE contact SET deleted_at = :now, updated_at = :now, row_version = row_version + 1,"
            + " changed_by = :changedBy WHERE id = :id AND row_version = :version AND deleted_at IS NULL")
    int softDelete(@Bind("id") long id, @Bind("version") long version, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE contact SET deleted_at = NULL, updated_at = :now, row_version = row_version + 1,"
            + " changed_by = :changedBy WHERE id = :id AND row_version = :version AND deleted_at IS NOT NULL")
    int restore(@Bind("id") long id, @Bind("version") long version, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);


    default void replacePoints(Contact contact) {
        deletePoints(contact.id());
        List<String> media = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> values = new ArrayList<>();
        add(PHONE, contact.phones(), media, positions, kinds, values);
        add(EMAIL, contact.emails(), media, positions, kinds, values);
        if (!media.isEmpty()) {
            insertPoints(contact.id(), media, positions, kinds, values);
        }
    }

    private static void add(String medium, List<ContactPoint> points, List<String> media,
            List<Integer> positions, List<String> kinds, List<String> values) {
        for (int i = 0; i < points.size(); i++) {
            media.add(medium);
            positions.add(i);
            kinds.add(points.get(i).kind().name());
            values.add(points.get(i).value());
        }
    }

    /** Puts each contact's phones and e-mails (rows ordered by contact) back on the contacts. */
    static List<Contact> withPoints(List<Contact> contacts, List<Map<String, Object>> pointRows) {
        Map<Long, List<ContactPoint>> phones = new HashMap<>();
        Map<Long, List<ContactPoint>> emails = new HashMap<>();
        for (Map<String, Object> row : pointRows) {
            long id = ((Number) row.get("contact_id")).longValue();
            ContactPoint p = new ContactPoint(ContactPoint.Kind.valueOf((String) row.get("kind")),
                    (String) row.get("point"));
            (PHONE.equals(row.get("medium")) ? phones : emails)
                    .computeIfAbsent(id, k -> new ArrayList<>()).add(p);
        }
        List<Contact> out = new ArrayList<>(contacts.size());
        for (Contact c : contacts) {
            out.add(c.withPoints(phones.getOrDefault(c.id(), List.of()), emails.getOrDefault(c.id(), List.of())));
        }
        return out;
    }
}
