package dev.rapport.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Tells, without starting Flyway, whether a database already has every migration this build
 * carries. Flyway's start (class loading, scanning, validating) was the largest part of opening
 * the data folder; on a normal start there is nothing to migrate, so it is only started when the
 * schema is behind, or when anything here is unsure (then Flyway decides, as always).
 */
final class SchemaVersion {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[^/]*\\.sql");
    private static final String LOCATION = "db/migration";
    // Plain JDBC, not a SQL Object: Flyway's own table, read at open to tell whether Flyway need start at all (issue 18).
    private static final String HISTORY = "SELECT \"version\", \"success\" FROM \"flyway_schema_history\"";

    private SchemaVersion() {
    }

    /** True only when the schema history shows the newest bundled migration applied and no failure. */
    static boolean upToDate(DataSource pool, ClassLoader loader) {
        Optional<Integer> bundled = newestBundled(loader);
        if (bundled.isEmpty()) {
            return false;
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(HISTORY)) {
            int newest = -1;
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                String version = rs.getString(1);
                if (version != null && version.matches("\\d+")) {
                    newest = Math.max(newest, Integer.parseInt(version));
                }
            }
            return newest == bundled.get();
        } catch (SQLException e) {
            return false; // a new database has no history table yet
        }
    }

    /** The highest Vn of the migrations on the class path, from a folder or a jar. */
    static Optional<Integer> newestBundled(ClassLoader loader) {
        try {
            int newest = -1;
            Enumeration<URL> roots = loader.getResources(LOCATION);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                for (String name : names(root)) {
                    Matcher m = VERSIONED.matcher(name);
                    if (m.matches()) {
                        newest = Math.max(newest, Integer.parseInt(m.group(1)));
                    }
                }
            }
            return newest < 0 ? Optional.empty() : Optional.of(newest);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> names(URL root) throws IOException, URISyntaxException {
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                return files.map(p -> p.getFileName().toString()).toList();
            }
        }
        if ("jar".equals(root.getProtocol()) && root.openConnection() instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            try (JarFile file = jar.getJarFile()) {
                String prefix = LOCATION + "/";
                return file.stream().map(JarEntry::getName).filter(n -> n.startsWith(prefix))
                        .map(n -> n.substring(prefix.length())).filter(n -> !n.contains("/")).toList();
            }
        }
        throw new IOException("unknown kind of class path entry: " + root);
    }
}
