package dev.rapport.ui.exchange;

/** The node ids of Import…, Export and PDF (accounts screen) and of the people's Export (contacts screen). */
public final class ExchangeIds {
    public static final String IMPORT = "exchange-import";
    public static final String EXPORT = "exchange-export";
    public static final String PDF = "exchange-pdf";
    public static final String EXPORT_ACCOUNTS_CSV = "export-accounts-csv";
    public static final String EXPORT_PEOPLE_CSV = "export-people-csv";
    public static final String EXPORT_INTERACTIONS_CSV = "export-interactions-csv";
    public static final String EXPORT_ACTIONS_CSV = "export-actions-csv";
    public static final String EXPORT_PEOPLE_VCARD = "export-people-vcard";
    public static final String EXPORT_CALENDAR = "export-calendar";
    public static final String EXPORT_PDFS = "export-pdfs";

    /** The contacts screen's Export of the people listed. */
    public static final String PEOPLE_EXPORT = "contacts-export";
    public static final String EXPORT_LISTED_VCARD = "export-listed-vcard";
    public static final String EXPORT_LISTED_CSV = "export-listed-csv";

    private ExchangeIds() {
    }
}
