package dev.rapport.ui.accounts;

/** The node ids of the accounts screen and its detail pane, shared by the view and the tests' page object. */
public final class AccountsIds {
    /** The accounts table; not "table", which the contacts screen's table is. */
    public static final String TABLE = "accountsTable";
    public static final String SEARCH = "account-search";
    public static final String SEARCH_BOX = "searchBox";
    public static final String COUNT = "countLabel";
    public static final String NEW = "newButton";
    public static final String TIER_FILTER = "tierFilter";
    public static final String STAGE_FILTER = "stageFilter";
    public static final String LEVEL_FILTER = "levelFilter";
    public static final String PARTY_FILTER = "partyFilter";
    public static final String CLEAR_FILTERS = "clearFiltersButton";
    public static final String NAME_COLUMN = "nameColumn";
    public static final String TIER_COLUMN = "tierColumn";
    public static final String HEALTH_COLUMN = "healthColumn";
    public static final String STAGE_COLUMN = "stageColumn";
    public static final String LEVEL_COLUMN = "levelColumn";
    public static final String PARTY_COLUMN = "partyColumn";
    public static final String INDUSTRY_COLUMN = "industryColumn";
    public static final String REVENUE_COLUMN = "revenueColumn";
    public static final String CONTACTS_COLUMN = "contactsColumn";
    public static final String OWNER_COLUMN = "ownerColumn";
    /** The prefix of the contact log columns ("account-last-contact-column", "account-days-since-column"). */
    public static final String LOG_COLUMNS = "account";
    public static final String EMPTY_STATE = "emptyState";
    public static final String EMPTY_NEW = "emptyNewButton";
    public static final String SAMPLE_DATA = "sampleDataButton";

    /** The account's page: its name, actions, key facts, tabs and people. */
    public static final String PAGE = "account-page";
    public static final String PAGE_BACK = "account-page-back";
    public static final String PAGE_TABS = "account-page-tabs";
    public static final String LOG_CONTACT = "account-log-contact";
    public static final String KEY_FACTS = "account-key-facts";
    public static final String KEY_OWNER = "account-key-owner";
    public static final String KEY_HEALTH = "account-key-health";
    public static final String KEY_LAST_CONTACT = "account-key-last-contact";
    public static final String KEY_NEXT_DATE = "account-key-next-date";
    public static final String FACTS = "account-facts";
    public static final String NOTES = "account-notes";
    /** The Overview's last three contacts and its link to the Contact log tab. */
    public static final String RECENT = "account-recent";
    public static final String RECENT_ALL = "account-recent-all";
    public static final String DETAIL_TITLE = "detail-title";
    public static final String EDIT = "account-edit";
    public static final String DELETE = "account-delete";
    public static final String EXPORT_PDF = "account-export-pdf";
    public static final String ADD_PERSON = "contact-add";
    public static final String PEOPLE = "account-contacts";

    private AccountsIds() {
    }
}
