package dev.rapport.exchange.vcard;

import dev.rapport.exchange.FieldValues;
import dev.rapport.exchange.ImportBatch;
import dev.rapport.exchange.ImportField;
import dev.rapport.exchange.ImportRow;
import dev.rapport.exchange.RowBuilder;
import dev.rapport.exchange.RowProblem;
import dev.rapport.exchange.csv.CsvTable;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.util.PartialDate;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads .vcf files as Android, iPhone, Outlook, Gmail, macOS Contacts and Thunderbird write
 * them (vCard 2.1 with quoted-printable, 3.0, 4.0). Each card becomes one import row; ORG names
 * the account.
 */
public final class VcardImport {
    static final String INTERESTS = "X-RAPPORT-INTERESTS";
    static final String BUYING_ROLE = "X-RAPPORT-BUYING-ROLE";
    static final String PREFERRED_CHANNEL = "X-RAPPORT-PREFERRED-CHANNEL";

    private VcardImport() {
    }

    public static ImportBatch read(Path file) {
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the bytes of a .vcf: UTF-8 unless it does not decode as such (then GB18030, as Chinese Outlook writes). */
    public static ImportBatch parse(byte[] bytes) {
        Charset cs = CsvTable.detectCharset(bytes);
        String text = new String(bytes, cs);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<ImportRow> rows = new ArrayList<>();
        List<RowProblem> fileProblems = new ArrayList<>();
        if (!text.toUpperCase(java.util.Locale.ROOT).contains("BEGIN:VCARD")) {
            fileProblems.add(RowProblem.of(0, "exchange.import.noCards"));
            return new ImportBatch(ImportBatch.Unit.CARD, rows, fileProblems);
        }
        try (VCardReader reader = new VCardReader(new StringReader(text))) {
            reader.setCaretDecodingEnabled(true);
            int number = 0;
            VCard card;
            while ((card = reader.readNext()) != null) {
                number++;
                rows.add(row(number, card));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int cut = cutCard(text);
        if (cut > 0) {
            // ez-vcard reads a card the file ends inside as if it were whole (a company "VCa" cut
            // from "VCard Ltd"): refuse it rather than import what may be half a card
            RowProblem problem = RowProblem.of(cut, "exchange.problem.cardCut");
            ImportRow refused = new ImportRow(cut, null, null, List.of(problem));
            if (cut <= rows.size()) {
                rows.set(cut - 1, refused);
            } else {
                rows.add(refused);
            }
        }
        return new ImportBatch(ImportBatch.Unit.CARD, rows, fileProblems);
    }

    /**
     * The number of the card the text ends inside (a BEGIN:VCARD without its END:VCARD), or 0
     * when every card is closed. Cards nested in a card (vCard 2.1 AGENT) count with their card.
     */
    static int cutCard(String text) {
        int cards = 0;
        int depth = 0;
        for (String line : text.split("\\R")) {
            String l = line.strip().toUpperCase(java.util.Locale.ROOT);
            if (l.equals("BEGIN:VCARD")) {
                if (depth == 0) {
                    cards++;
                }
                depth++;
            } else if (l.equals("END:VCARD") && depth > 0) {
                depth--;
            }
        }
        return depth > 0 ? cards : 0;
    }

    static ImportRow row(int number, VCard card) {
        RowBuilder row = new RowBuilder(number);
        String name = card.getFormattedName() == null ? "" : nullToEmpty(card.getFormattedName().getValue());
        if (name.isBlank() && card.getStructuredName() != null) {
            StructuredName n = card.getStructuredName();
            row.put(ImportField.FIRST_NAME, "N", n.getGiven(), null);
            row.put(ImportField.LAST_NAME, "N", n.getFamily(), null);
            row.put(ImportField.MIDDLE_NAME, "N", String.join(" ", n.getAdditionalNames()), null);
        } else {
            row.put(ImportField.NAME, "FN", name, null);
        }
        Organization org = card.getOrganization();
        if (org != null && !org.getValues().isEmpty()) {
            row.put(ImportField.ACCOUNT, "ORG", org.getValues().get(0), null);
            if (org.getValues().size() > 1) {
                row.put(ImportField.DEPARTMENT, "ORG", String.join(" ", org.getValues().subList(1, org.getValues().size())), null);
            }
        }
        for (Title t : card.getTitles()) {
            row.put(ImportField.TITLE, "TITLE", t.getValue(), null);
            break;
        }
        for (Telephone tel : card.getTelephoneNumbers()) {
            String value = tel.getText() != null ? tel.getText() : tel.getUri() == null ? null : tel.getUri().getNumber();
            row.put(ImportField.PHONE_LABELLED, "TEL", value, types(tel.getParameters()));
        }
        for (Email email : card.getEmails()) {
            row.put(ImportField.EMAIL_LABELLED, "EMAIL", email.getValue(), types(email.getParameters()));
        }
        if (!card.getAddresses().isEmpty()) {
            row.put(ImportField.ADDRESS, "ADR", address(card.getAddresses().get(0)), null);
        }
        Birthday bday = card.getBirthday();
        // a BDAY ez-vcard could not parse for the card's version (--0229 in 3.0, 1980-02-30) stays raw
        String bdayText = bday != null ? birthday(bday) : raw(card, "BDAY");
        String written = bday != null ? written(bday) : bdayText;
        if (noBirthdayIn(bdayText) && written != null && !written.isBlank()) {
            // 0000-00-00, a year alone: nothing to take, but the person still comes in and the report says so
            row.note("exchange.report.birthdayLeftEmpty", written.strip());
        } else {
            row.put(ImportField.BIRTHDAY, "BDAY", bdayText, null);
        }
        List<String> notes = card.getNotes().stream().map(Note::getValue).filter(v -> v != null && !v.isBlank())
                .collect(Collectors.toList());
        row.put(ImportField.NOTES, "NOTE", String.join(System.lineSeparator(), notes), null);
        row.put(ImportField.INTERESTS, INTERESTS, raw(card, INTERESTS), null);
        row.put(ImportField.BUYING_ROLE, BUYING_ROLE, raw(card, BUYING_ROLE), null);
        row.put(ImportField.PREFERRED_CHANNEL, PREFERRED_CHANNEL, raw(card, PREFERRED_CHANNEL), null);
        return row.build();
    }

    private static String raw(VCard card, String name) {
        RawProperty p = card.getExtendedProperty(name);
        return p == null ? null : p.getValue();
    }

    private static String types(VCardParameters params) {
        return String.join(",", params.getTypes());
    }

    private static String address(Address a) {
        if (a.getLabel() != null && !a.getLabel().isBlank()
                && nullToEmpty(a.getStreetAddress()).isBlank() && nullToEmpty(a.getLocality()).isBlank()) {
            return a.getLabel().replaceAll("\\R+", ", ");
        }
        String regionLine = join(" ", a.getRegion(), a.getPostalCode());
        return join(", ", a.getStreetAddressFull(), a.getLocality(), regionLine, a.getCountry());
    }

    private static String join(String sep, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p.strip());
            }
        }
        return String.join(sep, kept);
    }

    /** Whether the text gives no birthday without being an error: missing, or a placeholder such as 0000-00-00. */
    private static boolean noBirthdayIn(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            return FieldValues.birthday(text).isEmpty();
        } catch (IllegalArgumentException e) {
            // not a date at all: refused with its reason as any unreadable date
            return false;
        }
    }

    /** A BDAY as the card wrote it, for the report. */
    private static String written(Birthday b) {
        if (b.getText() != null) {
            return b.getText();
        }
        if (b.getPartialDate() != null) {
            return b.getPartialDate().toISO8601(true);
        }
        return b.getDate() == null ? null : b.getDate().toString();
    }

    /** BDAY as text Rapport's date reader takes: 1980-05-17, or --05-17 without a year. */
    private static String birthday(Birthday b) {
        Temporal date = b.getDate();
        if (date instanceof LocalDate d) {
            // macOS and iOS store a birthday without a year as 1604 with X-APPLE-OMIT-YEAR=1604
            String omitted = b.getParameter("X-APPLE-OMIT-YEAR");
            if (omitted != null && omitted.strip().equals(String.valueOf(d.getYear()))) {
                return String.format("--%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
            }
            return d.toString();
        }
        if (date instanceof LocalDateTime dt) {
            return dt.toLocalDate().toString();
        }
        if (date instanceof OffsetDateTime odt) {
            return odt.toLocalDate().toString();
        }
        PartialDate partial = b.getPartialDate();
        if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
            String md = String.format("%02d-%02d", partial.getMonth(), partial.getDate());
            return partial.getYear() == null ? "--" + md : partial.getYear() + "-" + md;
        }
        return b.getText();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
