package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.Birthday;
import dev.rapport.domain.Contact;
import dev.rapport.domain.DateKind;
import dev.rapport.domain.FamilyMember;
import dev.rapport.domain.ImportantDate;
import dev.rapport.domain.Relation;
import dev.rapport.domain.UpcomingDate;
import dev.rapport.domain.UpcomingKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account page's "next date": the soonest of its people's, their families' and its own dates, nobody else's. */
class AccountNextDateTest {
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
    void theSoonestDateOfTheAccountsOwnPeopleAndFamiliesComesFirst() {
        ctx = AppContext.open(dataDir, CLOCK);
        Account huawei = ctx.accounts().save(Account.named("华为技术"));
        Account contoso = ctx.accounts().save(Account.named("Contoso"));
        person("Someone Else", contoso.id(), Birthday.of(12, 8));
        Contact wang = person("王建国", huawei.id(), Birthday.of(3, 1));
        Contact gone = person("Deleted Person", huawei.id(), Birthday.of(12, 9));
        ctx.contacts().delete(gone.id(), gone.version());
        FamilyMember spouse = ctx.memory().save(FamilyMember.of(wang.id(), Relation.SPOUSE, "李梅", Birthday.of(1980, 1, 5)));
        ImportantDate partnership = ctx.memory().save(ImportantDate.ofAccount(huawei.id(),
                DateKind.PARTNERSHIP_ANNIVERSARY, "合作纪念日", LocalDate.of(2019, 12, 20), true));
        ctx.memory().save(ImportantDate.ofAccount(huawei.id(), DateKind.CUSTOM, "Past fair", LocalDate.of(2026, 12, 1),
                false));

        UpcomingDate next = ctx.today().nextDateOf(huawei.id()).orElseThrow();
        assertThat(next.on()).as("not Contoso's person tomorrow, not the deleted person").isEqualTo(TODAY.plusDays(13));
        assertThat(next.kind()).isEqualTo(UpcomingKind.IMPORTANT_DATE);
        assertThat(next.years()).isEqualTo(7);

        ctx.memory().deleteDate(partnership);
        next = ctx.today().nextDateOf(huawei.id()).orElseThrow();
        assertThat(next.on()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(next.personName()).isEqualTo("李梅");

        ctx.memory().deleteFamilyMember(spouse);
        assertThat(ctx.today().nextDateOf(huawei.id()).orElseThrow().on()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void anAccountWithoutDatesHasNone() {
        ctx = AppContext.open(dataDir, CLOCK);
        Account empty = ctx.accounts().save(Account.named("Fabrikam"));
        person("No Birthday", empty.id(), null);
        assertThat(ctx.today().nextDateOf(empty.id())).isEmpty();
    }
}
