package dev.rapport.service;

/**
 * A backup, restore or password change that could not be done, with the key of the message
 * the user sees (in the safety bundle). Nothing was changed.
 */
public class SafetyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] arguments;

    public SafetyException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** What the message names (a table, a line), in the order of its placeholders. */
    public Object[] arguments() {
        return arguments.clone();
    }

    /** The user's message key for a failure of the store. */
    static SafetyException of(RuntimeException e, String fallbackKey) {
        if (e instanceof SafetyException s) {
            return s;
        }
        if (e instanceof dev.rapport.store.StorageFullException) {
            // what failed; the full disk or read-only folder is explained from the cause, naming the folder
            return new SafetyException(fallbackKey, e);
        }
        if (e instanceof dev.rapport.store.CannotOpenException c) {
            return new SafetyException(switch (c.reason()) {
                case WRONG_PASSWORD_OR_DAMAGED, PASSWORD_REQUIRED -> "safety.error.wrongPassword";
                case DAMAGED, TIMED_OUT -> "safety.error.backupDamaged";
                case NOT_RAPPORT -> "safety.error.notRapport";
                case TOO_LARGE -> "safety.error.tooLarge";
                case DATA_FILE -> "safety.error.dataFileNotBackup";
                case NOT_A_BACKUP -> "safety.error.notBackup";
            }, e);
        }
        if (e instanceof dev.rapport.store.AlreadyOpenException) {
            return new SafetyException("error.alreadyOpen", e);
        }
        return new SafetyException(fallbackKey, e);
    }
}
