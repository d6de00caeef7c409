package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.Test;

/**
 * No code path writes a record without checking the version it was read at (issue 17): every UPDATE
 * and DELETE in store/ names {@code row_version = :version}, in the SQL Object annotations and in
 * the SQL the store builds as strings, except the statements in {@link #ALLOWED}, each with why.
 */
class VersionedWritesTest {
    /** The DAOs: every SQL Object interface of the store. */
    private static final List<Class<?>> DAOS = List.of(AccountDao.class, ContactDao.class, ContactTagDao.class,
            FamilyDao.class, ImportantDateDao.class, GiftDao.class, PlanDao.class, ExitDao.class, InteractionDao.class,
            SettingDao.class, ConflictDao.class);

    /**
     * Statements that may change rows without naming a version, by their start, with the reason.
     * Each is either a child row of an aggregate, written only inside a write whose parent version
     * was checked first in the same transaction, or a derived column no editor writes.
     */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            // children replaced inside a version-checked update of their parent (the parent guards the whole)
            Map.entry("DELETE FROM account_tag WHERE account_id", "tags: AccountRepository.update checks the account"),
            Map.entry("DELETE FROM contact_point WHERE contact_id", "phones, e-mails: ContactRepository.update checks"),
            Map.entry("DELETE FROM contact_tag WHERE contact_id", "preference tags: ContactInterestsRepository.save checks"
                    + " the tags' own version (tags_version) first"),
            Map.entry("DELETE FROM plan_swot WHERE plan_id", "SWOT: PlanRepository.update checks the plan"),
            Map.entry("DELETE FROM plan_action WHERE id", "actions removed: PlanRepository.update checks the plan"),
            Map.entry("DELETE FROM plan_action_contact WHERE action_id", "an action's people: its plan or the"
                    + " action itself was checked"),
            Map.entry("DELETE FROM interaction_contact WHERE interaction_id", "the people of a log entry:"
                    + " InteractionRepository checks the entry"),
            // the parent's version bumped after a child was written under its own checked version
            Map.entry("UPDATE plan SET updated_at = :now, row_version = row_version + 1, changed_by = :changedBy"
                    + " WHERE id = :id",
                    "touchPlan: after updateAction checked the action's version"),
            // derived columns, recomputed from the contact log or the exits; no editor writes them
            Map.entry("UPDATE account SET last_contact_at", "derived from the contact log"),
            Map.entry("UPDATE contact SET last_contact_at", "derived from the contact log"),
            Map.entry("UPDATE account SET customer_since", "derived from the exits and the first order"));

    private static final Pattern WRITE = Pattern.compile("^\\s*(UPDATE|DELETE)\\b", Pattern.CASE_INSENSITIVE);
    /** A row's version, or the version of a person's preference tags (decision 0017), named as read. */
    private static final Pattern CHECKED = Pattern.compile("\\b(?:row|tags)_version\\s*=\\s*:version\\b");
    /**
     * String-built SQL in the store's sources: a literal that starts an INSERT, UPDATE or DELETE and the
     * literals and constants (COLUMNS...) concatenated to it, so a statement split over lines is read whole.
     */
    private static final Pattern LITERAL = Pattern.compile(
            "\"((?:INSERT|UPDATE|DELETE)\\s[^\"]*)\"((?:\\s*\\+\\s*(?:\"[^\"]*\"|[A-Z][A-Za-z]*\\.[A-Z_]+))*)");
    private static final Pattern PART = Pattern.compile("\"([^\"]*)\"|[A-Z][A-Za-z]*\\.[A-Z_]+");
    /** The tables with row versions (decision 0014): each row says who wrote its version (decision 0017). */
    private static final List<String> VERSIONED = List.of("account", "contact", "family_member", "important_date",
            "gift", "gift_idea", "plan", "plan_action", "account_exit", "interaction");
    private static final Pattern BUMPS_ROW = Pattern.compile("\\brow_version\\s*=\\s*row_version\\s*\\+\\s*1");
    private static final Pattern WRITES_WHO = Pattern.compile("(?<!tags_)\\bchanged_by\\s*=\\s*:changedBy\\b");
    private static final Pattern BUMPS_TAGS = Pattern.compile("\\btags_version\\s*=\\s*tags_version\\s*\\+\\s*1");
    private static final Pattern WRITES_TAGS_WHO = Pattern.compile("\\btags_changed_by\\s*=\\s*:changedBy\\b");
    private static final Pattern INSERT_INTO = Pattern.compile("^\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyUpdateAndDeleteInTheStoreNamesTheVersionItRead() throws IOException {
        Map<String, String> statements = writes();
        List<String> unchecked = new ArrayList<>();
        int writes = 0;
        for (Map.Entry<String, String> s : statements.entrySet()) {
            if (!WRITE.matcher(s.getKey()).find()) {
                continue;
            }
            writes++;
            if (!CHECKED.matcher(s.getKey()).find() && ALLOWED.keySet().stream().noneMatch(s.getKey()::startsWith)) {
                unchecked.add(s.getValue() + ": " + s.getKey());
            }
        }
        assertThat(writes).as("the scan found the store's writes").isGreaterThan(30);
        assertThat(unchecked).as("writes that do not name the version they read").isEmpty();
    }

    /**
     * Who made the newer change (decision 0017): every statement that bumps a row's version also says who
     * wrote it, every insert into a versioned table too, and a write of a person's tags says who wrote them.
     * A version without its writer would make a refused save name the wrong origin, or an older one.
     */
    @Test
    void everyWriteThatSetsOrBumpsAVersionSaysWhoWroteIt() throws IOException {
        List<String> silent = new ArrayList<>();
        int bumps = 0;
        int inserts = 0;
        for (Map.Entry<String, String> s : writes().entrySet()) {
            String sql = s.getKey();
            if (BUMPS_ROW.matcher(sql).find()) {
                bumps++;
                if (!WRITES_WHO.matcher(sql).find()) {
                    silent.add(s.getValue() + ": " + sql);
                }
            }
            if (BUMPS_TAGS.matcher(sql).find() && !WRITES_TAGS_WHO.matcher(sql).find()) {
                silent.add(s.getValue() + ": " + sql);
            }
            Matcher insert = INSERT_INTO.matcher(sql);
            if (insert.find() && VERSIONED.contains(insert.group(1).toLowerCase(Locale.ROOT))) {
                inserts++;
                if (!sql.contains("changed_by") || !sql.contains(":changedBy")) {
                    silent.add(s.getValue() + ": " + sql);
                }
            }
        }
        assertThat(bumps).as("the scan found the version bumps").isGreaterThan(25);
        // the batch import (InteractionDao.insertRows) runs insertRow's own SQL, so it is counted once with it
        assertThat(inserts).as("the scan found an insert into each versioned table")
                .isGreaterThanOrEqualTo(VERSIONED.size());
        assertThat(silent).as("writes of a version that do not say who wrote it").isEmpty();
    }

    /** Every INSERT, UPDATE and DELETE of the store: its SQL, and where it is. */
    private static Map<String, String> writes() throws IOException {
        Map<String, String> statements = new TreeMap<>();
        for (Class<?> dao : DAOS) {
            for (Method m : dao.getDeclaredMethods()) {
                SqlUpdate update = m.getAnnotation(SqlUpdate.class);
                if (update != null) {
                    statements.put(update.value(), dao.getSimpleName() + "." + m.getName());
                }
                SqlBatch batch = m.getAnnotation(SqlBatch.class);
                if (batch != null) {
                    statements.put(batch.value(), dao.getSimpleName() + "." + m.getName());
                }
            }
        }
        for (Path source : storeSources()) {
            if (source.getFileName().toString().endsWith("Dao.java")) {
                continue; // their SQL was read above, whole, from the annotations
            }
            Matcher literal = LITERAL.matcher(Files.readString(source));
            while (literal.find()) {
                StringBuilder sql = new StringBuilder(literal.group(1));
                Matcher part = PART.matcher(literal.group(2));
                while (part.find()) {
                    // a constant (a column list) stands as itself: its SQL is checked where it is declared
                    sql.append(part.group(1) != null ? part.group(1) : " " + part.group() + " ");
                }
                statements.put(sql.toString(), source.getFileName().toString());
            }
        }
        return statements;
    }

    /** A DAO left out of {@link #DAOS} would escape every check above: its source is skipped by the scan. */
    @Test
    void theScanReadsEveryDaoOfTheStore() throws IOException {
        List<String> daos = storeSources().stream().map(f -> f.getFileName().toString())
                .filter(f -> f.endsWith("Dao.java")).map(f -> f.substring(0, f.length() - ".java".length())).toList();
        assertThat(DAOS.stream().map(Class::getSimpleName).toList()).containsExactlyInAnyOrderElementsOf(daos);
    }

    @Test
    void theAllowListNamesOnlyStatementsThatExist() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Class<?> dao : DAOS) {
            for (Method m : dao.getDeclaredMethods()) {
                SqlUpdate update = m.getAnnotation(SqlUpdate.class);
                if (update != null) {
                    all.append(update.value()).append('\n');
                }
                SqlBatch batch = m.getAnnotation(SqlBatch.class);
                if (batch != null) {
                    all.append(batch.value()).append('\n');
                }
            }
        }
        for (Path source : storeSources()) {
            all.append(Files.readString(source)).append('\n');
        }
        for (String allowed : ALLOWED.keySet()) {
            assertThat(all.toString()).as("allowed statement still in the store").contains(allowed);
        }
    }

    private static List<Path> storeSources() throws IOException {
        Path store = Path.of("src/main/java/dev/rapport/store");
        try (Stream<Path> files = Files.list(store)) {
            return files.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".java")).sorted().toList();
        }
    }
}
