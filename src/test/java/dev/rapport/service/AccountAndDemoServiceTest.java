package dev.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.app.AppContext;
import dev.rapport.domain.Account;
import dev.rapport.domain.AccountListItem;
import dev.rapport.domain.LifecycleStage;
import dev.rapport.domain.PartyType;
import dev.rapport.domain.RelationshipLevel;
import dev.rapport.domain.Tier;
import dev.rapport.domain.ValidationException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountAndDemoServiceTest {
    @TempDir
    Path dataDir;

    private AppContext ctx;

    @BeforeEach
    void open() {
        ctx = AppContext.open(dataDir, Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void anInvalidAccountIsRefusedWithItsReasonsAndNothingIsWritten() {
        assertThatThrownBy(() -> ctx.accounts().save(Account.named("  ")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).contains("name"));
        assertThat(ctx.accounts().count()).isZero();
    }

    @Test
    void aDeletedAccountCanBeBroughtBack() {
        Account saved = ctx.accounts().save(Account.named("杭州瑞丰电子股份有限公司"));
        long deleted = ctx.accounts().delete(saved.id(), saved.version());
        assertThat(ctx.accounts().list()).isEmpty();
        ctx.accounts().undoDelete(saved.id(), deleted);
        assertThat(ctx.accounts().list()).extracting(i -> i.account().name()).containsExactly("杭州瑞丰电子股份有限公司");
    }

    @Test
    void sampleDataCoversEveryTierStageLevelAndPartyWithChineseAndLatinNames() {
        DemoDataService.Summary summary = ctx.demo().generate(60, 150, Progress.NONE);
        assertThat(summary.accounts()).isEqualTo(60);
        assertThat(summary.contacts()).isEqualTo(150);
        List<AccountListItem> items = ctx.accounts().list();
        List<Account> accounts = items.stream().map(AccountListItem::account).toList();
        assertThat(accounts.stream().map(Account::tier).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(Tier.class));
        assertThat(accounts.stream().map(Account::level).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(RelationshipLevel.class));
        assertThat(accounts.stream().map(Account::partyType).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(PartyType.class));
        Set<LifecycleStage> stages = accounts.stream().map(Account::stage).collect(Collectors.toSet());
        assertThat(stages).hasSizeGreaterThanOrEqualTo(LifecycleStage.values().length - 1);
        assertThat(accounts).extracting(Account::name).doesNotHaveDuplicates();
        assertThat(accounts).anyMatch(a -> a.name().matches(".*\\p{IsHan}.*"));
        assertThat(accounts).anyMatch(a -> a.name().matches("[A-Za-z ]+.*"));
        // people at the sample accounts that left are on those accounts, not in the contacts list
        int atExited = accounts.stream().filter(a -> a.stage() == LifecycleStage.EXITED)
                .mapToInt(a -> ctx.contacts().ofAccount(a.id()).size()).sum();
        assertThat(atExited).isPositive();
        assertThat(ctx.contacts().list()).hasSize(150 - atExited)
                .anyMatch(c -> c.contact().name().matches(".*\\p{IsHan}.*"))
                .anyMatch(c -> c.contact().name().matches("[A-Za-zÀ-ÿ ]+"));
    }
}
