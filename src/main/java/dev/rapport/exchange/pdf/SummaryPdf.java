package dev.rapport.exchange.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out a {@link SummaryDocument} as PDF with PDFBox: real, selectable text in the bundled
 * CJK+Latin font (WenQuanYi Micro Hei), embedded as a subset; tables that break across pages
 * with their header repeated; page numbers in the footer.
 */
public final class SummaryPdf {
    private static final String FONT = "/dev/rapport/fonts/wqy-microhei.ttc";
    private static final float MARGIN = 50;
    private static final float BODY = 9.5f;
    private static final float CELL = 8.5f;
    private static final float SMALL = 8;
    private static final float LEADING = 1.35f;
    private static final float CELL_PAD = 4;
    /** The bundled font, parsed once: parsing the 5 MB collection took most of a summary's time. */
    private static TrueTypeFont sharedFont;
    private static final Object FONT_LOCK = new Object();

    private final SummaryDocument summary;
    private final Locale locale;
    private PDDocument doc;
    private PDType0Font font;
    private CmapLookup cmap;
    private PDRectangle size;
    private PDPage page;
    private PDPageContentStream out;
    private float y;

    private SummaryPdf(SummaryDocument summary, Locale locale) {
        this.summary = summary;
        this.locale = locale;
    }

    /**
     * Writes the summary as a PDF to the stream (which stays open). Summaries are written one at
     * a time, as they share the parsed font, which is not safe for concurrent use.
     */
    public static void write(SummaryDocument summary, Locale locale, OutputStream target) throws IOException {
        synchronized (FONT_LOCK) {
            new SummaryPdf(summary, locale).render(target, font());
        }
    }

    private static TrueTypeFont font() throws IOException {
        if (sharedFont == null) {
            byte[] bytes;
            try (InputStream in = SummaryPdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("font missing: " + FONT);
                }
                bytes = in.readAllBytes();
            }
            // the collection stays open for the life of the process: the font reads glyphs from it
            @SuppressWarnings("resource")
            TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes));
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(ttf -> {
                if (first[0] == null) {
                    first[0] = ttf;
                }
            });
            sharedFont = first[0];
        }
        return sharedFont;
    }

    private void render(OutputStream target, TrueTypeFont ttf) throws IOException {
        size = summary.paper() == SummaryDocument.PaperSize.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
        try (PDDocument document = new PDDocument()) {
            this.doc = document;
            font = PDType0Font.load(doc, ttf, true);
            cmap = ttf.getUnicodeCmapLookup();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(summary.title());
            info.setCreator("Rapport");
            newPage();
            title();
            List<SummaryDocument.Block> blocks = summary.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                SummaryDocument.Block block = blocks.get(i);
                if (block instanceof SummaryDocument.Heading h) {
                    heading(h.text());
                } else if (block instanceof SummaryDocument.Facts f) {
                    facts(f);
                } else if (block instanceof SummaryDocument.Table t) {
                    table(t);
                } else if (block instanceof SummaryDocument.Paragraph p) {
                    paragraph(p.text());
                } else if (block instanceof SummaryDocument.BarChart c) {
                    chart(c);
                }
            }
            out.close();
            footers();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            doc.save(buffer);
            buffer.writeTo(target);
        }
    }

    private float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        page = new PDPage(size);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    /** Starts a new page unless the given height still fits above the footer. */
    private boolean ensure(float height) throws IOException {
        if (y - height < MARGIN + 20) {
            newPage();
            return true;
        }
        return false;
    }

    private void title() throws IOException {
        for (String line : wrap(summary.title(), 18, width())) {
            text(line, MARGIN, y - 18, 18, 0.1f);
            y -= 18 * 1.3f;
        }
        y -= 2;
        for (String sub : summary.subtitleLines()) {
            for (String line : wrap(sub, BODY, width())) {
                text(line, MARGIN, y - BODY, BODY, 0.35f);
                y -= BODY * LEADING;
            }
        }
        y -= 6;
        rule(0.6f);
    }

    private void heading(String text) throws IOException {
        // keep a heading with at least a few lines of what follows
        ensure(13 * 1.4f + 8 + BODY * LEADING * 3);
        y -= 10;
        text(text, MARGIN, y - 13, 13, 0.15f);
        y -= 13 * 1.4f;
        rule(0.85f);
        y -= 4;
    }

    private void rule(float gray) throws IOException {
        out.setStrokingColor(gray, gray, gray);
        out.setLineWidth(0.6f);
        out.moveTo(MARGIN, y);
        out.lineTo(MARGIN + width(), y);
        out.stroke();
    }

    private void facts(SummaryDocument.Facts facts) throws IOException {
        float colWidth = (width() - 16) / 2;
        float labelWidth = colWidth * 0.42f;
        List<SummaryDocument.Fact> list = facts.facts();
        for (int i = 0; i < list.size(); i += 2) {
            List<List<String>> cells = new ArrayList<>();
            float height = 0;
            for (int j = i; j < Math.min(i + 2, list.size()); j++) {
                List<String> label = wrap(list.get(j).label(), SMALL, labelWidth - 4);
                List<String> value = wrap(list.get(j).value(), BODY, colWidth - labelWidth - 4);
                cells.add(label);
                cells.add(value);
                height = Math.max(height, Math.max(label.size() * SMALL, value.size() * BODY) * LEADING);
            }
            ensure(height + 4);
            for (int k = 0; k < cells.size(); k += 2) {
                float x = MARGIN + (k / 2) * (colWidth + 16);
                lines(cells.get(k), x, y, SMALL, 0.4f);
                lines(cells.get(k + 1), x + labelWidth, y, BODY, 0f);
            }
            y -= height + 4;
        }
    }

    private void paragraph(String text) throws IOException {
        for (String line : wrap(text, BODY, width())) {
            ensure(BODY * LEADING);
            text(line, MARGIN, y - BODY, BODY, 0f);
            y -= BODY * LEADING;
        }
        y -= 4;
    }

    private void table(SummaryDocument.Table table) throws IOException {
        if (table.rows().isEmpty()) {
            paragraph(table.emptyText());
            return;
        }
        float total = 0;
        for (float w : table.weights()) {
            total += w;
        }
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width() * table.weights().get(i) / total;
        }
        tableHeader(table, widths);
        boolean shade = false;
        for (List<String> row : table.rows()) {
            List<List<String>> cells = new ArrayList<>();
            int maxLines = 1;
            for (int i = 0; i < widths.length; i++) {
                List<String> wrapped = wrap(i < row.size() ? row.get(i) : "", CELL, widths[i] - 2 * CELL_PAD);
                cells.add(wrapped);
                maxLines = Math.max(maxLines, wrapped.size());
            }
            float height = maxLines * CELL * LEADING + 2 * CELL_PAD - 2;
            if (ensure(height)) {
                tableHeader(table, widths);
                shade = false;
            }
            if (shade) {
                fill(MARGIN, y - height, width(), height, 0.96f);
            }
            shade = !shade;
            float x = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                lines(cells.get(i), x + CELL_PAD, y - CELL_PAD + 2, CELL, 0f);
                x += widths[i];
            }
            y -= height;
        }
        y -= 6;
    }

    private void tableHeader(SummaryDocument.Table table, float[] widths) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        int maxLines = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> wrapped = wrap(table.columns().get(i), SMALL, widths[i] - 2 * CELL_PAD);
            cells.add(wrapped);
            maxLines = Math.max(maxLines, wrapped.size());
        }
        float height = maxLines * SMALL * LEADING + 2 * CELL_PAD;
        ensure(height + BODY * LEADING * 2);
        fill(MARGIN, y - height, width(), height, 0.88f);
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            lines(cells.get(i), x + CELL_PAD, y - CELL_PAD + 1, SMALL, 0.2f);
            x += widths[i];
        }
        y -= height;
    }

    private void chart(SummaryDocument.BarChart chart) throws IOException {
        float height = 90;
        ensure(height + 30);
        int max = 1;
        for (int v : chart.values()) {
            max = Math.max(max, v);
        }
        int n = chart.values().size();
        float slot = width() / Math.max(1, n);
        float base = y - height;
        out.setStrokingColor(0.6f, 0.6f, 0.6f);
        out.setLineWidth(0.5f);
        out.moveTo(MARGIN, base);
        out.lineTo(MARGIN + width(), base);
        out.stroke();
        for (int i = 0; i < n; i++) {
            int v = chart.values().get(i);
            float barHeight = (height - 14) * v / max;
            float x = MARGIN + i * slot + slot * 0.2f;
            out.setNonStrokingColor(0.22f, 0.45f, 0.70f);
            out.addRect(x, base, slot * 0.6f, barHeight);
            out.fill();
            String value = String.valueOf(v);
            text(value, x + (slot * 0.6f - stringWidth(value, SMALL)) / 2, base + barHeight + 2, SMALL, 0.2f);
            String label = chart.labels().get(i);
            text(label, MARGIN + i * slot + (slot - stringWidth(label, SMALL)) / 2, base - SMALL - 3, SMALL, 0.4f);
        }
        y = base - SMALL - 12;
    }

    private void fill(float x, float yBottom, float w, float h, float gray) throws IOException {
        out.setNonStrokingColor(gray, gray, gray);
        out.addRect(x, yBottom, w, h);
        out.fill();
    }

    /** Draws wrapped lines downward from the top y. */
    private void lines(List<String> lines, float x, float top, float fontSize, float gray) throws IOException {
        float lineY = top - fontSize;
        for (String line : lines) {
            text(line, x, lineY, fontSize, gray);
            lineY -= fontSize * LEADING;
        }
    }

    private void text(String text, float x, float baseline, float fontSize, float gray) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, fontSize);
        out.setNonStrokingColor(gray, gray, gray);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    private void footers() throws IOException {
        int pages = doc.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage p = doc.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = new MessageFormat(summary.pageLabel(), locale).format(new Object[] {i + 1, pages});
                label = printable(label);
                float w = stringWidth(label, SMALL);
                footer.beginText();
                footer.setFont(font, SMALL);
                footer.setNonStrokingColor(0.45f, 0.45f, 0.45f);
                footer.newLineAtOffset((size.getWidth() - w) / 2, MARGIN / 2);
                footer.showText(label);
                footer.endText();
            }
        }
    }

    private float stringWidth(String text, float fontSize) throws IOException {
        return font.getStringWidth(text) / 1000 * fontSize;
    }

    /** Characters the font has no glyph for (emoji, rare symbols) become a replacement mark. */
    private String printable(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                sb.append(' ');
            } else if (Character.isISOControl(cp)) {
                return;
            } else if (cmap.getGlyphId(cp) == 0) {
                sb.append('?');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /**
     * Breaks text into lines that fit the width: at spaces where there are any, anywhere
     * between CJK characters, and inside words too long for the line.
     */
    List<String> wrap(String text, float fontSize, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            lines.add("");
            return lines;
        }
        for (String paragraph : text.split("\\R", -1)) {
            String p = printable(paragraph);
            StringBuilder line = new StringBuilder();
            int lastBreak = -1;
            int i = 0;
            while (i < p.length()) {
                int cp = p.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                line.append(ch);
                if (stringWidth(line.toString(), fontSize) > maxWidth && line.length() > ch.length()) {
                    if (lastBreak > 0) {
                        String head = line.substring(0, lastBreak);
                        String rest = line.substring(lastBreak).stripLeading();
                        lines.add(head.stripTrailing());
                        line = new StringBuilder(rest);
                    } else {
                        line.setLength(line.length() - ch.length());
                        lines.add(line.toString());
                        line = new StringBuilder(ch.isBlank() ? "" : ch);
                    }
                    lastBreak = -1;
                }
                if (cp == ' ' || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    lastBreak = line.length();
                }
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
