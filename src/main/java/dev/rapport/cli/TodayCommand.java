package dev.rapport.cli;

import dev.rapport.domain.AgendaGroup;
import dev.rapport.domain.UpcomingDate;
import dev.rapport.i18n.AgendaText;
import dev.rapport.i18n.Messages;
import dev.rapport.service.TodayService;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rapport today}: the Today agenda's birthdays and important dates, headless, as text or JSON. */
@Command(name = "today", mixinStandardHelpOptions = true)
public final class TodayCommand implements Callable<Integer> {
    public enum Format { text, json }

    private final SessionOpener opener;

    @Spec
    private CommandSpec spec;

    @Option(names = "--days", paramLabel = "N")
    private Integer days;

    @Option(names = "--format", defaultValue = "text")
    private Format format;

    public TodayCommand(SessionOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        if (days != null && !TodayService.validDays(days)) {
            spec.commandLine().getErr().println(opener.messages().get("cli.today.badDays", TodayService.MAX_DAYS));
            return ExitCodes.USAGE;
        }
        try (Session session = opener.open()) {
            TodayService today = session.today();
            int n = days == null ? today.days() : days;
            List<UpcomingDate> dates = today.upcomingDates(n);
            ContactLogAgenda log = ContactLogAgenda.load(session.contactLog(), today.today());
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.println(json(today.today(), n, dates, log.jsonMembers()));
            } else {
                text(out, session.messages(), today.today(), n, dates);
                log.text(out, session.messages());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static void text(PrintWriter out, Messages msg, LocalDate day, int n, List<UpcomingDate> dates) {
        out.println(msg.get("cli.today.header", day.toString(), day.plusDays(n).toString()));
        if (dates.isEmpty()) {
            out.println(msg.get("cli.today.none", n));
            return;
        }
        AgendaGroup group = null;
        for (UpcomingDate d : dates) {
            if (d.group() != group) {
                group = d.group();
                out.println();
                out.println(msg.of(group));
            }
            out.println("  " + d.on() + "  " + AgendaText.when(msg, d.daysUntil()) + "  " + AgendaText.what(msg, d)
                    + "  [" + d.accountName() + "]");
        }
    }

    /** The agenda as one JSON object; names and values are plain ASCII keys and ISO dates. */
    static String json(LocalDate day, int n, List<UpcomingDate> dates) {
        return json(day, n, dates, "");
    }

    /** ...followed by more members (each starting with a comma). */
    static String json(LocalDate day, int n, List<UpcomingDate> dates, String moreMembers) {
        StringBuilder s = new StringBuilder();
        s.append("{\"today\":").append(str(day.toString())).append(",\"days\":").append(n).append(",\"dates\":[");
        for (int i = 0; i < dates.size(); i++) {
            UpcomingDate d = dates.get(i);
            if (i > 0) {
                s.append(',');
            }
            s.append("{\"date\":").append(str(d.on().toString()))
                    .append(",\"daysUntil\":").append(d.daysUntil())
                    .append(",\"group\":").append(str(d.group().name()))
                    .append(",\"kind\":").append(str(d.kind().name()))
                    .append(",\"person\":").append(str(d.personName()))
                    .append(",\"relation\":").append(d.relation() == null ? "null" : str(d.relation().name()))
                    .append(",\"contactId\":").append(d.contactId() == null ? "null" : d.contactId().toString())
                    .append(",\"contact\":").append(d.contactName() == null ? "null" : str(d.contactName()))
                    .append(",\"accountId\":").append(d.accountId())
                    .append(",\"account\":").append(str(d.accountName()))
                    .append(",\"years\":").append(d.years() == null ? "null" : d.years().toString())
                    .append(",\"dateKind\":").append(d.dateKind() == null ? "null" : str(d.dateKind().name()))
                    .append(",\"title\":").append(str(d.title() == null ? "" : d.title()))
                    .append('}');
        }
        return s.append(']').append(moreMembers).append('}').toString();
    }

    static String str(String v) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
