package dev.tiketi.desktop.admin.live;

import dev.tiketi.desktop.ui.Messages;
import java.time.Instant;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * A chart's time axis in seconds since the epoch, labelled with the time of day: whole minutes from the first
 * point to the last, so a chart that has watched for thirty seconds still reads as a span of clock time.
 */
public final class TimeAxis {
    private static final long[] STEPS = {60, 120, 300, 600, 900, 1800, 3600};

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
                return m.time(Instant.ofEpochSecond(seconds.longValue()));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        return axis;
    }

    /** Spans {@code first}..{@code last} (epoch seconds) in whole minutes, about six ticks. */
    public static void span(NumberAxis axis, long first, long last) {
        long lower = Math.floorDiv(first, 60) * 60;
        long upper = Math.max(lower + 60, (Math.floorDiv(last, 60) + 1) * 60);
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
