package dev.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 may not load Java classes for SQL, and Rapport's own work never needs it to. */
class H2GuardTest {
    @TempDir
    Path dir;

    @Test
    void sqlCannotReachAJavaMethod() throws SQLException {
        assertThat(H2Guard.active()).as("tests run with the same limit as the app").isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:guard", "sa", "");
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("CREATE ALIAS LOAD_LIBRARY FOR 'java.lang.System.load'"))
                    .isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getErrorCode()).isEqualTo(ErrorCode.ACCESS_DENIED_TO_CLASS_1);
            s.execute("CREATE TABLE T(ID INT)");
            assertThatThrownBy(() -> s.execute("CREATE TRIGGER TT BEFORE INSERT ON T CALL 'java.lang.Thread'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("java.lang.Thread").hasMessageContaining("is denied");
        }
    }

    @Test
    void rapportsOwnWorkRunsUnderTheLimit() {
        try (Database db = Database.open(dir.resolve("data"))) {
            BackupArchiveTest.addAccountWithContacts(db, "华为技术", "王建国");
            assertThat(db.counts().contacts()).isEqualTo(1);
        }
    }

    @Test
    void everydayWorkRunsWithoutAdminRightsSoNoStatementCanReachAFile() throws Exception {
        Path marker = dir.resolve("pwned.csv");
        Path key = dir.resolve("enc");
        for (Database db : new Database[] {Database.open(dir.resolve("plain")),
            Database.open(key, DatabaseKey.fromPassword(key, "correct horse".toCharArray()))}) {
            try (db) {
                String user = db.withHandle(h -> h.createQuery("SELECT CURRENT_USER").mapTo(String.class).one());
                assertThat(user).isEqualTo(Database.USER);
                for (String sql : new String[] {"CALL CSVWRITE('" + marker + "', 'SELECT 1')",
                    "CALL FILE_WRITE('x', '" + marker + "')", "SELECT FILE_READ('" + dir.resolve("plain/rapport.mv.db") + "')",
                    "CREATE ALIAS X FOR 'java.lang.Math.abs'", "SCRIPT TO '" + marker + "'",
                    "CREATE LINKED TABLE L('', 'jdbc:h2:mem:x', '', '', 'T')", "SET WRITE_DELAY 500"}) {
                    assertThatThrownBy(() -> db.withHandle(h -> h.execute(sql))).as(sql)
                            .hasStackTraceContaining("Admin rights are required");
                }
                // and it still does everything a user does
                BackupArchiveTest.addAccountWithContacts(db, "华为技术", "王建国");
                db.backupTo(dir.resolve("b-" + System.nanoTime() + ".zip"));
                assertThat(db.counts().contacts()).isEqualTo(1);
            }
        }
        assertThat(marker).doesNotExist();
    }
}
