package dev.rapport.service;

import dev.rapport.domain.Cadence;
import dev.rapport.domain.ComplaintStatus;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactClock;
import dev.rapport.domain.FieldProblem;
import dev.rapport.domain.FollowUpDue;
import dev.rapport.domain.Interaction;
import dev.rapport.domain.InteractionRules;
import dev.rapport.domain.OpenComplaint;
import dev.rapport.domain.Tier;
import dev.rapport.domain.TimelineFilter;
import dev.rapport.domain.TimelinePage;
import dev.rapport.domain.ValidationException;
import dev.rapport.store.AccountRepository;
import dev.rapport.store.ContactRepository;
import dev.rapport.store.InteractionRepository;
import dev.rapport.store.NotFoundException;
import dev.rapport.store.BusinessSettingsRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The contact log's use cases, shared by the window and the command line: log, edit, delete
 * with undo, complaints to resolution, follow-ups done, timelines, and what needs the rep today
 * (follow-ups due, accounts going quiet, open complaints). Tier cadences are kept with the data.
 */
public final class ContactLogService {
    /** Setting names of the cadence per tier, in days. */
    static final String CADENCE_SETTING = "contactCadenceDays";

    private final InteractionRepository log;
    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final BusinessSettingsRepository settings;
    private final Clock clock;
    private final ChangeHistory history;

    /** With a history of its own that nobody reads: for the command line, which has no undo. */
    public ContactLogService(InteractionRepository log, AccountRepository accounts, ContactRepository contacts,
            BusinessSettingsRepository settings, Clock clock) {
        this(log, accounts, contacts, settings, clock, new ChangeHistory());
    }

    /** @param history where each logged, edited and deleted entry is recorded for the window's undo */
    public ContactLogService(InteractionRepository log, AccountRepository accounts, ContactRepository contacts,
            BusinessSettingsRepository settings, Clock clock, ChangeHistory history) {
        this.log = log;
        this.accounts = accounts;
        this.contacts = contacts;
        this.settings = settings;
        this.clock = clock;
        this.history = history;
    }

    /** The rep's today, in the machine's zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Now, to the minute, as the rep's wall clock shows it: the default time of a new log entry. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).withSecond(0).withNano(0);
    }

    public Optional<Interaction> find(long id) {
        return log.find(id);
    }

    /**
     * Logs an interaction; the account's and the people's last contact move with it.
     *
     * @throws ValidationException when a rule is broken (also: the account is gone, or a person
     *         is at another account); nothing is saved
     */
    public Interaction log(Interaction interaction) {
        require(interaction);
        Interaction saved = log.insert(interaction);
        history.record(history.alternate(history.track("interaction", saved.id(), 0, saved.version()),
                v -> log.softDelete(saved.id(), v), v -> log.restore(saved.id(), v), "undo.log.created",
                saved.subject()));
        return saved;
    }

    /** Saves changes to a logged interaction. */
    public Interaction edit(Interaction interaction) {
        if (interaction.isNew()) {
            throw new IllegalArgumentException("not saved yet");
        }
        require(interaction);
        // the copy the update replaces: a successful update proves it was read at the version saved over
        Optional<Interaction> before = log.find(interaction.id());
        Interaction saved = log.update(interaction);
        before.ifPresent(b -> history.record(history.swap(
                history.track("interaction", saved.id(), interaction.version(), saved.version()), b, saved,
                (state, v) -> log.update(state.withVersion(v)).version(), "undo.log.edited", saved.subject())));
        return saved;
    }

    /** Saves a new or changed interaction. */
    public Interaction save(Interaction interaction) {
        return interaction.isNew() ? log(interaction) : edit(interaction);
    }

    private void require(Interaction i) {
        List<FieldProblem> problems = new ArrayList<>(InteractionRules.check(i));
        if (accounts.find(i.accountId()).isEmpty()) {
            problems.add(FieldProblem.of("account", "contactlog.validation.accountGone"));
        } else if (!i.contactIds().isEmpty()) {
            Set<Long> here = contacts.findByAccount(i.accountId()).stream().map(Contact::id).collect(Collectors.toSet());
            if (!here.containsAll(i.contactIds())) {
                problems.add(FieldProblem.of("contacts", "contactlog.validation.contactElsewhere"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /**
     * Deletes it as read (last contacts go back); {@link #undoDelete} brings it back.
     *
     * @param version the version the caller read; a newer one is a conflict
     * @return the version after the delete, for the undo
     */
    public long delete(long id, long version) {
        String subject = log.find(id).map(Interaction::subject).orElse("");
        long deleted = log.softDelete(id, version);
        history.record(history.alternate(history.track("interaction", id, version, deleted),
                v -> log.restore(id, v), v -> log.softDelete(id, v), "undo.log.deleted", subject));
        return deleted;
    }

    /** @param version the version {@link #delete} returned; a change since is a conflict */
    public long undoDelete(long id, long version) {
        return log.restore(id, version);
    }

    /**
     * Moves a complaint on: in progress, resolved (with notes and the day), or open again. Undoable:
     * the undo writes the entry as it was, naming the version this write left.
     *
     * @throws ValidationException when, say, a resolved complaint has no resolution date
     */
    public Interaction updateComplaint(long id, ComplaintStatus status, String resolution, LocalDate resolvedOn) {
        Interaction i = log.find(id).orElseThrow(() -> new NotFoundException("interaction " + id));
        Interaction changed = i.withComplaint(status, resolution,
                status == ComplaintStatus.RESOLVED ? resolvedOn : null);
        InteractionRules.require(changed);
        Interaction saved = log.update(changed);
        history.record(history.swap(history.track("interaction", id, i.version(), saved.version()), i, saved,
                (state, v) -> log.update(state.withVersion(v)).version(), "undo.complaint.status", saved.subject()));
        return saved;
    }

    /**
     * Ticks a follow-up done, or open again. Undoable: the undo sets the flag back, naming the version
     * the tick left, so a newer change of the entry (an edit, another tick) refuses it.
     *
     * @throws NotFoundException when the entry is gone or has no follow-up
     * @throws dev.rapport.domain.EditConflict when the entry changed between the read here and the tick
     */
    public void setFollowUpDone(long id, boolean done) {
        // read for the version and the words of the status bar; the tick itself names that version
        Interaction i = log.find(id).filter(Interaction::hasFollowUp)
                .orElseThrow(() -> new NotFoundException("follow-up of interaction " + id));
        long after = log.setFollowUpDone(id, done, i.version());
        String what = i.followUpWhat().isEmpty() ? i.subject() : i.followUpWhat();
        history.record(history.swap(history.track("interaction", id, i.version(), after), i.followUpDone(), done,
                (state, v) -> log.setFollowUpDone(id, state, v), done ? "undo.followUp.done" : "undo.followUp.open",
                what));
    }

    public TimelinePage accountTimeline(long accountId, TimelineFilter filter, TimelinePage.Cursor after, int limit) {
        return log.accountPage(accountId, filter, after, limit);
    }

    public TimelinePage contactTimeline(long contactId, TimelineFilter filter, TimelinePage.Cursor after, int limit) {
        return log.contactPage(contactId, filter, after, limit);
    }

    /** Follow-ups not done and due today or earlier, the longest overdue first. */
    public List<FollowUpDue> followUpsDue(LocalDate today) {
        return log.followUpsDue(today);
    }

    /** Accounts whose days since last contact exceed their tier's cadence, worst first. */
    public List<ContactClock.QuietAccount> quietAccounts(LocalDate today) {
        return ContactClock.goingQuiet(log.quietCandidates(cadence(), today, clock.getZone()), cadence(), today);
    }

    /** Complaints open or in progress, oldest first. */
    public List<OpenComplaint> openComplaints() {
        return log.openComplaints();
    }

    /** Open complaints per account id (accounts without any are absent). */
    public Map<Long, Integer> openComplaintCounts() {
        return log.openComplaintCounts();
    }

    public Map<Long, LocalDateTime> lastContactByAccount() {
        return log.lastContactByAccount();
    }

    public Map<Long, LocalDateTime> lastContactByContact() {
        return log.lastContactByContact();
    }

    public Optional<LocalDateTime> lastContactOfAccount(long accountId) {
        return log.lastContactOfAccount(accountId);
    }

    public long count() {
        return log.countActive();
    }

    /** Whether any contact is logged at all: the log is in use (one row read, not a count of all). */
    public boolean inUse() {
        return log.anyActive();
    }

    /** The days allowed between contacts per tier; the defaults until the user changes them. */
    public Cadence cadence() {
        Cadence c = Cadence.DEFAULT;
        for (Tier t : Tier.values()) {
            Optional<String> v = settings.get(CADENCE_SETTING + t.name());
            if (v.isPresent()) {
                try {
                    int days = Integer.parseInt(v.get().strip());
                    if (days >= Cadence.MIN_DAYS && days <= Cadence.MAX_DAYS) {
                        c = c.with(t, days);
                    }
                } catch (NumberFormatException ignored) {
                    // a damaged value falls back to the default
                }
            }
        }
        return c;
    }

    /**
     * @throws ValidationException when a cadence is outside 1 to 3,650 days
     */
    public void saveCadence(Cadence cadence) {
        List<FieldProblem> problems = cadence.check();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Map<String, String> days = new LinkedHashMap<>();
        for (Tier t : Tier.values()) {
            days.put(CADENCE_SETTING + t.name(), Integer.toString(cadence.days(t)));
        }
        settings.putAll(days); // one change: a crash never leaves one tier's cadence saved and not the others'
    }

    /** Many interactions at once, for sample data and benchmarks: checked, then saved in one go. */
    public void logAll(List<Interaction> interactions) {
        interactions.forEach(InteractionRules::require);
        log.insertAll(interactions);
    }
}
