package dev.rapport.ui.common;

import dev.rapport.service.MachinePreferencesService;
import java.util.Optional;

/**
 * Where the lists' column layouts are kept: in this machine's preferences, as text that
 * {@link ColumnLayout} writes and reads, one entry per list. Kept as they change and written
 * when the window closes, with its place on the screen.
 */
public final class ColumnLayoutViewModel {
    private static final String PREFIX = "columns.";
    private final MachinePreferencesService preferences;

    public ColumnLayoutViewModel(MachinePreferencesService preferences) {
        this.preferences = preferences;
    }

    /** The layout the rep left the list in, if any. */
    public Optional<String> saved(String list) {
        return preferences.text(PREFIX + list);
    }

    public void keep(String list, String layout) {
        preferences.keep(PREFIX + list, layout);
    }
}
