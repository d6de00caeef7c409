package dev.rapport.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version, set in one place (the pom) and read from the build's resources. */
public final class Version {
    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/rapport/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
