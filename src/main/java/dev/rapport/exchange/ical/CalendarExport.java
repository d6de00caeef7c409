package dev.rapport.exchange.ical;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.RecurrenceRule;
import biweekly.property.Transparency;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * Writes entries as an iCalendar (.ics) file that Outlook, Google Calendar and Thunderbird
 * import: all-day events, yearly rules for birthdays, stable UIDs.
 */
public final class CalendarExport {
    private CalendarExport() {
    }

    public static void write(OutputStream out, String calendarName, List<CalendarEntry> entries) throws IOException {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Rapport//Rapport//EN");
        ical.setName(calendarName);
        ical.addExperimentalProperty("X-WR-CALNAME", calendarName);
        for (CalendarEntry e : entries) {
            ical.addEvent(event(e));
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ICalWriter ics = new ICalWriter(writer, ICalVersion.V2_0);
        ics.write(ical);
        ics.flush();
    }

    static VEvent event(CalendarEntry e) {
        VEvent event = new VEvent();
        event.setUid(e.uid());
        event.setSummary(e.summary());
        if (!e.description().isBlank()) {
            event.setDescription(e.description());
        }
        event.setDateStart(new DateStart(date(e.date()), false));
        event.setDateEnd(new DateEnd(date(e.date().plusDays(1)), false));
        event.setTransparency(Transparency.transparent());
        if (e.yearly()) {
            Recurrence.Builder rule = new Recurrence.Builder(Frequency.YEARLY);
            if (e.leapDayBirthday()) {
                // the last day of February: the 29th in leap years, the 28th in common years
                rule.byMonth(2).byMonthDay(-1);
            }
            event.setRecurrenceRule(new RecurrenceRule(rule.build()));
        }
        return event;
    }

    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
