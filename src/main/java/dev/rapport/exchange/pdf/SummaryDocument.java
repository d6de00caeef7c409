package dev.rapport.exchange.pdf;

import java.util.List;

/**
 * What a printed summary says, already in the reader's language: a title block and a run of
 * blocks. The PDF writer only lays it out, so the words and their order are decided (and
 * tested) in the service that builds it.
 *
 * @param pageLabel pattern for the footer with {0} = page and {1} = pages, e.g. "Page {0} of {1}"
 */
public record SummaryDocument(String title, List<String> subtitleLines, List<Block> blocks, String pageLabel,
        PaperSize paper) {

    public SummaryDocument {
        subtitleLines = List.copyOf(subtitleLines);
        blocks = List.copyOf(blocks);
    }

    /** A4 for most of the world, Letter where offices use it. */
    public enum PaperSize {
        A4, LETTER;

        /** Letter in the United States, Canada, Mexico, the Philippines and a few others; A4 elsewhere. */
        public static PaperSize forCountry(String country) {
            return switch (country == null ? "" : country) {
                case "US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR", "PA", "DO", "SV", "NI" -> LETTER;
                default -> A4;
            };
        }
    }

    /** One part of the summary. */
    public sealed interface Block permits Heading, Facts, Table, Paragraph, BarChart {
    }

    /** A section heading; it never stands alone at the foot of a page. */
    public record Heading(String text) implements Block {
    }

    /** Label-value pairs in two columns. */
    public record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    public record Fact(String label, String value) {
    }

    /**
     * A table that breaks across pages, its header repeated on each.
     *
     * @param weights the relative widths of the columns
     * @param emptyText what is said when there are no rows
     */
    public record Table(List<String> columns, List<Float> weights, List<List<String>> rows, String emptyText)
            implements Block {
        public Table {
            columns = List.copyOf(columns);
            weights = List.copyOf(weights);
            rows = rows.stream().map(List::copyOf).toList();
            if (weights.size() != columns.size()) {
                throw new IllegalArgumentException("one weight per column");
            }
        }
    }

    public record Paragraph(String text) implements Block {
    }

    /** A small bar chart, e.g. contacts per month. */
    public record BarChart(List<String> labels, List<Integer> values) implements Block {
        public BarChart {
            labels = List.copyOf(labels);
            values = List.copyOf(values);
        }
    }
}
