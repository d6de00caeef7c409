package dev.rapport.ui.contacts;

import dev.rapport.ui.contactlog.TimelineIds;

/** The node ids of the people screen, shared by the view and its tests' page object. */
public final class ContactsIds {
    /** Not "table": the accounts screen's table has that id, and both can be in one window. */
    public static final String TABLE = "contactsTable";
    public static final String COUNT = "countLabel";
    public static final String NEW = "newButton";
    /** Edits the selected person (as Enter or a double click on the row does). */
    public static final String EDIT = "editButton";
    public static final String SEARCH_BOX = "searchBox";
    public static final String SEARCH = "contact-search";
    public static final String SHOW_LEFT = "showLeftCheck";
    public static final String PLACEHOLDER = "placeholder";
    public static final String NAME_COLUMN = "nameColumn";
    public static final String ACCOUNT_COLUMN = "accountColumn";
    public static final String TITLE_COLUMN = "titleColumn";
    public static final String ROLE_COLUMN = "roleColumn";
    public static final String PHONE_COLUMN = "phoneColumn";
    public static final String EMAIL_COLUMN = "emailColumn";
    public static final String BIRTHDAY_COLUMN = "birthdayColumn";
    /** The prefix of the contact log columns ("contact-last-contact-column", "contact-days-since-column"). */
    public static final String LOG_COLUMNS = "contact";
    /** The prefix of the selected person's timeline's ids (see {@link TimelineIds}). */
    /** The person's page: name, account link, actions, key facts and tabs. */
    public static final String PAGE = "person-page";
    public static final String PAGE_BACK = "person-page-back";
    public static final String PAGE_TITLE = "person-page-title";
    public static final String PAGE_ACCOUNT = "person-page-account";
    public static final String PAGE_LOG = "person-page-log";
    public static final String PAGE_EDIT = "person-page-edit";
    public static final String PAGE_DELETE = "person-page-delete";
    public static final String PAGE_KEY_FACTS = "person-key-facts";
    public static final String PAGE_TABS = "person-page-tabs";
    public static final String PAGE_FACTS = "person-facts";
    public static final String PAGE_PHONE = "person-key-phone";
    public static final String PAGE_EMAIL = "person-key-email";
    public static final String PAGE_BIRTHDAY = "person-key-birthday";
    public static final String PAGE_LAST_CONTACT = "person-key-last-contact";
    public static final String TIMELINE = TimelineIds.CONTACT;

    private ContactsIds() {
    }
}
