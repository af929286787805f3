package dev.tiketi.model.admin;

import java.time.Instant;
import java.util.List;

/**
 * The dashboard's system panel. {@code liveSessions}: live connections on the instance that answered (each
 * instance also exports it as the Prometheus gauge {@code tiketi_live_sessions}). Holds, orders and tickets of
 * the last minute are counted cluster-wide from the database; Redis memory is what Redis reports (max 0: no
 * limit); {@code queues} lists every event whose waiting room has someone in it, with its measured admission rate.
 */
public record SystemFigures(Instant at, int liveSessions, long redisUsedMemoryBytes, long redisMaxMemoryBytes,
                            long holdsLastMinute, long ordersLastMinute, long ticketsLastMinute, List<QueueFigures> queues) {

    /** One event's waiting room: shoppers waiting and admitted, and admissions per minute lately (null: none yet). */
    public record QueueFigures(long eventId, long waiting, long admitted, Double admissionsPerMinute) {
    }
}
