package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.DateKind;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.Relation;
import dev.rapport.domain.Sentiment;
import java.time.LocalDateTime;
import dev.rapport.domain.plan.ActionStatus;
import dev.rapport.domain.plan.ActionType;
import dev.rapport.domain.plan.Plan;
import dev.rapport.domain.plan.PlanAction;
import java.time.YearMonth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarExportTest {
    @TempDir
    Path temp;

    private AppContext ctx;

    @BeforeEach
    void open() {
        ctx = AppContext.open(temp.resolve("data"), Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private Contact person(String name, long accountId, Birthday birthday) {
        return ctx.contacts().save(new Contact(null, accountId, name, "", "", null, List.of(), List.of(), "", null,
                birthday, "", "", false, null, null, null, 0L));
    }

    @Test
    void openPlanActionsBecomeEventsOnTheirDayOrTheFirstOfTheirMonth() throws IOException {
        Account ruifeng = ctx.accounts().save(Account.named("杭州瑞丰电子股份有限公司"));
        int year = LocalDate.now().getYear();
        Plan saved = ctx.plans().save(Plan.draft(ruifeng.id(), year).withActions(List.of(
                PlanAction.planned("春节礼品", RelationshipLevel.SOCIAL, ActionType.GIFT, YearMonth.of(year, 12)),
                PlanAction.planned("Factory visit", RelationshipLevel.STRUCTURAL, ActionType.OTHER, YearMonth.of(year, 6))
                        .onDate(LocalDate.of(year, 6, 18)),
                PlanAction.planned("Done already", RelationshipLevel.FINANCIAL, ActionType.OTHER, YearMonth.of(year, 2))
                        .withStatus(ActionStatus.DONE))));
        Path ics = temp.resolve("actions.ics");
        assertThat(ctx.exports().calendar(ics)).isEqualTo(2);
        List<VEvent> events = Biweekly.parse(ics.toFile()).first().getEvents();
        VEvent gift = events.stream().filter(e -> e.getSummary().getValue().startsWith("春节礼品")).findFirst().orElseThrow();
        assertThat(gift.getSummary().getValue()).isEqualTo("春节礼品 – 杭州瑞丰电子股份有限公司");
        assertThat(occurrences(gift, 2)).containsExactly(LocalDate.of(year, 12, 1));
        assertThat(gift.getDescription().getValue()).contains(year + "-12");
        VEvent visit = events.stream().filter(e -> e.getSummary().getValue().startsWith("Factory")).findFirst().orElseThrow();
        assertThat(occurrences(visit, 2)).containsExactly(LocalDate.of(year, 6, 18));
        long giftId = saved.actions().stream().filter(a -> a.title().equals("春节礼品")).findFirst().orElseThrow().id();
        assertThat(gift.getUid().getValue()).isEqualTo("plan-action-" + giftId + "@rapport.dev");
    }

    @Test
    void familyBirthdaysImportantDatesAndOpenFollowUpsAreInTheCalendarAndTheLogInItsCsv() throws IOException {
        Account ruifeng = ctx.accounts().save(Account.named("杭州瑞丰电子股份有限公司"));
        Contact wang = person("王伟", ruifeng.id(), null);
        FamilyMember wife = ctx.memory().save(FamilyMember.of(wang.id(), Relation.SPOUSE, "李娜", Birthday.of(1985, 6, 1)));
        ImportantDate joined = ctx.memory().save(ImportantDate.ofContact(wang.id(), DateKind.WORK_ANNIVERSARY, "入职纪念日",
                LocalDate.of(2016, 2, 29), true));
        ctx.memory().save(ImportantDate.ofAccount(ruifeng.id(), DateKind.PARTNERSHIP_ANNIVERSARY, "",
                LocalDate.of(2019, 9, 9), true));
        Interaction call = ctx.contactLog().log(new Interaction(null, LocalDateTime.of(2026, 4, 2, 10, 0), ruifeng.id(),
                List.of(wang.id()), InteractionChannel.CALL, "报价 quote", "", "", Sentiment.POSITIVE, null,
                LocalDate.of(2026, 5, 3), "寄送样品", false, null, "", null, null, null, 0L));

        Path ics = temp.resolve("all.ics");
        assertThat(ctx.exports().calendar(ics)).isEqualTo(4);
        List<VEvent> events = Biweekly.parse(ics.toFile()).first().getEvents();
        VEvent li = find(events, "李娜");
        assertThat(li.getSummary().getValue()).isEqualTo("李娜's birthday (Spouse/partner of 王伟, 杭州瑞丰电子股份有限公司)");
        assertThat(li.getUid().getValue()).isEqualTo("family-" + wife.id() + "-birthday@rapport.dev");
        assertThat(occurrences(li, 2)).containsExactly(LocalDate.of(1985, 6, 1), LocalDate.of(1986, 6, 1));
        VEvent anniversary = find(events, "入职纪念日");
        assertThat(anniversary.getUid().getValue()).isEqualTo("date-" + joined.id() + "@rapport.dev");
        assertThat(occurrences(anniversary, 2)).containsExactly(LocalDate.of(2016, 2, 29), LocalDate.of(2017, 2, 28));
        assertThat(find(events, "Partnership anniversary").getSummary().getValue())
                .isEqualTo("Partnership anniversary (杭州瑞丰电子股份有限公司)");
        VEvent followUp = find(events, "Follow up");
        assertThat(followUp.getSummary().getValue()).isEqualTo("Follow up: 寄送样品 (杭州瑞丰电子股份有限公司)");
        assertThat(followUp.getUid().getValue()).isEqualTo("follow-up-" + call.id() + "@rapport.dev");
        assertThat(occurrences(followUp, 2)).containsExactly(LocalDate.of(2026, 5, 3));

        Path log = temp.resolve("log.csv");
        assertThat(ctx.exports().interactionsCsv(log, ';')).isEqualTo(1);
        assertThat(Files.readString(log)).startsWith("\uFEFFDate;Time;Account;People;Channel")
                .contains("2026-04-02;10:00;杭州瑞丰电子股份有限公司;王伟;CALL;报价 quote");
    }

    private static VEvent find(List<VEvent> events, String start) {
        return events.stream().filter(e -> e.getSummary().getValue().startsWith(start)).findFirst().orElseThrow();
    }

    private static List<LocalDate> occurrences(VEvent event, int count) {
        DateIterator it = event.getDateIterator(TimeZone.getDefault());
        List<LocalDate> dates = new ArrayList<>();
        while (it.hasNext() && dates.size() < count) {
            Date d = it.next();
            dates.add(d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
        }
        return dates;
    }

    @Test
    void birthdaysBecomeYearlyAllDayEventsWithStableUidsAndLeapDaysOnTheLastDayOfFebruary() throws IOException {
        Account ruifeng = ctx.accounts().save(Account.named("杭州瑞丰电子股份有限公司"));
        Contact wang = person("王伟", ruifeng.id(), Birthday.of(1980, 5, 17));
        Contact leap = person("Leah Leap", ruifeng.id(), Birthday.of(2, 29));
        person("No Birthday", ruifeng.id(), null);

        Path ics = temp.resolve("birthdays.ics");
        assertThat(ctx.exports().calendar(ics)).isEqualTo(2);
        String text = Files.readString(ics);
        assertThat(text).contains("BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:19800517", "RRULE:FREQ=YEARLY",
                "王伟's birthday (杭州瑞丰电子股份有限公司)");

        ICalendar calendar = Biweekly.parse(ics.toFile()).first();
        assertThat(calendar.getEvents()).hasSize(2);
        VEvent wangEvent = calendar.getEvents().stream()
                .filter(e -> e.getSummary().getValue().startsWith("王伟")).findFirst().orElseThrow();
        assertThat(occurrences(wangEvent, 3)).containsExactly(LocalDate.of(1980, 5, 17), LocalDate.of(1981, 5, 17),
                LocalDate.of(1982, 5, 17));
        VEvent leapEvent = calendar.getEvents().stream()
                .filter(e -> e.getSummary().getValue().startsWith("Leah")).findFirst().orElseThrow();
        assertThat(occurrences(leapEvent, 5)).containsExactly(LocalDate.of(2000, 2, 29), LocalDate.of(2001, 2, 28),
                LocalDate.of(2002, 2, 28), LocalDate.of(2003, 2, 28), LocalDate.of(2004, 2, 29));

        Path again = temp.resolve("again.ics");
        ctx.exports().calendar(again);
        List<String> uids = Biweekly.parse(again.toFile()).first().getEvents().stream().map(e -> e.getUid().getValue())
                .toList();
        assertThat(uids).containsExactlyInAnyOrderElementsOf(
                calendar.getEvents().stream().map(e -> e.getUid().getValue()).toList());
        assertThat(uids).contains("contact-" + wang.id() + "-birthday@rapport.dev",
                "contact-" + leap.id() + "-birthday@rapport.dev");
    }
}
