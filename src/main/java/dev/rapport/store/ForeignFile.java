package dev.rapport.store;

import dev.rapport.domain.DataCounts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The one way Rapport opens a database file that came from outside the data folder (a backup to
 * restore, including Rapport's own, which could have been swapped on a USB stick): its schema
 * table is checked without H2 ({@link SchemaCheck}), and only a file holding exactly one version
 * of Rapport's schema, with the Flyway history of that version, is opened, read-only, to count
 * what it holds.
 */
final class ForeignFile {
    private static final int LOGGED_STATEMENTS = 5;
    private static final int LOGGED_LENGTH = 300;

    private ForeignFile() {
    }

    /**
     * @param file a copy of the file in a folder of Rapport's own (nobody else changes it meanwhile)
     * @return what it holds
     * @throws CannotOpenException NOT_RAPPORT when it is not Rapport's schema; DAMAGED, TIMED_OUT or
     *                             a password reason when it cannot be read
     */
    static DataCounts check(Path file, DatabaseKey key, Duration timeout) {
        boolean encrypted = FileProbe.isEncrypted(file);
        if (encrypted && !key.encrypts()) {
            throw new CannotOpenException(file, CannotOpenException.Reason.PASSWORD_REQUIRED, null);
        }
        DatabaseKey used = encrypted ? key : DatabaseKey.NONE;
        List<SchemaCheck.Statement> statements = FileProbe.limited(file, encrypted, timeout,
                () -> SchemaCheck.statements(file, used));
        SchemaCheck.Match match = SchemaCheck.match(statements, ReferenceSchema.BUNDLED);
        if (!match.matches() && match.truncated()) {
            LoggerFactory.getLogger(ForeignFile.class).warn("refused {}: part of Rapport's schema is missing", file.getFileName());
            throw new CannotOpenException(file, CannotOpenException.Reason.DAMAGED, null);
        }
        if (!match.matches()) {
            refuse(file, "its schema is not Rapport's", match.unexplained());
        }
        String stem = file.getFileName().toString();
        Path stemPath = file.resolveSibling(stem.substring(0, stem.length() - Database.FILE_SUFFIX.length()));
        return FileProbe.open(stemPath, used, timeout, c -> {
            List<ReferenceSchema.HistoryRow> history = ReferenceSchema.readHistory(c);
            List<ReferenceSchema.HistoryRow> expected = ReferenceSchema.BUNDLED.history(match.version());
            if (!history.equals(expected)) {
                refuse(file, "its migration history is not Rapport's", history.stream().map(Object::toString).toList());
            }
            return FileProbe.count(c);
        });
    }

    private static void refuse(Path file, String why, List<String> what) {
        LoggerFactory.getLogger(ForeignFile.class).warn("refused {}: {}; first differences: {}", file.getFileName(),
                why, what.stream().limit(LOGGED_STATEMENTS)
                        .map(s -> s.length() > LOGGED_LENGTH ? s.substring(0, LOGGED_LENGTH) + "…" : s).toList());
        throw new CannotOpenException(file, CannotOpenException.Reason.NOT_RAPPORT, null);
    }
}
