package dev.rapport.domain;

import java.util.Optional;

/**
 * A failure the user can be told about in plain words (a full disk, a damaged file), whatever
 * layer raised it: it names the message key of its explanation.
 */
public interface KnownProblem {
    String messageKey();

    /** What the message names: {0}, {1}... (a folder, the space left). */
    default java.util.List<Object> messageArgs() {
        return java.util.List.of();
    }

    /** The first known problem in the error's chain of causes, if any. */
    static Optional<KnownProblem> in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof KnownProblem k) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
