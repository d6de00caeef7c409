package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.domain.DayDates;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.Relation;
import dev.rapport.domain.UpcomingDate;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's dates by day over a real data folder: the store reads a day's first lines and counts the rest. */
class TodayByDayServiceTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
    @TempDir
    Path dataDir;
    private AppContext ctx;

    @AfterEach
    void close() {
        if (ctx != null) {
            ctx.close();
        }
    }

    private Contact person(String name, long accountId, Birthday birthday) {
        return ctx.contacts().save(new Contact(null, accountId, name, "", "", null, List.of(), List.of(), "", null,
                birthday, "", "", false, null, null, null, 0L));
    }

    @Test
    void aBusyDayShowsItsFirstLinesInTodaysOrderAndCountsEveryone() {
        ctx = AppContext.open(dataDir, CLOCK);
        for (int i = 0; i < 9; i++) {
            Account account = ctx.accounts().save(Account.named((i % 2 == 0 ? "华为技术 " : "Contoso ") + i));
            Contact c = person((i % 2 == 0 ? "王建国 " : "Anna Müller ") + i, account.id(), Birthday.of(12, 9));
            ctx.memory().save(FamilyMember.of(c.id(), Relation.SPOUSE, "李梅 " + i, Birthday.of(1980, 12, 9)));
        }
        Account other = ctx.accounts().save(Account.named("Northwind"));
        person("Tomorrow Person", other.id(), Birthday.of(12, 8));
        Contact gone = person("Deleted Person", other.id(), Birthday.of(12, 9));
        ctx.contacts().delete(gone.id(), gone.version());

        List<DayDates> days = ctx.today().upcomingByDay(14, 5);

        assertThat(days).extracting(DayDates::day).containsExactly(TODAY.plusDays(1), TODAY.plusDays(2));
        DayDates busy = days.get(1);
        assertThat(busy.total()).as("nine people and nine spouses, the deleted person not").isEqualTo(18);
        List<UpcomingDate> every = ctx.today().upcomingDates(14).stream()
                .filter(d -> d.on().equals(TODAY.plusDays(2))).toList();
        assertThat(every).hasSize(18);
        assertThat(busy.shown()).as("the same first five as the full list").isEqualTo(every.subList(0, 5));
        assertThat(ctx.today().datesOn(TODAY.plusDays(2))).isEqualTo(every);
    }

    @Test
    void onlyDaysInTheWindowCanBeReadInFull() {
        ctx = AppContext.open(dataDir, CLOCK);
        assertThat(ctx.today().datesOn(TODAY)).isEmpty();
        assertThatThrownBy(() -> ctx.today().datesOn(TODAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ctx.today().upcomingByDay(14, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
