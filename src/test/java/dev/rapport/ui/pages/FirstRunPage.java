package dev.rapport.ui.pages;

import dev.rapport.app.FirstRunIds;
import dev.rapport.app.PasswordPromptIds;
import javafx.scene.Scene;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The first start's question: a password to encrypt the new folder with, or Not now. */
public final class FirstRunPage {
    private final FxRobot robot;

    public FirstRunPage(FxRobot robot) {
        this.robot = robot;
    }

    private static String id(String id) {
        return "#" + id;
    }

    /** Whether the question shows, read on the FX thread: read elsewhere, a dialog being shown looked shown. */
    public boolean shows() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> visible(FirstRunIds.PASSWORD) && visible(FirstRunIds.ENCRYPT))
                .get(10, TimeUnit.SECONDS);
    }

    private boolean visible(String id) {
        return robot.lookup(id(id)).match(NodeQueryUtils.isVisible()).tryQuery().isPresent();
    }

    /** The password field, when a first-start question is in the scene at all. */
    /** The password field in a window's scene; null when that window is not the first start's dialog. */
    public static Node passwordIn(Scene scene) {
        return scene.lookup(id(FirstRunIds.PASSWORD));
    }

    public Optional<Node> passwordField() {
        return robot.lookup(id(FirstRunIds.PASSWORD)).tryQuery();
    }

    public void typePassword(String text) {
        robot.clickOn(id(FirstRunIds.PASSWORD)).write(text);
    }

    public void typeRepeat(String text) {
        robot.clickOn(id(FirstRunIds.REPEAT)).write(text);
    }

    public String problem() {
        return robot.lookup(id(FirstRunIds.PROBLEM)).queryLabeled().getText();
    }

    public Node encryptButton() {
        return robot.lookup(id(FirstRunIds.ENCRYPT)).query();
    }

    public Node notNowButton() {
        return robot.lookup(id(FirstRunIds.NOT_NOW)).query();
    }

    public Optional<Node> findNotNow() {
        return robot.lookup(id(FirstRunIds.NOT_NOW)).tryQuery();
    }

    public void encrypt() {
        robot.clickOn(id(FirstRunIds.ENCRYPT));
    }

    public void notNow() {
        robot.clickOn(id(FirstRunIds.NOT_NOW));
    }

    /** Asks the question again in another language: zh-TW, zh-CN, en. */
    public void chooseLanguage(String tag) {
        robot.clickOn(id(FirstRunIds.language(tag)));
    }

    /** The busy row while the key is derived. */
    public Node working() {
        return robot.lookup(id(PasswordPromptIds.WORKING)).query();
    }

    /** Why the key could not be derived; empty while nothing failed. */
    public String failure() {
        return robot.lookup(id(PasswordPromptIds.FAILED)).queryLabeled().getText();
    }
}
