package dev.rapport.exchange.image;

import dev.rapport.files.AtomicFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes pixels (ARGB, row by row) as a PNG file through {@link AtomicFile}: whole or not at all,
 * and on the disk when it returns.
 */
public final class PngImages {
    private PngImages() {
    }

    public static void write(int[] argb, int width, int height, Path target) throws IOException {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("pixels " + argb.length + " for " + width + " x " + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        try {
            AtomicFile.write(target, out -> {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer");
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
