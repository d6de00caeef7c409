package dev.rapport.domain;

import java.util.Arrays;

/** What a new database password must be, wherever it is chosen (first start, Settings). */
public final class PasswordRules {
    /** The shortest password accepted. */
    public static final int MIN_LENGTH = 8;
    public static final String TOO_SHORT = "safety.password.tooShort";
    public static final String MISMATCH = "safety.password.mismatch";

    private PasswordRules() {
    }

    /** What is wrong with a new password and its repetition (a message key), or null when nothing is. */
    public static String problemKey(char[] password, char[] repeat) {
        if (password.length < MIN_LENGTH) {
            return TOO_SHORT;
        }
        if (!Arrays.equals(password, repeat)) {
            return MISMATCH;
        }
        return null;
    }
}
