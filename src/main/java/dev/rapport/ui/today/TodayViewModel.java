package dev.rapport.ui.today;

import java.time.Clock;
import java.time.LocalDate;

/** The Today screen's own state: the day it is about (its sections hold their own). */
public final class TodayViewModel {
    private final Clock clock;

    public TodayViewModel(Clock clock) {
        this.clock = clock;
    }

    /** The day shown under the title, read each time Today comes into view (the app may run past midnight). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
