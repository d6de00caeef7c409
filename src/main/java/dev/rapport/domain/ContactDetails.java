package dev.rapport.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks for e-mail addresses and phone numbers as people type them. */
public final class ContactDetails {
    private static final Pattern EMAIL =
            Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[^@\\s.]{2,}$");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private ContactDetails() {
    }

    public static boolean isEmail(String text) {
        return text != null && EMAIL.matcher(text.strip()).matches();
    }

    /**
     * Whether the text could be a phone number, in international form or as dialled within
     * the user's country. Lenient on purpose: it rejects typing slips, not unusual plans.
     */
    /** A trailing extension as people write it, in English and Chinese. */
    private static final Pattern EXTENSION = Pattern.compile(
            "(?i)[\\s,;]*(ext\\.?|extension|x|#|分机|分機|转|轉)\\s*\\d+$");

    public static boolean isPhone(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return false;
        }
        // letters only in an extension ("ext. 12", "x12", "转 12"): the parser reads other letters as a
        // keypad's digits, and "+86 138 abc" passed as a number
        String number = EXTENSION.matcher(text.strip()).replaceFirst("");
        if (number.codePoints().anyMatch(Character::isLetter)) {
            return false;
        }
        String region = locale.getCountry().isEmpty() ? regionFor(locale) : locale.getCountry();
        try {
            return PHONES.isPossibleNumber(PHONES.parse(number, region));
        } catch (NumberParseException e) {
            return false;
        }
    }

    private static String regionFor(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "CN" : "US";
    }
}
