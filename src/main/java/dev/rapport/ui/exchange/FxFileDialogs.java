package dev.rapport.ui.exchange;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The system's file choosers, starting in the folder used last. */
public final class FxFileDialogs implements FileDialogs {
    private static final Logger LOG = LoggerFactory.getLogger(FxFileDialogs.class);

    private final Supplier<Window> owner;
    private File lastFolder;

    public FxFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> openFile(String title, List<Filter> filters) {
        FileChooser chooser = chooser(title, filters);
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, List<Filter> filters) {
        FileChooser chooser = chooser(title, filters);
        chooser.setInitialFileName(initialName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(owner.get());
        if (folder == null) {
            return Optional.empty();
        }
        lastFolder = folder;
        return Optional.of(folder.toPath());
    }

    @Override
    public void open(Path file) {
        Thread opener = new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(file.toFile());
                }
            } catch (IOException | RuntimeException e) {
                LOG.info("no viewer opened {}", file, e);
            }
        }, "open-file");
        opener.setDaemon(true);
        opener.start();
    }

    private FileChooser chooser(String title, List<Filter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (Filter f : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns()));
        }
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
