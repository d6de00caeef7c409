package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MorningSummaryTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 28);

    private static UpcomingDate birthday(String name, long inDays) {
        return new UpcomingDate(TODAY.plusDays(inDays), inDays, UpcomingKind.BIRTHDAY, name, null, 1L, name, 1L,
                "华为技术", null, null, null, null, null);
    }

    private static FollowUpDue followUp(LocalDate due) {
        return new FollowUpDue(1L, 1L, "Contoso", due, "send the offer", "Visit", InteractionChannel.VISIT);
    }

    @Test
    void onlyTodaysBirthdaysAndTheFollowUpsDueOrOverdueAreSummedUp() {
        UpcomingDate anniversary = new UpcomingDate(TODAY, 0, UpcomingKind.IMPORTANT_DATE, "陈静", null, 1L, "陈静", 1L,
                "华为技术", 3, null, 9L, DateKind.WORK_ANNIVERSARY, "");
        MorningSummary s = MorningSummary.of(List.of(birthday("陈静", 0), birthday("Anna Müller", 0),
                birthday("陈静", 0), birthday("王建国", 1), anniversary),
                List.of(followUp(TODAY.minusDays(3)), followUp(TODAY.minusDays(1)), followUp(TODAY),
                        followUp(TODAY.plusDays(1))), TODAY);
        assertThat(s.birthdaysToday()).containsExactly("陈静", "Anna Müller");
        assertThat(s.followUpsOverdue()).isEqualTo(2);
        assertThat(s.followUpsDueToday()).isEqualTo(1);
        assertThat(s.isEmpty()).isFalse();
    }

    @Test
    void aQuietMorningIsEmpty() {
        assertThat(MorningSummary.of(List.of(birthday("王建国", 1)), List.of(followUp(TODAY.plusDays(2))), TODAY)
                .isEmpty()).isTrue();
    }
}
