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
    void brokenPartsAreLeftOutAndImpossibleWidthsForgottenSoTheColumnKeepsItsOwn() {
        List<ColumnLayout.Kept> kept = ColumnLayout.decode("name:1:170,,phone:2:150,:1:40,email:1:wide,title:1:NaN,"
                + "account:1:-5,tier:0:1e9,name:0:80,health:1:0,role:1,birthday:1:Infinity,x:1:2:3,owner:1:39.9");
        assertThat(kept).containsExactly(new ColumnLayout.Kept("name", true, 170),
                new ColumnLayout.Kept("email", true, Double.NaN), new ColumnLayout.Kept("title", true, Double.NaN),
                new ColumnLayout.Kept("account", true, Double.NaN), new ColumnLayout.Kept("tier", false, Double.NaN),
                new ColumnLayout.Kept("health", true, Double.NaN), new ColumnLayout.Kept("role", true, Double.NaN),
                new ColumnLayout.Kept("birthday", true, Double.NaN), new ColumnLayout.Kept("owner", true, Double.NaN));
        assertThat(ColumnLayout.decode("")).isEmpty();
        assertThat(ColumnLayout.decode("客户:1:100")).containsExactly(new ColumnLayout.Kept("客户", true, 100));
    }
}
