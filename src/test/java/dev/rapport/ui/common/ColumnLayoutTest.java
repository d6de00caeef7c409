package dev.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The kept column layout is text in a preferences file a person can edit: what cannot be read is left out. */
class ColumnLayoutTest {
    @Test
    void aLayoutReadsBackAsItWasWritten() {
        assertThat(ColumnLayout.decode("name:1:170,phone:0:150,contact-last-contact-column:1:96"))
                .containsExactly(new ColumnLayout.Kept("name", true, 170), new ColumnLayout.Kept("phone", false, 150),
                        new ColumnLayout.Kept("contact-last-contact-column", true, 96));
    }

    @Test
    void brokenPartsAreLeftOutAndWidthsKeptWithinReason() {
        List<ColumnLayout.Kept> kept = ColumnLayout.decode(
                "name:1:170,,phone:2:150,:1:40,email:1:wide,title:1:NaN,account:1:-5,tier:0:1e9,name:0:80,x:1");
        assertThat(kept).containsExactly(new ColumnLayout.Kept("name", true, 170),
                new ColumnLayout.Kept("account", true, 24), new ColumnLayout.Kept("tier", false, 2000));
        assertThat(ColumnLayout.decode("")).isEmpty();
        assertThat(ColumnLayout.decode("客户:1:100")).containsExactly(new ColumnLayout.Kept("客户", true, 100));
    }
}
