package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the forms accept as a phone number: "+86 138 abc" was taken, its letters read as keypad digits. */
class PhoneNumberTest {

    @Test
    void numbersAsRepsWriteThemAreAccepted() {
        assertThat(ContactDetails.isPhone("+86 138 0013 8000", Locale.SIMPLIFIED_CHINESE)).isTrue();
        assertThat(ContactDetails.isPhone("138-0013-8000", Locale.SIMPLIFIED_CHINESE)).isTrue();
        assertThat(ContactDetails.isPhone("(415) 555-0132", Locale.US)).isTrue();
        assertThat(ContactDetails.isPhone("+1 415 555 0132 ext. 12", Locale.ENGLISH)).isTrue();
        assertThat(ContactDetails.isPhone("+86 10 6552 9988 转 8021", Locale.SIMPLIFIED_CHINESE)).isTrue();
        assertThat(ContactDetails.isPhone("+886 2 2720 8889 轉 12", Locale.TRADITIONAL_CHINESE)).isTrue();
    }

    @Test
    void lettersOutsideAnExtensionAreRefused() {
        assertThat(ContactDetails.isPhone("+86 138 abc", Locale.SIMPLIFIED_CHINESE)).isFalse();
        assertThat(ContactDetails.isPhone("1-800-FLOWERS", Locale.US)).isFalse();
        assertThat(ContactDetails.isPhone("call me", Locale.ENGLISH)).isFalse();
        assertThat(ContactDetails.isPhone("+86 138 0013 8000 ext. abc", Locale.ENGLISH)).isFalse();
    }
}
