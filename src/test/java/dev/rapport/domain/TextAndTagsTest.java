package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAndTagsTest {
    @Test
    void foldingIgnoresCaseAccentsAndFullWidthLetters() {
        assertThat(Text.fold("Chloé MÜLLER")).isEqualTo("chloe muller");
        assertThat(Text.fold("ＡＢＣ公司")).isEqualTo("abc公司");
        assertThat(Text.fold("华为技术")).isEqualTo("华为技术");
    }

    @Test
    void tagsAreSplitOnLatinAndChineseSeparatorsAndDeduplicated() {
        assertThat(Tags.parse("strategic, 战略；export、战略 ,, ")).containsExactly("strategic", "战略", "export");
    }
}
