package dev.rapport.cli;

import dev.rapport.domain.ContactClock;
import dev.rapport.domain.FollowUpDue;
import dev.rapport.domain.OpenComplaint;
import dev.rapport.i18n.Messages;
import dev.rapport.service.ContactLogService;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * The contact log's part of {@code rapport today}: follow-ups due today and overdue, key
 * accounts going quiet (worst first) and open complaints (oldest first), as text or JSON.
 */
record ContactLogAgenda(LocalDate today, List<FollowUpDue> followUps, List<ContactClock.QuietAccount> quiet,
        List<OpenComplaint> complaints) {

    static ContactLogAgenda load(ContactLogService log, LocalDate today) {
        return new ContactLogAgenda(today, log.followUpsDue(today), log.quietAccounts(today), log.openComplaints());
    }

    /** Each non-empty list under its heading; nothing at all when all three are empty. */
    void text(PrintWriter out, Messages msg) {
        if (!followUps.isEmpty()) {
            out.println();
            out.println(msg.get("contactlog.today.followUps", followUps.size()));
            for (FollowUpDue f : followUps) {
                String when = f.isOverdue(today) ? msg.get("contactlog.today.overdue", f.daysOverdue(today))
                        : msg.get("contactlog.today.dueToday");
                out.println("  " + f.due() + "  " + when + "  " + (f.what().isEmpty() ? f.subject() : f.what())
                        + "  [" + f.accountName() + "]");
            }
        }
        if (!quiet.isEmpty()) {
            out.println();
            out.println(msg.get("contactlog.today.quiet", quiet.size()));
            for (ContactClock.QuietAccount q : quiet) {
                String since = q.neverContacted()
                        ? msg.get("contactlog.today.quietNever", q.daysSince(), q.cadenceDays())
                        : msg.get("contactlog.today.quietSince", q.daysSince(), q.lastContact().toLocalDate().toString(),
                                q.cadenceDays());
                out.println("  " + msg.of(q.tier()) + "  " + q.name() + "  " + since);
            }
        }
        if (!complaints.isEmpty()) {
            out.println();
            out.println(msg.get("contactlog.today.complaints", complaints.size()));
            for (OpenComplaint c : complaints) {
                out.println("  " + c.raisedOn() + "  " + msg.get("contactlog.today.openFor", c.daysOpen(today)) + "  "
                        + msg.of(c.status()) + "  " + c.subject() + "  [" + c.accountName() + "]");
            }
        }
    }

    /** The three lists as JSON members, each starting with a comma, to follow the dates. */
    String jsonMembers() {
        StringBuilder s = new StringBuilder(",\"followUps\":[");
        for (int i = 0; i < followUps.size(); i++) {
            FollowUpDue f = followUps.get(i);
            s.append(i > 0 ? "," : "").append("{\"due\":").append(TodayCommand.str(f.due().toString()))
                    .append(",\"daysOverdue\":").append(f.daysOverdue(today))
                    .append(",\"what\":").append(TodayCommand.str(f.what()))
                    .append(",\"subject\":").append(TodayCommand.str(f.subject()))
                    .append(",\"channel\":").append(TodayCommand.str(f.channel().name()))
                    .append(",\"interactionId\":").append(f.interactionId())
                    .append(",\"accountId\":").append(f.accountId())
                    .append(",\"account\":").append(TodayCommand.str(f.accountName())).append('}');
        }
        s.append("],\"quietAccounts\":[");
        for (int i = 0; i < quiet.size(); i++) {
            ContactClock.QuietAccount q = quiet.get(i);
            s.append(i > 0 ? "," : "").append("{\"accountId\":").append(q.accountId())
                    .append(",\"account\":").append(TodayCommand.str(q.name()))
                    .append(",\"tier\":").append(TodayCommand.str(q.tier().name()))
                    .append(",\"lastContact\":").append(q.lastContact() == null ? "null"
                            : TodayCommand.str(q.lastContact().toLocalDate().toString()))
                    .append(",\"daysSince\":").append(q.daysSince())
                    .append(",\"cadenceDays\":").append(q.cadenceDays())
                    .append(",\"daysOverdue\":").append(q.daysOverdue()).append('}');
        }
        s.append("],\"openComplaints\":[");
        for (int i = 0; i < complaints.size(); i++) {
            OpenComplaint c = complaints.get(i);
            s.append(i > 0 ? "," : "").append("{\"raisedOn\":").append(TodayCommand.str(c.raisedOn().toString()))
                    .append(",\"daysOpen\":").append(c.daysOpen(today))
                    .append(",\"status\":").append(TodayCommand.str(c.status().name()))
                    .append(",\"subject\":").append(TodayCommand.str(c.subject()))
                    .append(",\"interactionId\":").append(c.interactionId())
                    .append(",\"accountId\":").append(c.accountId())
                    .append(",\"account\":").append(TodayCommand.str(c.accountName())).append('}');
        }
        return s.append(']').toString();
    }
}
