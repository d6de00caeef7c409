package dev.rapport.store;

import dev.rapport.files.AtomicFile;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's preferences for this machine (language, window position), in a small text file
 * beside the database. It is read before the database opens, so the "already open" message
 * is already in the user's language. Written to a temporary file, forced to the disk and
 * renamed, so neither a crash nor a power cut leaves it half-written or loses a saved change.
 */
public final class MachinePreferencesFile {
    private static final Logger LOG = LoggerFactory.getLogger(MachinePreferencesFile.class);
    public static final String FILE_NAME = "preferences.properties";

    private final Path file;
    private final Properties values = new Properties();

    private MachinePreferencesFile(Path file) {
        this.file = file;
    }

    public static MachinePreferencesFile load(Path dataDir) {
        MachinePreferencesFile prefs = new MachinePreferencesFile(dataDir.resolve(FILE_NAME));
        // a byte that is not UTF-8 (a hand edit, a disk error) spoils its own line only: a strict
        // reader threw the whole file away, and the next save wrote the defaults over every setting
        try (Reader r = new java.io.InputStreamReader(Files.newInputStream(prefs.file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE))) {
            prefs.values.load(r);
        } catch (NoSuchFileException e) {
            // first run: defaults
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("preferences unreadable, using defaults: {}", prefs.file, e);
        }
        return prefs;
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    public synchronized void save() {
        try {
            AtomicFile.writeText(file, w -> values.store(w, "Rapport preferences"));
        } catch (IOException e) {
            throw StorageFaults.translate(new StoreException("cannot save preferences " + file, e), file.getParent());
        }
    }
}
