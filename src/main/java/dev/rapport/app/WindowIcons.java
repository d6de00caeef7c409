package dev.rapport.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import org.slf4j.LoggerFactory;

/** The window's icon in the sizes desktops ask for (taskbar, title bar, task switcher). */
final class WindowIcons {
    private WindowIcons() {
    }

    /** Decodes them; an Image may be made on any thread, so the launcher's main thread does it. */
    static List<Image> load() {
        List<Image> images = new ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            try (InputStream in = WindowIcons.class.getResourceAsStream("/dev/rapport/icons/rapport-" + size + ".png")) {
                if (in != null) {
                    images.add(new Image(in));
                }
            } catch (IOException e) {
                LoggerFactory.getLogger(WindowIcons.class).warn("icon {} unreadable", size, e);
            }
        }
        return images;
    }
}
