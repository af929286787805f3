package dev.tiketi.model.admin;

import dev.tiketi.model.sales.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How an event's sales grew since its first sale, for the admin dashboard's charts: after each time bucket, the
 * tickets sold and the revenue so far, in total, by channel and by tier. Counted as the live figures count the
 * present: a ticket counts at its price from its sale until it is refunded or exchanged (the new ticket of an
 * exchange counts from the exchange), so the last point equals the figures it comes with.
 *
 * <p>Buckets are {@code bucketSeconds} long: the smallest of 1, 5 and 15 minutes, 1 and 6 hours, 1 and 7 days that
 * cuts the time since the first sale into at most {@value #MOST_BUCKETS} (1 minute up to 3 hours, 5 minutes up to
 * 15 hours, 15 minutes up to 45 hours: a day-long sale has about 100 points; hourly up to 7.5 days, and so on), aligned
 * to whole multiples of the size since 1970-01-01T00:00Z. The first point is zero, at the start of the first sale's
 * bucket; then one point at the end of each bucket, the last one at the moment the figures were read instead of the
 * end of its bucket. So there are at most {@value #MOST_BUCKETS} + 2 points, and none before the first sale.
 */
public record SalesHistory(long bucketSeconds, List<Point> points) {
    public static final int MOST_BUCKETS = 180;
    private static final List<Duration> SIZES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(7));

    /** The bucket for a history that spans {@code sinceFirstSale}. */
    public static Duration bucketFor(Duration sinceFirstSale) {
        for (Duration size : SIZES) {
            if (sinceFirstSale.compareTo(size.multipliedBy(MOST_BUCKETS)) <= 0) {
                return size;
            }
        }
        return SIZES.get(SIZES.size() - 1); // over three years of selling: more points rather than a coarser week
    }

    /** Sales so far at {@code at}: every channel and tier that has sold anything in the history, each time. */
    public record Point(Instant at, int sold, long revenue, List<ByChannel> byChannel, List<ByTier> byTier) {
    }

    public record ByChannel(Channel channel, int sold, long revenue) {
    }

    public record ByTier(String tierCode, int sold, long revenue) {
    }
}
