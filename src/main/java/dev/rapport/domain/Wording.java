package dev.rapport.domain;

import java.util.List;

/**
 * Words that stand inside another message and are themselves said in the user's language, such
 * as who changed a record ("by the command line (import)"): a message key and its arguments.
 * {@code Messages} puts an argument of this type into words before it fills the outer message.
 */
public interface Wording {
    String messageKey();

    default List<Object> messageArgs() {
        return List.of();
    }
}
