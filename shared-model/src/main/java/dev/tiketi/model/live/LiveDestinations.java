package dev.tiketi.model.live;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live protocol's STOMP endpoint and destinations, built and parsed in this one place. Broadcasts are
 * {@code /topic/events.{id}.seats|stock|queue|presence} (and {@code .sales} for admins); a shopper's own place in line is the user
 * destination {@code /user/queue/events.{id}.position}. Nothing else may be subscribed to.
 */
public final class LiveDestinations {
    /** The WebSocket path (plain WebSocket, STOMP 1.2, no SockJS). */
    public static final String ENDPOINT = "/ws";
    /** The STOMP CONNECT header that carries {@code Bearer <token>}. */
    public static final String AUTHORIZATION = "Authorization";

    private static final Pattern TOPIC = Pattern.compile("/topic/events\\.([1-9][0-9]{0,17})\\.(seats|stock|queue|presence|sales)");
    private static final Pattern POSITION = Pattern.compile("/user/queue/events\\.([1-9][0-9]{0,17})\\.position");

    /** What a subscribable destination is about. */
    public enum Topic {
        SEATS, STOCK, QUEUE, PRESENCE, POSITION,
        /** An event's live sales figures: admins only. */
        SALES;

        /** Whether only admins may subscribe to it; the server refuses anyone else with {@code FORBIDDEN}. */
        public boolean adminOnly() {
            return this == SALES;
        }
    }

    /** A destination understood: which event, which topic. */
    public record Parsed(long eventId, Topic topic) {
    }

    private LiveDestinations() {
    }

    /** Seat status changes of a reserved event: {@link SeatsUpdate}, in version order. */
    public static String seats(long eventId) {
        return "/topic/events." + eventId + ".seats";
    }

    /** Stock per tier: {@code StockSnapshot}, each one whole, newer versions replace older ones. */
    public static String stock(long eventId) {
        return "/topic/events." + eventId + ".stock";
    }

    /** The waiting room at a glance: {@code QueueSummary}. */
    public static String queue(long eventId) {
        return "/topic/events." + eventId + ".queue";
    }

    /** Connected terminals and viewers, cluster-wide: {@link PresenceUpdate}. */
    public static String presence(long eventId) {
        return "/topic/events." + eventId + ".presence";
    }

    /**
     * An event's sales figures for the admin dashboard: {@code SalesFigures}, whole each time, at most once a
     * second while they change. Admins only.
     */
    public static String sales(long eventId) {
        return "/topic/events." + eventId + ".sales";
    }

    /** What a client subscribes to for its own place in line ({@code QueueStatus}, e.g. ADMITTED + token). */
    public static String position(long eventId) {
        return "/user/queue/events." + eventId + ".position";
    }

    /** The same destination as the server names it when sending to one user. */
    public static String positionForUser(long eventId) {
        return "/queue/events." + eventId + ".position";
    }

    /** The event and topic of a destination a client may subscribe to; empty for anything else. */
    public static Optional<Parsed> parse(String destination) {
        if (destination == null) {
            return Optional.empty();
        }
        Matcher m = TOPIC.matcher(destination);
        if (m.matches()) {
            return Optional.of(new Parsed(Long.parseLong(m.group(1)), Topic.valueOf(m.group(2).toUpperCase())));
        }
        m = POSITION.matcher(destination);
        if (m.matches()) {
            return Optional.of(new Parsed(Long.parseLong(m.group(1)), Topic.POSITION));
        }
        return Optional.empty();
    }
}
