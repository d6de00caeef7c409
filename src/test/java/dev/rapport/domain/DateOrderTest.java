package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateOrderTest {
    @Test
    void aFirstNumberOver12ShowsDayFirstASecondOver12MonthFirstAndTwoSmallNumbersNothing() {
        assertThat(DateOrder.shownBy(25, 3)).isEqualTo(DateOrder.DAY_MONTH);
        assertThat(DateOrder.shownBy(3, 25)).isEqualTo(DateOrder.MONTH_DAY);
        assertThat(DateOrder.shownBy(3, 4)).isEqualTo(DateOrder.AUTO);
        assertThat(DateOrder.shownBy(12, 12)).isEqualTo(DateOrder.AUTO);
        assertThat(DateOrder.shownBy(25, 25)).as("no day and month at all").isNull();
        assertThat(DateOrder.shownBy(0, 4)).isNull();
        assertThat(DateOrder.shownBy(40, 3)).isNull();
    }
}
