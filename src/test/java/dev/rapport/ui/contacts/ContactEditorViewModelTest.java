package dev.rapport.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The person form without the toolkit: today is the app's Clock's, not the machine's. */
class ContactEditorViewModelTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final Messages msg = new Messages(Locale.ENGLISH);
    private final Account account = Account.named("Fabrikam Foods").withId(7, Instant.EPOCH, Instant.EPOCH);

    private ContactEditorViewModel form() {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
        return new ContactEditorViewModel(Contact.named("陈静", account.id()), List.of(account), msg, clock);
    }

    @Test
    void aLeavingDateAfterTheClocksTodayIsRefusedAndTodayIsTaken() {
        ContactEditorViewModel form = form();
        form.leftAccount.set(true);
        form.leftOn.set(TODAY.plusDays(1));
        assertThat(form.errors()).containsEntry("leftOn", msg.get("validation.dateInFuture"));
        assertThat(form.validProperty().get()).isFalse();

        form.leftOn.set(TODAY);
        assertThat(form.errors()).isEmpty();
        assertThat(form.toContact().leftOn()).isEqualTo(TODAY);
    }

    @Test
    void tickingLeftOffersTodayAsTheDayTheyLeftAndKeepsADateAlreadyTyped() {
        ContactEditorViewModel form = form();
        form.leftAccount.set(true);
        assertThat(form.leftOn.get()).isEqualTo(TODAY);
        assertThat(form.toContact().leftOn()).isEqualTo(TODAY);

        form.leftAccount.set(false);
        form.leftOn.set(TODAY.minusDays(30));
        form.leftAccount.set(true);
        assertThat(form.leftOn.get()).isEqualTo(TODAY.minusDays(30));
    }

    @Test
    void aNewPersonStartsWithOneEmptyPhoneAndEmailLine() {
        ContactEditorViewModel form = form();
        assertThat(form.phones).hasSize(1);
        assertThat(form.emails).hasSize(1);
        assertThat(form.validProperty().get()).isTrue();
    }

    /** Issue 19: a new person's empty name is not shown as a mistake until the rep types anything. */
    @Test
    void aNewPersonsEmptyNameIsShownAsAProblemOnlyOnceTheRepTypes() {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
        ContactEditorViewModel form = new ContactEditorViewModel(Contact.named("", account.id()), List.of(account),
                msg, clock);
        assertThat(form.errors()).containsEntry("name", msg.get("validation.required"));
        assertThat(form.validProperty().get()).as("Save stays disabled").isFalse();
        assertThat(form.shownErrors()).doesNotContainKey("name");

        form.notes.set("在展会上认识的");
        assertThat(form.shownErrors()).containsEntry("name", msg.get("validation.required"));
        form.name.set("陈静");
        assertThat(form.shownErrors()).isEmpty();
    }
}
