package dev.rapport.store;

import dev.rapport.domain.Account;
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

/** Accounts and their tags. Deleted accounts stay in the table until the delete can no longer be undone. */
@RegisterRowMapper(AccountMapper.class)
public interface AccountDao {

    String COLUMNS = "name, party_type, tier, stage, level, relationship_type, industry, address, phone,"
            + " website, annual_revenue, gross_margin_pct, share_of_wallet_pct, satisfaction, owner, notes";
    String VALUES = ":name, :partyType, :tier, :stage, :level, :relationshipType, :industry, :address,"
            + " :phone, :website, :annualRevenue, :grossMarginPct, :shareOfWalletPct, :satisfaction,"
            + " :owner, :notes";

    @SqlQuery("SELECT * FROM account WHERE deleted_at IS NULL ORDER BY name")
    List<Account> activeRows();

    @SqlQuery("SELECT * FROM account WHERE id = :id AND deleted_at IS NULL")
    Optional<Account> row(@Bind("id") long id);

    @SqlQuery("SELECT t.account_id, t.tag FROM account_tag t JOIN account a ON a.id = t.account_id"
            + " WHERE a.deleted_at IS NULL ORDER BY t.account_id, t.position")
    List<Map<String, Object>> activeTags();

    @SqlQuery("SELECT tag FROM account_tag WHERE account_id = :id ORDER BY position")
    List<String> tags(@Bind("id") long id);

    @SqlUpdate("INSERT INTO account (" + COLUMNS + ", created_at, updated_at, changed_by) VALUES (" + VALUES
            + ", :now, :now, :changedBy)")
    @GetGeneratedKeys("id")
    long insertRow(@BindMethods Account account, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE account SET name = :name, party_type = :partyType, tier = :tier, stage = :stage,"
            + " level = :level, relationship_type = :relationshipType, industry = :industry,"
            + " address = :address, phone = :phone, website = :website, annual_revenue = :annualRevenue,"
            + " gross_margin_pct = :grossMarginPct, share_of_wallet_pct = :shareOfWalletPct,"
            + " satisfaction = :satisfaction, owner = :owner, notes = :notes, updated_at = :now,"
            + " row_version = row_version + 1, changed_by = :changedBy"
            + " WHERE id = :id AND row_version = :version AND deleted_at IS NULL")
    int updateRow(@BindMethods Account account, @Bind("now") OffsetDateTime now, @Bind("changedBy") String changedBy);

    @SqlUpdate("DELETE FROM account_tag WHERE account_id = :id")
    void deleteTags(@Bind("id") long id);

    @SqlBatch("INSERT INTO account_tag (account_id, position, tag) VALUES (:id, :position, :tag)")
    void insertTags(@Bind("id") long id, @Bind("position") List<Integer> positions, @Bind("tag") List<String> tags);

    @SqlUpdate("UPDATE account SET deleted_at = :now, updated_at = :now, row_version = row_version + 1,"
            + " changed_by = :changedBy WHERE id = :id AND row_version = :version AND deleted_at IS NULL")
    int softDelete(@Bind("id") long id, @Bind("version") long version, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);

    @SqlUpdate("UPDATE account SET deleted_at = NULL, updated_at = :now, row_version = row_version + 1,"
            + " changed_by = :changedBy WHERE id = :id AND row_version = :version AND deleted_at IS NOT NULL")
    int restore(@Bind("id") long id, @Bind("version") long version, @Bind("now") OffsetDateTime now,
            @Bind("changedBy") String changedBy);

    @SqlQuery("SELECT COUNT(*) FROM account WHERE deleted_at IS NULL")
    int countActive();

    default List<Account> findAll() {
        Map<Long, List<String>> tags = new HashMap<>();
        for (Map<String, Object> row : activeTags()) {
            tags.computeIfAbsent(((Number) row.get("account_id")).longValue(), k -> new ArrayList<>())
                    .add((String) row.get("tag"));
        }
        List<Account> rows = activeRows();
        List<Account> out = new ArrayList<>(rows.size());
        for (Account a : rows) {
            out.add(a.withTags(tags.getOrDefault(a.id(), List.of())));
        }
        return out;
    }

    default Optional<Account> find(long id) {
        return row(id).map(a -> a.withTags(tags(id)));
    }

    default void replaceTags(long id, List<String> tags) {
        deleteTags(id);
        if (!tags.isEmpty()) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < tags.size(); i++) {
                positions.add(i);
            }
            insertTags(id, positions, tags);
        }
    }
}
