package dev.tiketi.desktop.admin.live;

import dev.tiketi.desktop.ui.Messages;
import java.time.Instant;
import java.time.LocalDate;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * A chart's time axis in seconds since the epoch, labelled with the time of day. A short watch (the first minutes
 * of an on-sale) is spread over whole ten seconds, labelled to the second, so points seconds apart do not pile up
 * in one column; a longer one is spread over whole minutes; one over more than a day (a sale's history since its
 * first ticket) is labelled with the date and time, or the date alone once the ticks are days apart.
 */
public final class TimeAxis {
    private static final long[] STEPS = {10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400,
        172_800, 604_800, 1_209_600, 2_419_200};
    /** Below this span the labels carry seconds. */
    private static final long SHORT = 180;
    private static final long DAY = 86_400;

    private TimeAxis() {
    }

    public static NumberAxis create(Messages m) {
        NumberAxis axis = new NumberAxis();
        axis.setAutoRanging(false);
        axis.setForceZeroInRange(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number seconds) {
                Instant at = Instant.ofEpochSecond(seconds.longValue());
                double span = axis.getUpperBound() - axis.getLowerBound();
                if (span <= SHORT) {
                    return m.timeSeconds(at);
                }
                if (span <= DAY) {
                    return m.time(at);
                }
                return axis.getTickUnit() >= DAY ? m.date(LocalDate.ofInstant(at, m.zone())) : m.dateTime(at);
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        return axis;
    }

    /** Spans {@code first}..{@code last} (epoch seconds): whole ten seconds while short, whole minutes after; about six ticks. */
    public static void span(NumberAxis axis, long first, long last) {
        long unit = last - first < SHORT - 20 ? 10 : 60;
        long lower = Math.floorDiv(first, unit) * unit;
        long upper = Math.max(lower + 60, (Math.floorDiv(last, unit) + 1) * unit);
        long step = STEPS[STEPS.length - 1];
        for (long s : STEPS) {
            if ((upper - lower) / s <= 6) {
                step = s;
                break;
            }
        }
        axis.setLowerBound(lower);
        axis.setUpperBound(upper);
        axis.setTickUnit(step);
    }
}
