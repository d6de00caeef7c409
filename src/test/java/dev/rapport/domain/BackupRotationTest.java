package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackupRotationTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 18, 0);

    @Test
    void aYearOfDailyBackupsKeepsSevenDaysFourWeeksAndTwelveMonths() {
        List<LocalDateTime> daily = new ArrayList<>();
        for (int d = 0; d < 400; d++) {
            daily.add(NOW.minusDays(d));
        }
        Set<LocalDateTime> kept = BackupRotation.DEFAULT.keep(daily);

        assertThat(kept).contains(NOW, NOW.minusDays(6));
        assertThat(kept).doesNotContain(NOW.minusDays(399));
        // 7 days, plus older weekly and monthly representatives; overlap makes it fewer than 23
        assertThat(kept.size()).isBetween(14, 23);
        assertThat(kept.stream().filter(t -> t.isBefore(NOW.minusDays(7)) && t.isAfter(NOW.minusDays(28))))
                .hasSizeBetween(2, 4);
        assertThat(kept.stream().filter(t -> t.isBefore(NOW.minusMonths(11).withDayOfMonth(1)))).isEmpty();
    }

    @Test
    void severalBackupsOnOneDayKeepOnlyTheNewestOfThatDayOnceOlderDaysFillTheSlots() {
        List<LocalDateTime> times = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            times.add(NOW.minusDays(d));
            times.add(NOW.minusDays(d).minusHours(3));
        }
        Set<LocalDateTime> kept = new BackupRotation(7, 0, 0).keep(times);

        assertThat(kept).hasSize(8).contains(NOW, NOW.minusHours(3)).doesNotContain(NOW.minusDays(1).minusHours(3));
    }

    @Test
    void aBackupMadeAfterABadImportNeverPushesOutTheGoodOneFromThatMorning() {
        LocalDateTime morning = NOW.withHour(8);
        LocalDateTime afterTheBadImport = NOW.withHour(17);
        LocalDateTime onClosing = NOW.withHour(18);
        List<LocalDateTime> times = new ArrayList<>(List.of(morning, afterTheBadImport, onClosing));
        for (int d = 1; d < 40; d++) {
            times.add(morning.minusDays(d));
        }

        assertThat(BackupRotation.DEFAULT.keep(times)).contains(morning, afterTheBadImport, onClosing)
                .doesNotContain(morning.minusDays(20));
    }

    @Test
    void theNewestBackupIsAlwaysKept() {
        assertThat(BackupRotation.DEFAULT.keep(List.of(NOW))).containsExactly(NOW);
        assertThat(BackupRotation.DEFAULT.keep(List.of())).isEmpty();
    }
}
