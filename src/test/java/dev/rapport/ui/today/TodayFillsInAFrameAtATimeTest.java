package dev.rapport.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Tier;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.common.DirectTaskExecutor;
import dev.rapport.ui.common.FramePacer;
import dev.rapport.ui.pages.ContactLogTodayPage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Today with a large book: a hundred and thirty key accounts going quiet. The window's pacer puts
 * the rows in a few per frame (all at once they froze the window for seconds on start, issue 18),
 * and the list stops at a hundred lines with a count of the rest.
 */
class TodayFillsInAFrameAtATimeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final int QUIET = 130;

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    @Test
    void theGoingQuietRowsComeInOverSeveralFramesAndStopAtAHundredWithACountOfTheRest() throws Exception {
        app = RunningApp.open(dataDir, at(TODAY.minusDays(100)));
        for (int i = 0; i < QUIET; i++) {
            app.context.accounts().save(Account.named(String.format("客户 %03d Account", i)).withTier(Tier.A));
        }
        app.close();
        app = RunningApp.open(dataDir, at(TODAY), new DirectTaskExecutor(), new FramePacer());
        ContactLogTodayPage today = new ContactLogTodayPage(robot);

        // in one go on the FX thread, as a click would: Today shows again and reloads its lists
        int rowsAtOnce = WaitForAsyncUtils.asyncFx(() -> {
            app.window.select("accounts");
            app.window.select("today");
            return today.quietRows();
        }).get(10, TimeUnit.SECONDS);
        assertThat(rowsAtOnce).as("rows made before the first frame after the click").isBetween(1, 99);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(today::quietRows).get() == 100
                && WaitForAsyncUtils.asyncFx(today::quiet).get().contains(app.context.messages().get("today.more", QUIET - 100)));
        assertThat(today.quiet()).contains("客户 ").contains(" Account");
    }
}
