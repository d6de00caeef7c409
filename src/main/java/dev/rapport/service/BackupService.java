package dev.rapport.service;

import dev.rapport.domain.BackupRotation;
import dev.rapport.store.BackupArchive;
import dev.rapport.domain.DataCounts;
import dev.rapport.store.Database;
import dev.rapport.store.DatabaseKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs the open database up: on demand, once a day while Rapport runs, and when it closes;
 * into backups/ in the data folder or a folder the user chose. Each backup is verified before
 * it gets its name, and old ones are thinned out (7 daily, 4 weekly, 12 monthly by default).
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    static final String FOLDER_KEY = "backup.folder";
    static final String REGULAR = "rapport-";
    static final String BEFORE_RESTORE = "before-restore-";
    /** "Back up now" in the window: kept until the user deletes it, never thinned out. */
    static final String BY_HAND = "by-hand-";
    static final int KEEP_BEFORE_RESTORE = 5;
    public static final Duration INTERVAL = Duration.ofDays(1);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Database db;
    private final DatabaseKey key;
    private final MachinePreferencesService settings;
    private final Clock clock;
    private final BackupRotation rotation;

    public BackupService(Database db, DatabaseKey key, MachinePreferencesService settings, Clock clock) {
        this(db, key, settings, clock, BackupRotation.DEFAULT);
    }

    public BackupService(Database db, DatabaseKey key, MachinePreferencesService settings, Clock clock,
            BackupRotation rotation) {
        this.db = db;
        this.key = key;
        this.settings = settings;
        this.clock = clock;
        this.rotation = rotation;
    }

    /** Where backups go: the user's choice, else backups/ in the data folder. */
    public Path folder() {
        return folder(db.dataDir(), settings);
    }

    static Path folder(Path dataDir, MachinePreferencesService settings) {
        return settings.text(FOLDER_KEY).map(Path::of).orElse(dataDir.resolve("backups"));
    }

    /** Sends future backups to another folder (null: back to the data folder's backups/). */
    public void setFolder(Path folder) {
        settings.remember(Map.of(FOLDER_KEY, folder == null ? "" : folder.toAbsolutePath().toString()));
    }

    /** Backs up now into the backup folder and thins out old backups. */
    public Backup backupNow() {
        Backup made = backupTo(freshName(folder(), REGULAR), "regular");
        rotate();
        return made;
    }

    /**
     * "Back up now": a backup in the backup folder that the rotation never thins out, so it never
     * replaces another (listed as saved by hand).
     */
    public Backup backupByHand() {
        Backup made = backupTo(freshName(folder(), BY_HAND), "manual");
        rotate(); // tidies what a killed backup left; by-hand backups are not rotated
        return made;
    }

    /** Backs up to a file of the caller's choosing (not rotated). */
    public Backup backupTo(Path target) {
        return backupTo(target, "manual");
    }

    private Backup backupTo(Path target, String kind) {
        try {
            return of(BackupArchive.write(db, target.toAbsolutePath(), key, kind, clock));
        } catch (RuntimeException e) {
            throw SafetyException.of(e, "safety.error.backup");
        }
    }

    /** Backs up when the newest regular backup is a day old or there is none; used by the app's timer. */
    public Optional<Backup> backupIfDue() {
        return due() ? Optional.of(backupNow()) : Optional.empty();
    }

    /**
     * Whether the newest regular backup is a day old or there is none: a look at the backup folder,
     * so the app's timer can ask without queueing a backup behind the user's work for nothing.
     */
    public boolean due() {
        Optional<Backup> newest = list().stream().filter(b -> b.file().getFileName().toString().startsWith(REGULAR))
                .findFirst();
        return newest.isEmpty() || !newest.get().created().plus(INTERVAL).isAfter(clock.instant());
    }

    /** The backups in the backup folder, newest first. */
    public List<Backup> list() {
        return list(folder());
    }

    static List<Backup> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip"))
                    .map(BackupArchive::read).flatMap(Optional::stream).map(BackupService::of)
                    .sorted(Comparator.comparing(Backup::created).reversed()).toList();
        } catch (IOException e) {
            LOG.warn("cannot list backups in {}", folder, e);
            return List.of();
        }
    }

    /** What the open database holds now, to show what a restore would replace. */
    public DataCounts current() {
        return db.counts();
    }

    /** Whether backups are encrypted (they are when the database is). */
    public boolean encrypted() {
        return db.encrypted();
    }

    /** Writes the whole database as a portable data file (rows only, never SQL) in a zip. */
    public void exportData(Path target) {
        try {
            db.exportData(target);
        } catch (RuntimeException e) {
            throw SafetyException.of(e, "safety.error.export");
        }
    }

    /** Deletes the regular backups the rotation does not keep, and all but the newest few kept before restores. */
    void rotate() {
        List<Backup> all = list();
        List<Backup> regular = all.stream().filter(b -> b.file().getFileName().toString().startsWith(REGULAR)).toList();
        ZoneId zone = clock.getZone();
        Set<LocalDateTime> keep = rotation.keep(regular.stream()
                .map(b -> LocalDateTime.ofInstant(b.created(), zone)).toList());
        List<Backup> drop = new ArrayList<>();
        for (Backup b : regular) {
            if (!keep.contains(LocalDateTime.ofInstant(b.created(), zone))) {
                drop.add(b);
            }
        }
        all.stream().filter(b -> b.file().getFileName().toString().startsWith(BEFORE_RESTORE))
                .skip(KEEP_BEFORE_RESTORE).forEach(drop::add);
        for (Backup b : drop) {
            try {
                Files.deleteIfExists(b.file());
                LOG.info("rotated out backup {}", b.file().getFileName());
            } catch (IOException e) {
                LOG.warn("cannot delete old backup {}", b.file().getFileName(), e);
            }
        }
        removeUnfinished(folder());
    }

    /**
     * Deletes the half-written copies a backup killed midway left behind (name.zip.tmp and the
     * copy inside it, and Rapport 1.0's .verify-* check folders): never finished, never listed,
     * they would only fill the disk, and a check folder holds an unencrypted copy of a plain database. An hour old
     * at least, so that a backup another thread is writing right now is left alone.
     */
    private void removeUnfinished(Path folder) {
        java.time.Instant hourAgo = clock.instant().minus(java.time.Duration.ofHours(1));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (!Files.getLastModifiedTime(f).toInstant().isBefore(hourAgo)) {
                    continue;
                }
                if (name.contains(".zip.tmp")) {
                    Files.deleteIfExists(f);
                    LOG.info("removed an unfinished backup copy {}", name);
                } else if (name.startsWith(".verify-") && Files.isDirectory(f)) {
                    // Rapport 1.0 checked backups beside them; a killed check left a full copy of the data
                    dev.rapport.store.BackupArchive.deleteFolder(f);
                    LOG.info("removed the copy a killed backup check left behind {}", name);
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot tidy unfinished backups in {}", folder, e);
        }
    }

    Path freshName(Path folder, String prefix) {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path target = folder.resolve(prefix + stamp + ".zip");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(prefix + stamp + "-" + n + ".zip");
        }
        return target;
    }

    static Backup of(BackupArchive.Info i) {
        return new Backup(i.file(), i.created(), i.size(), i.accounts(), i.contacts(), i.encrypted(), i.kind());
    }
}
