package dev.rapport.ui.insights;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * The value axis of a chart that counts things (accounts, exits, contacts, actions): it starts at
 * zero and steps in whole numbers (1, 2, 5, 10, 20, 50...), so no tick ever reads 2.5.
 */
final class CountScale {
    /** About this many steps at most between zero and the top of the axis. */
    static final int MAX_STEPS = 10;

    private CountScale() {
    }

    /** The distance between two ticks for a largest count of {@code max}: a whole number, at least 1. */
    static long tickUnit(double max) {
        if (max <= MAX_STEPS) {
            return 1;
        }
        double raw = max / MAX_STEPS;
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(raw)));
        for (long m : new long[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** The top of the axis: the largest count rounded up to a whole tick, never below one tick. */
    static long upperBound(double max, long unit) {
        return Math.max(unit, (long) Math.ceil(max / unit) * unit);
    }

    /** Makes {@code axis} a count axis from zero to the tick above {@code max}, labels as whole numbers. */
    static void apply(NumberAxis axis, double max, Locale locale) {
        long unit = tickUnit(max);
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(upperBound(max, unit));
        axis.setTickUnit(unit);
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return whole.format(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return Long.parseLong(s.replaceAll("[^0-9-]", ""));
            }
        });
    }
}
