package dev.rapport.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The record of an account leaving us (退出): when, why, what it was worth then, whether we could
 * have kept it and how we might win it back. A reactivation keeps the record and notes its date.
 * An id of null means not saved yet. {@code segmentAtExit} is the account's tier, party type and
 * industry on the day the exit was recorded, for churn by group; null while not yet recorded.
 */
public record AccountExit(
        Long id,
        long accountId,
        LocalDate exitedOn,
        ExitReason reason,
        String reasonText,
        BigDecimal revenueAtExit,
        BigDecimal marginPctAtExit,
        boolean avoidable,
        String winBackPlan,
        LocalDate reactivatedOn,
        AccountSegment segmentAtExit,
        long version) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public AccountExit {
        Objects.requireNonNull(exitedOn, "exitedOn");
        Objects.requireNonNull(reason, "reason");
        reasonText = reasonText == null ? "" : reasonText.strip();
        winBackPlan = winBackPlan == null ? "" : winBackPlan.strip();
    }

    /** An exit whose segment is not known yet: the service records it from the account when saving. */
    public AccountExit(Long id, long accountId, LocalDate exitedOn, ExitReason reason, String reasonText,
            BigDecimal revenueAtExit, BigDecimal marginPctAtExit, boolean avoidable, String winBackPlan,
            LocalDate reactivatedOn) {
        this(id, accountId, exitedOn, reason, reasonText, revenueAtExit, marginPctAtExit, avoidable, winBackPlan,
                reactivatedOn, null, 0L);
    }

    /** The gross profit the account brought in a year when it left: revenue × margin. */
    public BigDecimal profitAtExit() {
        if (revenueAtExit == null || marginPctAtExit == null) {
            return BigDecimal.ZERO;
        }
        return revenueAtExit.multiply(marginPctAtExit).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    public BigDecimal revenueOrZero() {
        return revenueAtExit == null ? BigDecimal.ZERO : revenueAtExit;
    }

    public boolean reactivated() {
        return reactivatedOn != null;
    }

    public AccountExit withId(long newId) {
        return new AccountExit(newId, accountId, exitedOn, reason, reasonText, revenueAtExit, marginPctAtExit,
                avoidable, winBackPlan, reactivatedOn, segmentAtExit, version);
    }

    public AccountExit reactivatedOn(LocalDate day) {
        return new AccountExit(id, accountId, exitedOn, reason, reasonText, revenueAtExit, marginPctAtExit,
                avoidable, winBackPlan, day, segmentAtExit, version);
    }

    public AccountExit withSegmentAtExit(AccountSegment segment) {
        return new AccountExit(id, accountId, exitedOn, reason, reasonText, revenueAtExit, marginPctAtExit,
                avoidable, winBackPlan, reactivatedOn, segment, version);
    }

    /** The same exit as stored at another row version (0 when not saved): an update or delete names it. */
    public AccountExit withVersion(long newVersion) {
        return new AccountExit(id, accountId, exitedOn, reason, reasonText, revenueAtExit, marginPctAtExit, avoidable, winBackPlan, reactivatedOn, segmentAtExit, newVersion);
    }
}
