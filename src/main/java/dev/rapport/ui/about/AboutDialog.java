package dev.rapport.ui.about;

import dev.rapport.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Which Rapport this is, under which licence, and whose work it is built on. */
public final class AboutDialog extends Dialog<Void> {
    static final String NOTICES = "/dev/rapport/about/THIRD-PARTY.txt";

    public AboutDialog(Window owner, Messages msg, String version, String stylesheet) {
        initOwner(owner);
        setTitle(msg.get("about.title"));
        Label name = new Label(msg.get("app.title") + " " + version);
        name.getStyleClass().add("section-title");
        name.setId(AboutIds.VERSION);
        Label licence = new Label(msg.get("about.licence"));
        licence.setWrapText(true);
        Label thirdParty = new Label(msg.get("about.thirdParty"));
        thirdParty.getStyleClass().add("subsection-title");
        TextArea notices = new TextArea(notices());
        notices.setId(AboutIds.NOTICES);
        notices.setEditable(false);
        notices.setWrapText(true);
        notices.setPrefSize(560, 260);
        VBox content = new VBox(10, name, licence, thirdParty, notices);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().getStylesheets().add(stylesheet);
        getDialogPane().getButtonTypes().add(new ButtonType(msg.get("action.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    static String notices() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(NOTICES)) {
            if (in == null) {
                throw new IllegalStateException(NOTICES + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + NOTICES, e);
        }
    }
}
