package dev.rapport.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the classes the screens are made of on a background thread while the rep reads Today, so
 * the first open of Accounts or the Planner does not wait for the class loader on the FX thread: on
 * a cold start class loading was a third of a first open's stall (issue 18). It only loads (no
 * static initializers run), once per start, and gives up quietly on anything it cannot read: all
 * it buys is speed.
 */
final class ClassWarmer {
    private static final Logger LOG = LoggerFactory.getLogger(ClassWarmer.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /** Package prefixes (as paths) of each library whose classes the screens use, with a class of it. */
    private static final List<Source> SOURCES = List.of(
            new Source(ClassWarmer.class, List.of("dev/rapport/ui/", "dev/rapport/app/")),
            new Source(javafx.scene.control.Control.class, List.of("javafx/scene/control/",
                    "com/sun/javafx/scene/control/", "javafx/scene/chart/")),
            new Source(org.controlsfx.control.CheckComboBox.class, List.of("org/controlsfx/control/",
                    "impl/org/controlsfx/skin/")));

    private ClassWarmer() {
    }

    record Source(Class<?> anchor, List<String> prefixes) {
    }

    /** Starts the warming once per start of the app; later calls do nothing. */
    static void startOnce() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            icons();
            int loaded = warm(SOURCES, ClassWarmer.class.getClassLoader());
            LOG.debug("warmed {} classes in {} ms", loaded, (System.nanoTime() - t0) / 1_000_000);
        }, "rapport-class-warmer");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * The icon sets the window's frame uses first: each set's first icon initializes an enum of a few
     * thousand names and loads the icon font, a tenth of a second the frame paid on the FX thread.
     * An icon not yet in a scene may be made on any thread.
     */
    static void icons() {
        for (String code : ICON_SETS) {
            try {
                new org.kordamp.ikonli.javafx.FontIcon(code);
            } catch (RuntimeException e) {
                LOG.debug("icon set {} not warmed", code, e);
            }
        }
    }

    /** An icon of each set the screens use (mdi2a- to mdi2w-); the frame's come first. */
    private static final List<String> ICON_SETS = List.of("mdi2w-white-balance-sunny", "mdi2b-briefcase-outline",
            "mdi2a-account-multiple-outline", "mdi2c-calendar-month-outline", "mdi2d-delete-outline",
            "mdi2e-exit-run", "mdi2f-file-pdf-box", "mdi2g-gift-outline", "mdi2h-history", "mdi2i-image-outline",
            "mdi2m-magnify", "mdi2p-pencil-outline");

    /** Loads every class under the sources' prefixes; returns how many it loaded. */
    static int warm(List<Source> sources, ClassLoader loader) {
        int loaded = 0;
        for (Source source : sources) {
            for (String name : classNames(source)) {
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class this runtime leaves out (another platform's); the screen never needs it
                }
            }
        }
        return loaded;
    }

    /** The binary names of the classes under the source's prefixes, in its jar, folder or runtime module. */
    static List<String> classNames(Source source) {
        try {
            CodeSource code = source.anchor().getProtectionDomain().getCodeSource();
            if (code == null || code.getLocation() == null) {
                return List.of();
            }
            URI where = code.getLocation().toURI();
            List<String> paths = new ArrayList<>();
            if ("jrt".equals(where.getScheme())) {
                FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
                Path module = jrt.getPath("modules", where.getPath().replaceFirst("^/", ""));
                try (Stream<Path> files = Files.walk(module)) {
                    files.forEach(f -> paths.add(module.relativize(f).toString()));
                }
            } else if (Files.isDirectory(Path.of(where))) {
                Path root = Path.of(where);
                try (Stream<Path> files = Files.walk(root)) {
                    files.forEach(f -> paths.add(root.relativize(f).toString().replace('\\', '/')));
                }
            } else {
                try (JarFile jar = new JarFile(Path.of(where).toFile())) {
                    jar.stream().map(JarEntry::getName).forEach(paths::add);
                }
            }
            return paths.stream().filter(p -> p.endsWith(".class") && !p.endsWith("module-info.class")
                            && source.prefixes().stream().anyMatch(p::startsWith))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.')).sorted().toList();
        } catch (IOException | URISyntaxException | UncheckedIOException | SecurityException
                | java.nio.file.FileSystemNotFoundException | IllegalArgumentException e) {
            LOG.debug("cannot list the classes of {}", source.anchor().getName(), e);
            return Collections.emptyList();
        }
    }
}
