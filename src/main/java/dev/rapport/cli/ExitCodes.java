package dev.rapport.cli;

/** What the CLI's exit status means, for scripts. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int REJECTED_ROWS = 3;
    public static final int ALREADY_OPEN = 4;
    /** The database file is damaged (restore a backup: rapport restore FILE). */
    public static final int DAMAGED = 5;
    /** The database is encrypted and the password is wrong or missing (or the file is damaged). */
    public static final int WRONG_PASSWORD = 6;

    private ExitCodes() {
    }
}
