package dev.rapport.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One page of a timeline, newest first, and where the next page starts (null on the last page).
 * Pages are cut by position (date-time, then id), not by offset, so the tenth page is as fast
 * as the first and a newly logged interaction does not shift the pages being read.
 */
public record TimelinePage(List<TimelineEntry> entries, Cursor next) {
    public TimelinePage {
        entries = List.copyOf(entries);
    }

    /** The last row seen: the next page starts just after it. */
    public record Cursor(LocalDateTime at, long id) {
    }

    public boolean hasMore() {
        return next != null;
    }
}
