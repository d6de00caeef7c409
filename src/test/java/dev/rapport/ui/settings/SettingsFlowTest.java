package dev.rapport.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Language;
import dev.rapport.testutil.RunningApp;
import dev.rapport.ui.pages.MainWindowPage;
import dev.rapport.ui.pages.SettingsPage;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The Settings screen as built in code: its rows show what they did when it was FXML. */
class SettingsFlowTest {
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

    @Test
    void settingsShowTheDataFolderTheVersionAndTheLanguageWithoutARestartHintUntilItChanges() {
        app = RunningApp.open(dataDir);
        new MainWindowPage(robot).go("settings");
        SettingsPage settings = new SettingsPage(robot);

        assertThat(settings.dataFolder()).isEqualTo(dataDir.toString());
        assertThat(settings.version()).isEqualTo(dev.rapport.app.Version.current());
        assertThat(settings.language()).isEqualTo(app.context.settings().language());
        assertThat(settings.restartHintShows()).isFalse();

        Language other = settings.language() == Language.TRADITIONAL_CHINESE ? Language.ENGLISH
                : Language.TRADITIONAL_CHINESE;
        settings.chooseLanguage(other);

        assertThat(settings.language()).isEqualTo(other);
        assertThat(settings.restartHintShows()).isTrue();
        assertThat(app.dialogs.errors).isEmpty();
    }
}
