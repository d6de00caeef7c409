package dev.rapport.store;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What kind of file a zip from outside is, so a refusal can say which command takes it: told by
 * its entries' names and, for a data file, its manifest read through {@link BoundedZip}. Nothing
 * in the zip is unpacked to disk, opened as a database or run.
 */
enum ZipKind {
    /** a data file written by {@code rapport export-db}: its manifest names the format */
    DATA_FILE,
    /** a backup as Rapport writes one: its record and the database file */
    BACKUP,
    /** a database file without a backup's record (another program's, or a backup's taken out) */
    DATABASE,
    /** an SQL script, as Rapport 1.0's export-db wrote */
    SQL_SCRIPT,
    /** none of these */
    OTHER;

    /**
     * @throws CannotOpenException TOO_LARGE when the data file's manifest is larger than a manifest can be
     * @throws IOException         when the manifest cannot be read
     */
    static ZipKind of(Path zip, ZipFile z) throws IOException {
        ZipEntry manifest = z.getEntry(PortableData.MANIFEST);
        if (manifest != null && isDataManifest(BoundedZip.readSmall(zip, z, manifest))) {
            return DATA_FILE;
        }
        if (z.getEntry(BackupArchive.INFO_ENTRY) != null && z.getEntry(BackupArchive.DB_ENTRY) != null) {
            return BACKUP;
        }
        boolean database = z.stream().map(e -> e.getName().toLowerCase(Locale.ROOT))
                .anyMatch(name -> name.endsWith(Database.FILE_SUFFIX) || name.endsWith(".h2.db"));
        if (database) {
            return DATABASE;
        }
        boolean script = z.stream().anyMatch(e -> e.getName().toLowerCase(Locale.ROOT).endsWith(".sql"));
        return script ? SQL_SCRIPT : OTHER; // H2's SCRIPT ... COMPRESSION ZIP names its one entry script.sql
    }

    private static boolean isDataManifest(byte[] text) throws IOException {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(text, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return PortableData.FORMAT.equals(p.getProperty("format"));
    }
}
