package dev.rapport.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.rapport.arch.fixture.FluentSqlRepository;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, one Jdbi style in store/: every query and update of the data goes through a Jdbi SQL
 * Object per aggregate (the *Dao interfaces), never through a handle's fluent statements or JDBC.
 * Only the classes that administer the database file itself (open, back up, force to disk,
 * probe and check a foreign file, export and import every table) run SQL of their own.
 */
class StoreSqlStyleTest {
    /**
     * The administration classes, and why each runs its own SQL: none of it reads or writes one
     * aggregate's rows.
     */
    static final Map<String, String> ADMINISTRATION = Map.of(
            "dev.rapport.store.Database", "BACKUP TO and CHECKPOINT SYNC, as the admin user",
            "dev.rapport.store.FileProbe", "counts and INFORMATION_SCHEMA checks over a raw connection to a file "
                    + "that may be foreign, before any Jdbi opens it",
            "dev.rapport.store.PortableData", "export and import of every table, whatever its columns, by JDBC batches",
            "dev.rapport.store.ReferenceSchema", "Flyway's history and SHUTDOWN of a throw-away in-memory reference database",
            "dev.rapport.store.SchemaVersion", "Flyway's history, read before migrating");

    /** The statements a handle or a JDBC connection runs; a SQL Object's proxy runs them for the DAOs. */
    private static final Map<String, Set<String>> RAW_SQL = Map.of(
            "org.jdbi.v3.core.Handle", Set.of("createQuery", "createUpdate", "execute", "createScript", "prepareBatch",
                    "createCall", "select", "queryMetadata"),
            "java.sql.Connection", Set.of("createStatement", "prepareStatement", "prepareCall", "nativeSQL"),
            "java.sql.Statement", Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch"),
            "java.sql.PreparedStatement", Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate"));

    private static final DescribedPredicate<JavaMethodCall> RUNS_SQL = DescribedPredicate.describe(
            "runs SQL outside a Jdbi SQL Object (Handle.createQuery/createUpdate/execute/createScript/prepareBatch, "
                    + "or JDBC statements)",
            call -> RAW_SQL.getOrDefault(call.getTargetOwner().getName(), Set.of()).contains(call.getName()));

    private static final DescribedPredicate<JavaClass> ADMINISTERS_THE_FILE = DescribedPredicate.describe(
            "administers the database file", c -> ADMINISTRATION.containsKey(c.getName().split("\\$")[0]));

    static ArchRule oneJdbiStyle(String storePackage) {
        return noClasses().that().resideInAPackage(storePackage).and(DescribedPredicate.not(ADMINISTERS_THE_FILE))
                .should().callMethodWhere(RUNS_SQL)
                .because("store/ reads and writes data through one Jdbi SQL Object per aggregate (*Dao); "
                        + "dynamic parts are @Define'd from fixed text and values bound (issue 18)");
    }

    @Test
    void storeRunsItsDataSqlOnlyThroughSqlObjects() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.rapport.store");
        oneJdbiStyle("dev.rapport.store..").check(main);
    }

    @Test
    void aRepositoryWithAFluentQueryBreaksTheRule() {
        JavaClasses fixture = new ClassFileImporter().importClasses(FluentSqlRepository.class);
        assertThatThrownBy(() -> oneJdbiStyle("dev.rapport.arch.fixture..").check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("createQuery");
    }
}
