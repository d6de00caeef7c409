package dev.rapport.ui.contactlog;

import dev.rapport.domain.ContactClock;
import dev.rapport.service.ContactLogService;
import dev.rapport.ui.common.UiKit;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Last contact and open complaints per account and person, read in one go and again after
 * logging; {@link ContactLogFacts} shows them in the lists.
 */
public final class ContactLogFactsViewModel {
    private final ContactLogService contactLog;
    private final UiKit kit;
    private final Map<Long, LocalDateTime> accountLast = new HashMap<>();
    private final Map<Long, LocalDateTime> contactLast = new HashMap<>();
    private final Map<Long, Integer> openComplaints = new HashMap<>();
    private final List<Runnable> onReloaded = new ArrayList<>();

    public ContactLogFactsViewModel(ContactLogService contactLog, UiKit kit) {
        this.contactLog = contactLog;
        this.kit = kit;
    }

    private record Loaded(Map<Long, LocalDateTime> accounts, Map<Long, LocalDateTime> contacts,
            Map<Long, Integer> complaints) {
    }

    public void reload() {
        kit.executor().submit(kit.messages().get("task.loading"), p -> new Loaded(contactLog.lastContactByAccount(),
                contactLog.lastContactByContact(), contactLog.openComplaintCounts()), loaded -> {
                    accountLast.clear();
                    accountLast.putAll(loaded.accounts());
                    contactLast.clear();
                    contactLast.putAll(loaded.contacts());
                    openComplaints.clear();
                    openComplaints.putAll(loaded.complaints());
                    onReloaded.forEach(Runnable::run);
                }, e -> kit.dialogs().showError(kit.messages().get("error.load"), e));
    }

    /** Runs after every reload, on the FX thread. */
    public void onReloaded(Runnable r) {
        onReloaded.add(r);
    }

    public LocalDateTime accountLastContact(long accountId) {
        return accountLast.get(accountId);
    }

    public LocalDateTime contactLastContact(long contactId) {
        return contactLast.get(contactId);
    }

    public int openComplaints(long accountId) {
        return openComplaints.getOrDefault(accountId, 0);
    }

    /** Days since the contact, or null when never contacted. */
    public Long daysSince(LocalDateTime last) {
        return last == null ? null : ContactClock.daysSince(last, contactLog.today());
    }
}
