package dev.rapport.ui.common;

import dev.rapport.service.Progress;

/** Work that must not run on the FX thread: database, files, PDF. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(Progress progress) throws Exception;
}
