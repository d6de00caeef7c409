package dev.rapport.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A key account: an organisation we keep a relationship with, in any of the six markets.
 * An id of null means the account has not been saved yet. The version is the stored row's version
 * when it was read (0 when not saved): a save names it, so a stale copy cannot overwrite a newer one.
 */
public record Account(
        Long id,
        String name,
        PartyType partyType,
        Tier tier,
        LifecycleStage stage,
        RelationshipLevel level,
        RelationshipType relationshipType,
        String industry,
        String address,
        String phone,
        String website,
        BigDecimal annualRevenue,
        BigDecimal grossMarginPct,
        BigDecimal shareOfWalletPct,
        Integer satisfaction,
        String owner,
        List<String> tags,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Account {
        name = Text.trimToEmpty(name);
        Objects.requireNonNull(partyType, "partyType");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(level, "level");
        industry = Text.trimToEmpty(industry);
        address = Text.trimToEmpty(address);
        phone = Text.trimToEmpty(phone);
        website = Text.trimToEmpty(website);
        owner = Text.trimToEmpty(owner);
        notes = notes == null ? "" : notes;
        tags = Tags.normalize(tags);
    }

    /** A new, unsaved account with the defaults a rep starts from. */
    public static Account named(String name) {
        return new Account(null, name, PartyType.CUSTOMER, Tier.B, LifecycleStage.PROSPECT,
                RelationshipLevel.FINANCIAL, null, "", "", "", "", null, null, null, null, "",
                List.of(), "", null, null, 0L);
    }

    public boolean isNew() {
        return id == null;
    }

    public Account withId(long newId, Instant created, Instant updated) {
        return new Account(newId, name, partyType, tier, stage, level, relationshipType, industry,
                address, phone, website, annualRevenue, grossMarginPct, shareOfWalletPct,
                satisfaction, owner, tags, notes, created, updated, version);
    }

    public Account withTags(List<String> newTags) {
        return new Account(id, name, partyType, tier, stage, level, relationshipType, industry,
                address, phone, website, annualRevenue, grossMarginPct, shareOfWalletPct,
                satisfaction, owner, newTags, notes, createdAt, updatedAt, version);
    }

    public Account withTier(Tier newTier) {
        return new Account(id, name, partyType, newTier, stage, level, relationshipType, industry,
                address, phone, website, annualRevenue, grossMarginPct, shareOfWalletPct,
                satisfaction, owner, tags, notes, createdAt, updatedAt, version);
    }

    public Account withStage(LifecycleStage newStage) {
        return new Account(id, name, partyType, tier, newStage, level, relationshipType, industry,
                address, phone, website, annualRevenue, grossMarginPct, shareOfWalletPct,
                satisfaction, owner, tags, notes, createdAt, updatedAt, version);
    }

    /** The same account as stored at another row version (what the store read or wrote last). */
    public Account withVersion(long newVersion) {
        return new Account(id, name, partyType, tier, stage, level, relationshipType, industry, address, phone, website, annualRevenue, grossMarginPct, shareOfWalletPct, satisfaction, owner, tags, notes, createdAt, updatedAt, newVersion);
    }
}
