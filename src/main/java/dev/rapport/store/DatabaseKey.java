package dev.rapport.store;

import dev.rapport.files.AtomicFile;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key that opens an encrypted database file, derived from the user's password in Rapport.
 * H2's own derivation (PBKDF2 with 10 iterations) is far too cheap to stand up to guessing, so
 * Rapport stretches the password with PBKDF2-HMAC-SHA256 first and hands H2 the result as hex.
 * The random salt lives beside the database in {@value #SALT_FILE}: it is not secret, and a
 * folder keeps its salt for life, so a password change rewrites only the database file.
 */
public final class DatabaseKey {
    public static final String SALT_FILE = "encryption.properties";
    public static final int ITERATIONS = 600_000;
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** The key of an unencrypted database. */
    public static final DatabaseKey NONE = new DatabaseKey(null);

    private final String hex;

    private DatabaseKey(String hex) {
        this.hex = hex;
    }

    /** Derives the key from a password with the folder's salt, making the salt on first use. */
    public static DatabaseKey fromPassword(Path dataDir, char[] password) {
        Salt salt = Salt.readOrCreate(dataDir);
        return derive(password, salt.bytes(), salt.iterations());
    }

    /** Derives the key with a salt taken from elsewhere (a backup's record of it). */
    static DatabaseKey derive(char[] password, byte[] salt, int iterations) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("empty password");
        }
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            try {
                return new DatabaseKey(HexFormat.of().formatHex(key));
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }

    public boolean encrypts() {
        return hex != null;
    }

    /** H2's password: "file-password user-password", the user password being empty. */
    String h2Password() {
        return hex == null ? "" : hex + " ";
    }

    /** The file password alone, as H2's ChangeFileEncryption wants it. */
    char[] filePassword() {
        return hex == null ? null : hex.toCharArray();
    }

    String urlOptions() {
        return hex == null ? "" : ";CIPHER=AES";
    }

    @Override
    public String toString() {
        return encrypts() ? "DatabaseKey[encrypted]" : "DatabaseKey[none]";
    }

    /** The folder's salt and iteration count, as written beside the database. */
    record Salt(byte[] bytes, int iterations) {
        static Salt readOrCreate(Path dataDir) {
            Path file = dataDir.resolve(SALT_FILE);
            if (Files.exists(file)) {
                return read(file);
            }
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            Salt made = new Salt(salt, ITERATIONS);
            made.write(file);
            return made;
        }

        static Salt read(Path file) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
                return fromProperties(p);
            } catch (IOException | RuntimeException e) {
                throw new StoreException("unreadable " + file, e);
            }
        }

        static Salt fromProperties(Properties p) {
            return new Salt(Base64.getDecoder().decode(p.getProperty("salt")),
                    Integer.parseInt(p.getProperty("iterations")));
        }

        Properties toProperties() {
            Properties p = new Properties();
            p.setProperty("kdf", ALGORITHM);
            p.setProperty("iterations", Integer.toString(iterations));
            p.setProperty("salt", Base64.getEncoder().encodeToString(bytes));
            return p;
        }

        void write(Path file) {
            try {
                // forced: a database encrypted with a key from a salt that a power cut lost never opens again
                AtomicFile.writeText(file, w -> toProperties().store(w, "Rapport: salt of the database key (not secret)"));
            } catch (IOException e) {
                throw StorageFaults.translate(new StoreException("cannot write " + file, e), file.getParent());
            }
        }
    }
}
