package dev.rapport.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Who wrote a row's current version (issue 17): the desktop window, optionally with the place in it
 * that wrote ({@link WindowPlace}), or the command line with its command ({@code import}). Stored in
 * each versioned row's {@code changed_by} column as {@code window}, {@code window:planner} or
 * {@code cli:import}; a row written before that column existed has none (unknown).
 *
 * @param place the place in the window, or null when not known or not the window
 * @param command the subcommand, or null when the window wrote
 */
public record ChangedBy(Source source, WindowPlace place, String command) implements Wording {
    /** Where a write came from. */
    public enum Source { WINDOW, COMMAND_LINE }

    private static final String WINDOW = "window";
    private static final String CLI = "cli";

    public ChangedBy {
        if (source == null) {
            throw new IllegalArgumentException("a source is required");
        }
        if (source == Source.WINDOW && command != null || source == Source.COMMAND_LINE && place != null) {
            throw new IllegalArgumentException("the window has places, the command line has commands");
        }
        command = command == null || command.isBlank() ? null : command.strip();
    }

    public static ChangedBy window() {
        return new ChangedBy(Source.WINDOW, null, null);
    }

    public static ChangedBy window(WindowPlace place) {
        return new ChangedBy(Source.WINDOW, place, null);
    }

    public static ChangedBy commandLine(String command) {
        return new ChangedBy(Source.COMMAND_LINE, null, command);
    }

    /** This origin at a place in the window; the command line has no places and stays as it is. */
    public ChangedBy at(WindowPlace where) {
        return source == Source.WINDOW ? window(where) : this;
    }

    /** The value of the {@code changed_by} column. */
    public String column() {
        if (source == Source.COMMAND_LINE) {
            return command == null ? CLI : CLI + ":" + command;
        }
        return place == null ? WINDOW : WINDOW + ":" + place.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a {@code changed_by} value back; empty for none and for a value this version does not
     * know (a place added by a later version, a hand-edited file): then the message says when, not who.
     */
    public static Optional<ChangedBy> parse(String column) {
        if (column == null || column.isBlank()) {
            return Optional.empty();
        }
        int colon = column.indexOf(':');
        String head = colon < 0 ? column : column.substring(0, colon);
        String tail = colon < 0 ? null : column.substring(colon + 1);
        if (CLI.equals(head)) {
            return Optional.of(commandLine(tail));
        }
        if (!WINDOW.equals(head)) {
            return Optional.empty();
        }
        if (tail == null) {
            return Optional.of(window());
        }
        try {
            return Optional.of(window(WindowPlace.valueOf(tail.toUpperCase(Locale.ROOT))));
        } catch (IllegalArgumentException unknownPlace) {
            return Optional.of(window());
        }
    }

    @Override
    public String messageKey() {
        if (source == Source.COMMAND_LINE) {
            return command == null ? "changedBy.commandLine" : "changedBy.command";
        }
        return place == null ? "changedBy.window" : "changedBy.windowPlace";
    }

    @Override
    public java.util.List<Object> messageArgs() {
        if (source == Source.COMMAND_LINE) {
            return command == null ? java.util.List.of() : java.util.List.of(command);
        }
        return place == null ? java.util.List.of() : java.util.List.of(place);
    }
}
