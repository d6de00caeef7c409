package dev.rapport.ui.today;

import dev.rapport.domain.MorningSummary;
import dev.rapport.service.ContactLogService;
import dev.rapport.service.TodayService;
import dev.rapport.ui.common.UiKit;
import java.time.LocalDate;
import java.util.function.Consumer;

/** What the start-up notification sums up: today's birthdays and the follow-ups due, unless turned off. */
public final class StartupSummaryViewModel {
    private final TodayService today;
    private final ContactLogService contactLog;
    private final UiKit kit;

    public StartupSummaryViewModel(TodayService today, ContactLogService contactLog, UiKit kit) {
        this.today = today;
        this.contactLog = contactLog;
        this.kit = kit;
    }

    /** Loads the summary in the background; {@code shown} hears of it only when it is on and not empty. */
    public void load(Consumer<MorningSummary> shown) {
        kit.executor().submit(kit.messages().get("task.loading"), p -> {
            if (!today.startupSummary()) {
                return null;
            }
            LocalDate day = today.today();
            return MorningSummary.of(today.upcomingDates(0), contactLog.followUpsDue(day), day);
        }, summary -> {
            if (summary != null && !summary.isEmpty()) {
                shown.accept(summary);
            }
        }, e -> org.slf4j.LoggerFactory.getLogger(StartupSummary.class).warn("start-up summary not shown", e));
    }
}
