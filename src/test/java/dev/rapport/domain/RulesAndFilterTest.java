package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesAndFilterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Account account(String name, BigDecimal revenue, BigDecimal margin, BigDecimal share, Integer satisfaction) {
        Account a = Account.named(name);
        return new Account(a.id(), a.name(), a.partyType(), a.tier(), a.stage(), a.level(), a.relationshipType(),
                "Logistics", a.address(), a.phone(), a.website(), revenue, margin, share, satisfaction, a.owner(),
                List.of("strategic", "华东"), a.notes(), a.createdAt(), a.updatedAt(), a.version());
    }

    @Test
    void anAccountNeedsANameAndNumbersInTheirRanges() {
        Account bad = account(" ", new BigDecimal("-1"), new BigDecimal("120"), new BigDecimal("101"), 6);
        assertThat(AccountRules.check(bad, Locale.ENGLISH)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("name", "annualRevenue", "grossMarginPct", "shareOfWalletPct", "satisfaction");
        Account good = account("华为技术", new BigDecimal("1200000.50"), new BigDecimal("-5"), BigDecimal.ZERO, 5);
        assertThat(AccountRules.check(good, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aContactsBadEmailAndPhoneAreReportedAtTheirRows() {
        Contact c = Contact.named("Anna Müller", 1).withPoints(
                List.of(new ContactPoint(ContactPoint.Kind.MOBILE, "+49 151 23456789"),
                        new ContactPoint(ContactPoint.Kind.WORK, "call me")),
                List.of(new ContactPoint(ContactPoint.Kind.WORK, "anna@contoso.example"),
                        new ContactPoint(ContactPoint.Kind.HOME, "anna.mueller@")));
        assertThat(ContactRules.check(c, Locale.GERMANY, TODAY))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("phones.1", "validation.phone"),
                        org.assertj.core.groups.Tuple.tuple("emails.1", "validation.email"));
    }

    @Test
    void aBirthdayInTheFutureIsRefusedButAYearlessOneIsFine() {
        Contact future = new ContactBuilder("李娜").birthday(Birthday.of(2027, 1, 1)).build();
        Contact yearless = new ContactBuilder("李娜").birthday(Birthday.of(12, 31)).build();
        assertThat(ContactRules.check(future, Locale.CHINA, TODAY)).extracting(FieldProblem::field).containsExactly("birthday");
        assertThat(ContactRules.check(yearless, Locale.CHINA, TODAY)).isEmpty();
    }

    @Test
    void theFilterMatchesEveryWordAcrossNameIndustryTagsAndPeople() {
        AccountListItem item = new AccountListItem(account("上海新航科技有限公司", null, null, null, null),
                List.of("王建国", "Chloé Dubois"));
        assertThat(AccountFilter.ALL.withQuery("新航 chloe").test(item)).isTrue();
        assertThat(AccountFilter.ALL.withQuery("logistics 华东").test(item)).isTrue();
        assertThat(AccountFilter.ALL.withQuery("王建国").test(item)).isTrue();
        assertThat(AccountFilter.ALL.withQuery("新航 müller").test(item)).isFalse();
    }

    @Test
    void enumFiltersCombineWithEachOtherAndWithTheQuery() {
        AccountListItem item = new AccountListItem(account("Northwind Traders", null, null, null, null), List.of());
        Tier tier = item.account().tier();
        LifecycleStage stage = item.account().stage();
        Tier otherTier = tier == Tier.A ? Tier.B : Tier.A;
        assertThat(new AccountFilter("north", Set.of(tier), Set.of(stage), Set.of(), Set.of()).test(item)).isTrue();
        assertThat(new AccountFilter("north", Set.of(otherTier), Set.of(stage), Set.of(), Set.of()).test(item)).isFalse();
        assertThat(new AccountFilter("south", Set.of(tier), Set.of(), Set.of(), Set.of()).test(item)).isFalse();
    }

    /** Contacts differ from the default in one or two fields per test. */
    private static final class ContactBuilder {
        private final Contact base;
        private Birthday birthday;

        ContactBuilder(String name) {
            base = Contact.named(name, 1);
        }

        ContactBuilder birthday(Birthday b) {
            this.birthday = b;
            return this;
        }

        Contact build() {
            Contact c = base;
            return new Contact(c.id(), c.accountId(), c.name(), c.title(), c.department(), c.buyingRole(), c.phones(),
                    c.emails(), c.address(), c.preferredChannel(), birthday, c.interests(), c.notes(), c.leftAccount(),
                    c.leftOn(), c.createdAt(), c.updatedAt(), c.version());
        }
    }

    @Test
    void aPersonMatchesWhenEveryFoldedWordOfTheSearchIsInTheirDetails() {
        ContactListItem item = new ContactListItem(Contact.named("Chloé Müller", 1L), "上海新航物流");
        assertThat(item.matches(Text.searchWords("chloe MULLER"))).isTrue();
        assertThat(item.matches(Text.searchWords("新航 müller"))).isTrue();
        assertThat(item.matches(Text.searchWords("chloe 北京"))).isFalse();
        assertThat(item.matches(Text.searchWords("  "))).as("nothing typed").isTrue();
    }
}
