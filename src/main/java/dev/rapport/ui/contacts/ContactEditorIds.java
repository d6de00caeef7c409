package dev.rapport.ui.contacts;

/** The node ids of the person editor, shared by the editor and its tests' page object. */
public final class ContactEditorIds {
    public static final String NAME = "nameField";
    public static final String NAME_ERROR = "nameError";
    public static final String ACCOUNT = "accountBox";
    public static final String ACCOUNT_ERROR = "accountError";
    public static final String TITLE = "titleField";
    public static final String DEPARTMENT = "departmentField";
    public static final String ROLE = "roleBox";
    public static final String CHANNEL = "channelBox";
    public static final String PHONE_ROWS = "phoneRows";
    public static final String EMAIL_ROWS = "emailRows";
    public static final String ADD_PHONE = "addPhoneButton";
    public static final String ADD_EMAIL = "addEmailButton";
    public static final String MONTH = "monthBox";
    public static final String DAY = "dayBox";
    public static final String YEAR = "yearField";
    public static final String BIRTHDAY_ERROR = "birthdayError";
    public static final String ADDRESS = "addressField";
    public static final String INTERESTS = "interestsArea";
    public static final String NOTES = "notesArea";
    public static final String LEFT = "leftCheck";
    public static final String LEFT_ON = "leftOnPicker";
    public static final String LEFT_ON_ERROR = "leftOnError";
    public static final String SAVE = "save-button";

    private ContactEditorIds() {
    }

    /** The N-th phone line's field (from 0). */
    public static String phone(int index) {
        return "phone-" + index;
    }

    public static String phoneError(int index) {
        return phone(index) + "-error";
    }

    /** The N-th e-mail line's field (from 0). */
    public static String email(int index) {
        return "email-" + index;
    }

    public static String emailError(int index) {
        return email(index) + "-error";
    }
}
