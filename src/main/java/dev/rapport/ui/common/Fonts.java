package dev.rapport.ui.common;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled font that covers Chinese and Latin, loaded before any window so that Chinese
 * never renders as boxes on a machine without CJK fonts. The PDF export embeds the same file.
 */
public final class Fonts {
    public static final String RESOURCE = "/dev/rapport/fonts/wqy-microhei.ttc";
    public static final String FAMILY = "WenQuanYi Micro Hei";
    private static volatile boolean loaded;

    private Fonts() {
    }

    /** Loads the font once per process; later calls do nothing. */
    public static synchronized void loadBundled() {
        if (loaded) {
            return;
        }
        try (InputStream in = Fonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                log().error("bundled font missing: {}", RESOURCE);
                return;
            }
            Font[] fonts = Font.loadFonts(in, 13);
            loaded = fonts != null && fonts.length > 0;
            log().info("loaded bundled font: {}", loaded ? fonts[0].getFamily() : "none");
        } catch (IOException e) {
            log().error("cannot load bundled font", e);
        }
    }

    /**
     * Not a static field: this class is loaded on the way to the window, and a logger there would
     * start Logback on the critical path; the data folder's opener thread starts it meanwhile.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(Fonts.class);
    }
}
