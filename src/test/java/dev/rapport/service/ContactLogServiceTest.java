package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.Cadence;
import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactClock;
import dev.rapport.domain.FieldProblem;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionChannel;
import dev.rapport.domain.OpenComplaint;
import dev.rapport.domain.Tier;
import dev.rapport.domain.ValidationException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactLogServiceTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dataDir;

    private AppContext app;
    private ContactLogService log;
    private Account huawei;
    private Account contoso;
    private Contact wang;
    private Contact anna;

    @BeforeEach
    void open() {
        // the accounts are added 100 days before "today", so never-contacted ones are quiet
        app = AppContext.open(dataDir, Clock.fixed(TODAY.minusDays(100).atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI));
        huawei = app.accounts().save(Account.named("华为技术 Huawei").withTier(Tier.A));
        contoso = app.accounts().save(Account.named("Contoso Components").withTier(Tier.B));
        wang = app.contacts().save(Contact.named("王建国", huawei.id()));
        anna = app.contacts().save(Contact.named("Anna Müller", contoso.id()));
        app.close();
        app = AppContext.open(dataDir, Clock.fixed(TODAY.atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI));
        log = app.contactLog();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void loggingACallTakesTheAccountOffTheGoingQuietList() {
        assertThat(log.quietAccounts(log.today())).extracting(ContactClock.QuietAccount::name)
                .containsExactly("华为技术 Huawei", "Contoso Components");
        log.log(Interaction.of(huawei.id(), log.now(), InteractionChannel.CALL, "电话问候").withContacts(List.of(wang.id())));
        assertThat(log.quietAccounts(log.today())).extracting(ContactClock.QuietAccount::name)
                .containsExactly("Contoso Components");
        assertThat(log.lastContactByAccount()).containsEntry(huawei.id(), TODAY.atTime(10, 0));
        assertThat(log.lastContactByContact()).containsEntry(wang.id(), TODAY.atTime(10, 0));
    }

    @Test
    void anInvalidInteractionSavesNothingAndSaysWhichField() {
        Interaction noSubject = Interaction.of(huawei.id(), log.now(), InteractionChannel.CALL, "");
        assertThatThrownBy(() -> log.log(noSubject)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("subject"));
        Interaction wrongPerson = Interaction.of(huawei.id(), log.now(), InteractionChannel.CALL, "Call")
                .withContacts(List.of(anna.id()));
        assertThatThrownBy(() -> log.log(wrongPerson)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("contacts"));
        assertThat(log.count()).isZero();
    }

    @Test
    void aDeletedInteractionComesBackWithUndo() {
        Interaction i = log.log(Interaction.of(contoso.id(), log.now(), InteractionChannel.VISIT, "Besuch"));
        long deleted = log.delete(i.id(), i.version());
        assertThat(log.count()).isZero();
        assertThat(log.quietAccounts(log.today())).extracting(ContactClock.QuietAccount::accountId).contains(contoso.id());
        log.undoDelete(i.id(), deleted);
        assertThat(log.count()).isEqualTo(1);
        assertThat(log.quietAccounts(log.today())).extracting(ContactClock.QuietAccount::accountId)
                .doesNotContain(contoso.id());
    }

    @Test
    void aComplaintIsResolvedWithNotesAndADateAndLeavesTheOpenList() {
        Interaction c = log.log(Interaction.of(huawei.id(), LocalDateTime.of(2026, 11, 20, 15, 0),
                InteractionChannel.COMPLAINT, "交货延误"));
        log.updateComplaint(c.id(), ComplaintStatus.IN_PROGRESS, "", null);
        assertThat(log.openComplaints()).extracting(OpenComplaint::status).containsExactly(ComplaintStatus.IN_PROGRESS);
        assertThatThrownBy(() -> log.updateComplaint(c.id(), ComplaintStatus.RESOLVED, "补发", null))
                .isInstanceOf(ValidationException.class);
        Interaction resolved = log.updateComplaint(c.id(), ComplaintStatus.RESOLVED, "补发货物并致歉", TODAY);
        assertThat(resolved.daysToResolve()).isEqualTo(9);
        assertThat(log.openComplaints()).isEmpty();
        assertThat(log.find(c.id()).orElseThrow().resolution()).isEqualTo("补发货物并致歉");
    }

    @Test
    void followUpsDueIncludeOverdueAndLeaveWhenDone() {
        Interaction i = log.log(Interaction.of(contoso.id(), LocalDateTime.of(2026, 11, 20, 15, 0),
                InteractionChannel.CALL, "Quote").withFollowUp(LocalDate.of(2026, 11, 25), "Send the quote"));
        assertThat(log.followUpsDue(log.today())).singleElement()
                .satisfies(f -> assertThat(f.daysOverdue(log.today())).isEqualTo(4));
        log.setFollowUpDone(i.id(), true);
        assertThat(log.followUpsDue(log.today())).isEmpty();
    }

    @Test
    void anEditedCadenceIsKeptWithTheDataAndChangesWhoIsQuiet() {
        log.log(Interaction.of(contoso.id(), TODAY.minusDays(40).atTime(9, 0), InteractionChannel.CALL, "Call"));
        log.log(Interaction.of(huawei.id(), TODAY.atTime(9, 0), InteractionChannel.CALL, "Call"));
        assertThat(log.quietAccounts(TODAY)).isEmpty();
        log.saveCadence(Cadence.DEFAULT.with(Tier.B, 30));
        assertThatThrownBy(() -> log.saveCadence(Cadence.DEFAULT.with(Tier.A, 0))).isInstanceOf(ValidationException.class);
        app.close();
        app = AppContext.open(dataDir, Clock.fixed(TODAY.atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI));
        log = app.contactLog();
        assertThat(log.cadence().days(Tier.B)).isEqualTo(30);
        assertThat(log.quietAccounts(TODAY)).extracting(ContactClock.QuietAccount::name)
                .containsExactly("Contoso Components");
    }
}
