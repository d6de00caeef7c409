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
    private static final List<Class<?>> DAOS = List.of(AccountDao.class, ContactDao.class, FamilyDao.class,
            ImportantDateDao.class, GiftDao.class, PlanDao.class, ExitDao.class, InteractionDao.class);

    /**
     * Statements that may change rows without naming a version, by their start, with the reason.
     * Each is either a child row of an aggregate, written only inside a write whose parent version
     * was checked first in the same transaction, or a derived column no editor writes.
     */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            // children replaced inside a version-checked update of their parent (the parent guards the whole)
            Map.entry("DELETE FROM account_tag WHERE account_id", "tags: AccountRepository.update checks the account"),
            Map.entry("DELETE FROM contact_point WHERE contact_id", "phones, e-mails: ContactRepository.update checks"),
            // KNOWN GAP (issue 17 follow-up): the preference tags are written only by the memory pane (the contact
            // editor never writes them), so no other editor can lose them, but two memory panes of one person can
            // still overwrite each other's tags: Preferences carries no version yet
            Map.entry("DELETE FROM contact_tag WHERE contact_id", "preference tags: not version-checked yet"),
            Map.entry("DELETE FROM plan_swot WHERE plan_id", "SWOT: PlanRepository.update checks the plan"),
            Map.entry("DELETE FROM plan_action WHERE id", "actions removed: PlanRepository.update checks the plan"),
            Map.entry("DELETE FROM plan_action_contact WHERE action_id", "an action's people: its plan or the"
                    + " action itself was checked"),
            Map.entry("DELETE FROM interaction_contact WHERE interaction_id", "the people of a log entry:"
                    + " InteractionRepository checks the entry"),
            // the parent's version bumped after a child was written under its own checked version
            Map.entry("UPDATE plan SET updated_at = :now, row_version = row_version + 1 WHERE id = :id",
                    "touchPlan: after updateAction checked the action's version"),
            // one flag set to the value the user chose, no other field touched: nothing typed can be lost; it bumps
            // the version, so an editor of the entry opened before is refused
            Map.entry("UPDATE interaction SET follow_up_done = :done, updated_at = :now, row_version = row_version + 1",
                    "the follow-up tick in the agenda and the timeline"),
            // derived columns, recomputed from the contact log or the exits; no editor writes them
            Map.entry("UPDATE account SET last_contact_at", "derived from the contact log"),
            Map.entry("UPDATE contact SET last_contact_at", "derived from the contact log"),
            Map.entry("UPDATE account SET customer_since", "derived from the exits and the first order"));

    private static final Pattern WRITE = Pattern.compile("^\\s*(UPDATE|DELETE)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHECKED = Pattern.compile("\\brow_version\\s*=\\s*:version\\b");
    /** A string literal in the store's sources that starts an UPDATE or a DELETE (string-built SQL). */
    private static final Pattern LITERAL = Pattern.compile("\"((?:UPDATE|DELETE)\\s[^\"]*)\"");

    @Test
    void everyUpdateAndDeleteInTheStoreNamesTheVersionItRead() throws IOException {
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
                statements.put(literal.group(1), source.getFileName().toString());
            }
        }
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
