package dev.rapport.ui.pages;

import dev.rapport.ui.memory.FamilyMemberEditorIds;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The family member editor as a test fills it in, by the ids the editor publishes. */
public final class FamilyMemberEditorPage {
    private final FxRobot robot;

    public FamilyMemberEditorPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    public FamilyMemberEditorPage typeName(String name) {
        robot.clickOn(id(FamilyMemberEditorIds.NAME)).write(name);
        return this;
    }

    /** Chooses the birthday's month (1-12) and day in their boxes. */
    public FamilyMemberEditorPage chooseBirthday(int month, int day) {
        robot.interact(() -> {
            robot.lookup(id(FamilyMemberEditorIds.MONTH)).queryComboBox().getSelectionModel().select((Object) month);
            robot.lookup(id(FamilyMemberEditorIds.DAY)).queryComboBox().getSelectionModel().select((Object) day);
        });
        return this;
    }

    public FamilyMemberEditorPage typeYear(String year) {
        robot.clickOn(id(FamilyMemberEditorIds.YEAR)).write(year);
        return this;
    }

    public void save() {
        robot.clickOn(id(FamilyMemberEditorIds.SAVE));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
