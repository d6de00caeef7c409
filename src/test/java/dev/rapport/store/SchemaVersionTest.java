package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up shortcut past Flyway is taken only when nothing is left to migrate. */
class SchemaVersionTest {
    @TempDir
    Path dir;

    private static int newestInSources() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }

    @Test
    void theNewestBundledMigrationIsFoundInFoldersAndInJars() throws Exception {
        assertThat(SchemaVersion.newestBundled(getClass().getClassLoader())).contains(newestInSources());

        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // as Maven writes it: with entries for the folders
            for (String name : new String[] {"db/", "db/migration/", "db/migration/V1__a.sql", "db/migration/V12__b.sql",
                "db/migration/R__repeatable.sql", "db/other/V99__elsewhere.sql"}) {
                out.putNextEntry(new JarEntry(name));
                out.write("SELECT 1;".getBytes());
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(SchemaVersion.newestBundled(loader)).contains(12);
        }
        try (URLClassLoader nothing = new URLClassLoader(new URL[0], null)) {
            assertThat(SchemaVersion.newestBundled(nothing)).as("unsure, so Flyway decides").isEmpty();
        }
    }

    @Test
    void aCurrentDatabaseIsUpToDateAndANewOrOlderOneIsNot() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Database.open(data)) {
            org.h2.jdbcx.JdbcConnectionPool pool = poolOf(db);
            String newest = Integer.toString(newestInSources());
            assertThat(SchemaVersion.upToDate(pool, getClass().getClassLoader())).isTrue();
            db.withHandle(h -> h.execute(
                    "UPDATE \"flyway_schema_history\" SET \"version\" = '0' WHERE \"version\" = ?",
                    newest));
            assertThat(SchemaVersion.upToDate(pool, getClass().getClassLoader())).isFalse();
        }
        try (Database fresh = Database.open(dir.resolve("other"))) {
            // DDL: only the admin pool may (everyday work runs without admin rights)
            org.jdbi.v3.core.Jdbi.create(adminOf(fresh)).useHandle(h -> h.execute("DROP TABLE \"flyway_schema_history\""));
            assertThat(SchemaVersion.upToDate(poolOf(fresh), getClass().getClassLoader())).isFalse();
        }
    }

    private static org.h2.jdbcx.JdbcConnectionPool poolOf(Database db) throws Exception {
        return field(db, "pool");
    }

    static org.h2.jdbcx.JdbcConnectionPool adminOf(Database db) throws Exception {
        return field(db, "admin");
    }

    private static org.h2.jdbcx.JdbcConnectionPool field(Database db, String name) throws Exception {
        java.lang.reflect.Field f = Database.class.getDeclaredField(name);
        f.setAccessible(true);
        return (org.h2.jdbcx.JdbcConnectionPool) f.get(db);
    }
}
