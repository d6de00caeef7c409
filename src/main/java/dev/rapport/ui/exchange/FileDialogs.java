package dev.rapport.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Choosing files and folders, and showing a written file; a fake answers in tests. */
public interface FileDialogs {

    /** A kind of file the chooser offers, e.g. "CSV (*.csv)" with "*.csv". */
    record Filter(String description, List<String> patterns) {
        public Filter {
            patterns = List.copyOf(patterns);
        }
    }

    Optional<Path> openFile(String title, List<Filter> filters);

    Optional<Path> saveFile(String title, String initialName, List<Filter> filters);

    Optional<Path> chooseFolder(String title);

    /** Opens a written file with the system's viewer, where there is one. */
    void open(Path file);
}
