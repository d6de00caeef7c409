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
    private static final Logger LOG = LoggerFactory.getLogger(Fonts.class);
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
                LOG.error("bundled font missing: {}", RESOURCE);
                return;
            }
            Font[] fonts = Font.loadFonts(in, 13);
            loaded = fonts != null && fonts.length > 0;
            LOG.info("loaded bundled font: {}", loaded ? fonts[0].getFamily() : "none");
        } catch (IOException e) {
            LOG.error("cannot load bundled font", e);
        }
    }
}
