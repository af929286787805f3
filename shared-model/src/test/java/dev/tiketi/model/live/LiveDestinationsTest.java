package dev.tiketi.model.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tiketi.model.live.LiveDestinations.Parsed;
import dev.tiketi.model.live.LiveDestinations.Topic;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LiveDestinationsTest {

    @ParameterizedTest
    @CsvSource({
            "/topic/events.42.seats, 42, SEATS",
            "/topic/events.42.stock, 42, STOCK",
            "/topic/events.7.queue, 7, QUEUE",
            "/topic/events.7.presence, 7, PRESENCE",
            "/topic/events.7.sales, 7, SALES",
            // the form a client subscribes to; the broker resolves it to the caller's own session
            "/user/queue/events.9.position, 9, POSITION"})
    void theProtocolsDestinationsParse(String destination, long eventId, Topic topic) {
        assertEquals(Optional.of(new Parsed(eventId, topic)), LiveDestinations.parse(destination));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/topic/events.42.secrets",                  // no such topic
            "/topic/events.042.seats",                   // not a canonical id
            "/topic/events.0.seats",                     // no event 0
            "/topic/events.-1.seats",
            "/topic/events.*.seats",                     // no wildcards
            "/topic/events.1234567890123456789.seats",   // longer than a long
            "/queue/events.9.position-user1234",         // the broker's name for someone's own queue
            "/user/u7/queue/events.9.position",          // another user's name
            "/topic/events.42.seats/",
            "/app/hold",
            ""})
    void anythingElseIsRefused(String destination) {
        assertTrue(LiveDestinations.parse(destination).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void onlyTheSalesFiguresAreForAdminsOnly() {
        for (Topic topic : Topic.values()) {
            assertEquals(topic == Topic.SALES, topic.adminOnly(), topic.name());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 9_000_000_000L})
    void builtDestinationsParseBack(long eventId) {
        assertEquals(new Parsed(eventId, Topic.SEATS), LiveDestinations.parse(LiveDestinations.seats(eventId)).orElseThrow());
        assertEquals(new Parsed(eventId, Topic.STOCK), LiveDestinations.parse(LiveDestinations.stock(eventId)).orElseThrow());
        assertEquals(new Parsed(eventId, Topic.QUEUE), LiveDestinations.parse(LiveDestinations.queue(eventId)).orElseThrow());
        assertEquals(new Parsed(eventId, Topic.PRESENCE), LiveDestinations.parse(LiveDestinations.presence(eventId)).orElseThrow());
        assertEquals(new Parsed(eventId, Topic.POSITION), LiveDestinations.parse(LiveDestinations.position(eventId)).orElseThrow());
        assertEquals(new Parsed(eventId, Topic.SALES), LiveDestinations.parse(LiveDestinations.sales(eventId)).orElseThrow());
    }
}
