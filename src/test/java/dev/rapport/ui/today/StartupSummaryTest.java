package dev.rapport.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.domain.MorningSummary;
import dev.rapport.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StartupSummaryTest {
    @Test
    void theNotificationNamesUpToThreePeopleAndCountsTheFollowUps() {
        Messages en = new Messages(Locale.ENGLISH);
        assertThat(StartupSummary.text(en, new MorningSummary(List.of("陈静", "Anna Müller"), 2, 1)))
                .isEqualTo("Birthday today: 陈静, Anna Müller\nFollow-ups: 2 overdue, 1 due today");
        assertThat(StartupSummary.text(en, new MorningSummary(List.of("A", "B", "C", "D", "E"), 0, 0)))
                .isEqualTo("Birthday today: A, B, C and 2 more");
        assertThat(StartupSummary.text(en, new MorningSummary(List.of(), 0, 4)))
                .isEqualTo("Follow-ups: 0 overdue, 4 due today");
    }

    @Test
    void inChineseTheNamesAreJoinedWithTheChineseEnumerationComma() {
        Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
        assertThat(StartupSummary.text(zh, new MorningSummary(List.of("陈静", "王建国"), 1, 0)))
                .isEqualTo("今天生日：陈静、王建国\n跟进：逾期 1 项，今天到期 0 项");
    }

    @Test
    void aVeryLongNameIsShortenedSoTheNotificationFitsTheScreen() {
        Messages en = new Messages(Locale.ENGLISH);
        String longName = "Maximilian Alexander Bartholomew ".repeat(4) + "欧阳";
        String text = StartupSummary.text(en, new MorningSummary(List.of(longName, "陈静"), 0, 0));
        assertThat(text).startsWith("Birthday today: Maximilian Alexander Bartholomew Maximi...")
                .endsWith(", 陈静").hasSizeLessThan(80);
    }
}
