package dev.rapport.exchange.vcard;

import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Uid;
import ezvcard.util.PartialDate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes people as one .vcf (3.0 or 4.0) that phones and mail programs import. */
public final class VcardExport {
    private VcardExport() {
    }

    public static void write(OutputStream out, VCardVersion version, List<Contact> people, Map<Long, String> accountNames)
            throws IOException {
        List<VCard> cards = new ArrayList<>(people.size());
        for (Contact c : people) {
            cards.add(card(c, accountNames.getOrDefault(c.accountId(), ""), version));
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Ezvcard.write(cards).version(version).prodId(false).go(writer);
        writer.flush();
    }

    static VCard card(Contact c, String accountName, VCardVersion version) {
        VCard card = new VCard();
        card.setFormattedName(c.name());
        card.setStructuredName(structured(c.name()));
        if (c.id() != null) {
            card.setUid(new Uid("urn:uuid:" + java.util.UUID.nameUUIDFromBytes(("rapport-contact-" + c.id())
                    .getBytes(StandardCharsets.UTF_8))));
        }
        if (!accountName.isEmpty()) {
            Organization org = new Organization();
            org.getValues().add(accountName);
            if (!c.department().isEmpty()) {
                org.getValues().add(c.department());
            }
            card.setOrganization(org);
        }
        if (!c.title().isEmpty()) {
            card.addTitle(c.title());
        }
        for (ContactPoint p : c.phones()) {
            card.addTelephoneNumber(p.value(), telType(p.kind()));
        }
        for (ContactPoint p : c.emails()) {
            card.addEmail(p.value(), emailType(p.kind()));
        }
        if (!c.address().isEmpty()) {
            Address a = new Address();
            a.setStreetAddress(c.address());
            card.addAddress(a);
        }
        if (c.birthday() != null) {
            if (c.birthday().year() != null) {
                card.setBirthday(new Birthday(c.birthday().celebratedIn(c.birthday().year())));
            } else if (version == VCardVersion.V3_0) {
                // 3.0 has no date without a year; --MMDD (from 4.0) is what Android and Google read
                card.addExtendedProperty("BDAY", String.format("--%02d%02d", c.birthday().monthDay().getMonthValue(),
                        c.birthday().monthDay().getDayOfMonth()));
            } else {
                card.setBirthday(new Birthday(PartialDate.builder().month(c.birthday().monthDay().getMonthValue())
                        .date(c.birthday().monthDay().getDayOfMonth()).build()));
            }
        }
        if (!c.notes().isBlank()) {
            card.addNote(c.notes());
        }
        if (!c.interests().isBlank()) {
            card.addExtendedProperty(VcardImport.INTERESTS, c.interests());
        }
        if (c.buyingRole() != null) {
            card.addExtendedProperty(VcardImport.BUYING_ROLE, c.buyingRole().name());
        }
        if (c.preferredChannel() != null) {
            card.addExtendedProperty(VcardImport.PREFERRED_CHANNEL, c.preferredChannel().name());
        }
        return card;
    }

    /** N: Chinese names as family name (first character) and given name, Latin ones split at the last space. */
    static StructuredName structured(String name) {
        StructuredName n = new StructuredName();
        boolean han = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (han && !name.contains(" ") && name.codePointCount(0, name.length()) >= 2) {
            int cut = name.offsetByCodePoints(0, 1);
            n.setFamily(name.substring(0, cut));
            n.setGiven(name.substring(cut));
        } else {
            int space = name.lastIndexOf(' ');
            if (space > 0) {
                n.setGiven(name.substring(0, space));
                n.setFamily(name.substring(space + 1));
            } else {
                n.setGiven(name);
            }
        }
        return n;
    }

    private static TelephoneType telType(ContactPoint.Kind kind) {
        return switch (kind) {
            case WORK -> TelephoneType.WORK;
            case MOBILE -> TelephoneType.CELL;
            case HOME -> TelephoneType.HOME;
            case OTHER -> TelephoneType.VOICE;
        };
    }

    private static EmailType emailType(ContactPoint.Kind kind) {
        return switch (kind) {
            case WORK -> EmailType.WORK;
            case HOME -> EmailType.HOME;
            case MOBILE, OTHER -> EmailType.INTERNET;
        };
    }
}
