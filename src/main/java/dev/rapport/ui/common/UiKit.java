package dev.rapport.ui.common;

import dev.rapport.domain.WriteScope;
import dev.rapport.i18n.Messages;

/**
 * The screen layer's own tools, the same for every view and view model: text, formats, the
 * background executor, dialogs, the open editors, the scope that labels a window's writes
 * with where they were made (decision 0017), and the pacer that fills long screens a frame at a
 * time. It holds no service: a view model receives the
 * services it uses, and the one Clock, through its own constructor (decision 0020).
 */
public record UiKit(
        Messages messages,
        Formats formats,
        TaskExecutor executor,
        DialogService dialogs,
        OpenEditors editors,
        WriteScope places,
        Pacer pacer) {

    /** Errors shown on any screen explain a full disk or read-only folder. */
    public UiKit {
        dialogs = ExplainingDialogs.around(dialogs, messages);
    }
}
