package dev.rapport.service;

import dev.rapport.domain.Language;
import dev.rapport.store.MachinePreferencesFile;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** The user's preferences on this machine: language and window placement. */
public final class MachinePreferencesService {
    static final String LANGUAGE = "language";

    private final MachinePreferencesFile prefs;

    public MachinePreferencesService(MachinePreferencesFile prefs) {
        this.prefs = prefs;
    }

    /** The chosen language, or the one closest to the system's when none was chosen. */
    public Language language() {
        return prefs.get(LANGUAGE).flatMap(MachinePreferencesService::parseLanguage)
                .orElseGet(() -> Language.closestTo(Locale.getDefault()));
    }

    private static Optional<Language> parseLanguage(String tag) {
        try {
            return Optional.of(Language.fromTag(tag));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void setLanguage(Language language) {
        prefs.put(LANGUAGE, language.tag());
        prefs.save();
    }

    /** A remembered number (window x, y, width, height), if any. */
    public OptionalDouble number(String key) {
        try {
            return prefs.get(key).map(v -> OptionalDouble.of(Double.parseDouble(v))).orElse(OptionalDouble.empty());
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** A remembered text (a folder path), if any. */
    public Optional<String> text(String key) {
        return prefs.get(key).filter(v -> !v.isBlank());
    }

    public boolean flag(String key) {
        return prefs.get(key).map(Boolean::parseBoolean).orElse(false);
    }

    /** Remembers several values at once and writes them to disk. */
    public void remember(java.util.Map<String, String> values) {
        values.forEach(prefs::put);
        prefs.save();
    }

    /**
     * Keeps a value for this run without writing the file: it reaches the disk with the next
     * {@link #remember}, which the window makes as it closes. For what changes many times a
     * minute (a column dragged wider), where a write per change would be a write per pixel.
     */
    public void keep(String key, String value) {
        prefs.put(key, value);
    }
}
