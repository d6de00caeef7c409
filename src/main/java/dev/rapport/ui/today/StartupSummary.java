package dev.rapport.ui.today;

import dev.rapport.domain.MorningSummary;
import dev.rapport.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * At start, a desktop notification sums up today's birthdays and the follow-ups due, so the rep
 * sees them even before opening Today. Turned off in Settings (Today).
 */
public final class StartupSummary {
    private static final Duration SHOWN_FOR = Duration.seconds(15);

    private StartupSummary() {
    }

    /** Loads the summary in the background and shows it over the window, unless turned off or empty. */
    public static void show(StartupSummaryViewModel model, Messages msg, Window owner) {
        model.load(summary -> Notifications.create().owner(owner).title(msg.get("today.notice.title"))
                .text(text(msg, summary)).hideAfter(SHOWN_FOR).showInformation());
    }

    /** Longest name shown in full: a 150-letter name made the notification wider than the screen. */
    static final int NAME_LIMIT = 40;

    private static String shortened(String name) {
        return name.codePointCount(0, name.length()) <= NAME_LIMIT ? name
                : name.substring(0, name.offsetByCodePoints(0, NAME_LIMIT - 1)).stripTrailing() + "...";
    }

    /** The notification's lines, in the user's language. */
    static String text(Messages msg, MorningSummary summary) {
        List<String> lines = new ArrayList<>();
        List<String> names = summary.birthdaysToday();
        if (!names.isEmpty()) {
            String shown = String.join(msg.get("today.notice.separator"),
                    names.subList(0, Math.min(3, names.size())).stream().map(StartupSummary::shortened).toList());
            lines.add(names.size() > 3 ? msg.get("today.notice.birthdaysMore", shown, names.size() - 3)
                    : msg.get("today.notice.birthdays", shown));
        }
        if (summary.followUpsOverdue() > 0 || summary.followUpsDueToday() > 0) {
            lines.add(msg.get("today.notice.followUps", summary.followUpsOverdue(), summary.followUpsDueToday()));
        }
        return String.join("\n", lines);
    }
}
