package dev.rapport.ui.pages;

import dev.rapport.domain.Language;
import dev.rapport.ui.settings.SettingsIds;
import dev.rapport.ui.today.TodaySettingsIds;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Settings screen's own rows: language, data folder, version and About. */
public final class SettingsPage {
    private final FxRobot robot;

    public SettingsPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    /** Picks a language from the box by its own name, as the user reads it there. */
    public void chooseLanguage(Language language) {
        robot.clickOn(id(SettingsIds.LANGUAGE));
        robot.clickOn(language.nativeName());
        WaitForAsyncUtils.waitForFxEvents();
    }

    public Language language() {
        return robot.lookup(id(SettingsIds.LANGUAGE)).<ComboBox<Language>>query().getValue();
    }

    public boolean restartHintShows() {
        return robot.lookup(id(SettingsIds.RESTART_HINT)).query().isVisible();
    }

    public String dataFolder() {
        return robot.lookup(id(SettingsIds.DATA_FOLDER)).<TextField>query().getText();
    }

    /** The editor of Today's days ahead (Today's settings block on this screen). */
    public TextField daysAheadEditor() {
        return robot.lookup(id(TodaySettingsIds.DAYS)).<Spinner<?>>query().getEditor();
    }

    public String version() {
        return robot.lookup(id(SettingsIds.VERSION)).queryLabeled().getText();
    }
}
