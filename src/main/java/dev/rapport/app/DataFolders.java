package dev.rapport.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Rapport keeps its data when the user does not say: the OS's per-user application-data folder. */
public final class DataFolders {
    public static final String ENV = "RAPPORT_DATA_DIR";

    private DataFolders() {
    }

    /** The folder to use: the command line's, else RAPPORT_DATA_DIR, else the OS default. */
    public static Path resolve(Path fromCommandLine, Map<String, String> env, String osName, String userHome) {
        if (fromCommandLine != null) {
            return fromCommandLine.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return osDefault(env, osName, userHome);
    }

    static Path osDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return local != null && !local.isBlank() ? Path.of(local, "Rapport")
                    : Path.of(userHome, "AppData", "Local", "Rapport");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Rapport");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "rapport");
        }
        return Path.of(userHome, ".local", "share", "rapport");
    }
}
