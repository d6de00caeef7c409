package dev.rapport.exchange.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import dev.rapport.domain.Account;
import dev.rapport.domain.Contact;
import dev.rapport.domain.ContactPoint;
import dev.rapport.exchange.CellGuard;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes CSV that Excel opens correctly: UTF-8 with a byte-order mark, the separator the user
 * chose (Excel in many locales expects ';'), CRLF line ends, and formula-like cells guarded for
 * whichever separator a spreadsheet splits on ({@link CellGuard}).
 * The headers are the ones {@link ColumnMapping} recognises, so an export imports again as is.
 */
public final class CsvExport {
    public static final List<String> ACCOUNT_HEADER = List.of("Account", "Party type", "Tier", "Stage",
            "Relationship level", "Relationship type", "Industry", "Account address", "Account phone", "Website",
            "Annual revenue", "Gross margin %", "Share of wallet %", "Satisfaction", "Owner", "Tags", "Account notes");
    public static final List<String> CONTACT_HEADER = List.of("Name", "Account", "Job title", "Department",
            "Buying role", "Work phone", "Mobile phone", "Home phone", "Other phone", "Work e-mail", "Home e-mail",
            "Other e-mail", "Address", "Preferred channel", "Birthday", "Interests", "Notes", "Left account", "Left on");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {
    }

    public static void accounts(OutputStream out, char separator, List<Account> accounts) throws IOException {
        table(out, separator, ACCOUNT_HEADER, accounts, a -> List.of(a.name(), a.partyType().name(), a.tier().name(),
                a.stage().name(), a.level().name(), name(a.relationshipType()), a.industry(), a.address(), a.phone(),
                a.website(), plain(a.annualRevenue()), plain(a.grossMarginPct()), plain(a.shareOfWalletPct()),
                a.satisfaction() == null ? "" : a.satisfaction().toString(), a.owner(), String.join(", ", a.tags()),
                a.notes()));
    }

    public static void contacts(OutputStream out, char separator, List<Contact> contacts, Map<Long, String> accountNames)
            throws IOException {
        table(out, separator, CONTACT_HEADER, contacts, c -> List.of(c.name(), accountNames.getOrDefault(c.accountId(), ""),
                c.title(), c.department(), name(c.buyingRole()), points(c.phones(), ContactPoint.Kind.WORK),
                points(c.phones(), ContactPoint.Kind.MOBILE), points(c.phones(), ContactPoint.Kind.HOME),
                points(c.phones(), ContactPoint.Kind.OTHER), points(c.emails(), ContactPoint.Kind.WORK),
                points(c.emails(), ContactPoint.Kind.HOME), points(c.emails(), ContactPoint.Kind.OTHER), c.address(),
                name(c.preferredChannel()), c.birthday() == null ? "" : c.birthday().toString(), c.interests(),
                c.notes(), c.leftAccount() ? "yes" : "", c.leftOn() == null ? "" : c.leftOn().toString()));
    }

    /** Any table: a header and one row of cells per item, guarded and quoted as needed. */
    public static <T> void table(OutputStream out, char separator, List<String> header, List<T> items,
            Function<T, List<String>> cells) throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // quoted also when a field holds a separator other than this file's: see CellGuard
        QuoteStrategy quoteStrategy = new QuoteStrategy() {
            @Override
            public boolean quoteNonEmpty(int lineNo, int fieldIdx, String value) {
                return CellGuard.needsQuotes(value, separator);
            }
        };
        CsvWriter csv = CsvWriter.builder().fieldSeparator(separator).lineDelimiter(LineDelimiter.CRLF)
                .quoteStrategy(quoteStrategy).build(writer);
        csv.writeRecord(header);
        for (T item : items) {
            List<String> row = new ArrayList<>();
            for (String cell : cells.apply(item)) {
                row.add(CellGuard.guard(cell));
            }
            csv.writeRecord(row);
        }
        csv.flush();
    }

    private static String points(List<ContactPoint> points, ContactPoint.Kind kind) {
        return String.join("; ", points.stream().filter(p -> p.kind() == kind).map(ContactPoint::value).toList());
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
