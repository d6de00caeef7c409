package dev.rapport.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.Version;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.pages.AboutPage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class AboutDialogTest {
    @TempDir
    Path dataDir;

    @Test
    void f1ShowsTheVersionTheLicenceAndTheBundledFontsLicence() {
        FxRobot robot = new FxRobot();
        try (RunningApp app = RunningApp.open(dataDir)) {
            AboutPage about = AboutPage.openWithF1(robot);
            assertThat(about.version()).endsWith(Version.current());
            assertThat(about.notices()).contains("WenQuanYi Micro Hei").contains("H2 Database Engine");
            about.close();
        }
    }
}
