package dev.tiketi.server.demo;

import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventRequest;
import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.TierSpec;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.model.queue.QueueMode;
import dev.tiketi.model.queue.QueueSettings;
import dev.tiketi.server.catalog.EventAdminService;
import dev.tiketi.server.catalog.VenueAdminService;
import dev.tiketi.server.queue.QueueAdminService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo venues and events, built through the same services an admin uses, with dates relative to the
 * first start so that something is always on sale, something upcoming, closed and cancelled ({@link DemoDates}
 * puts them at sensible hours and seasons), and one sought-after show whose waiting room is always on, for
 * {@link DemoCrowd} to fill.
 */
@Component
class DemoCatalog {
    /**
     * The busy show's waiting room: everyone queues; 20 a minute get in (one every 3 s: a line that visibly moves),
     * at most 50 buying at once; an admitted shopper idle for 5 minutes, or a waiting one silent for a minute, is
     * let go.
     */
    static final QueueSettings BUSY_QUEUE = new QueueSettings(QueueMode.FORCED_ON, 50, 20, 300, 60);

    private final VenueAdminService venues;
    private final EventAdminService events;
    private final QueueAdminService queues;
    private final Clock clock;

    DemoCatalog(VenueAdminService venues, EventAdminService events, QueueAdminService queues, Clock clock) {
        this.venues = venues;
        this.events = events;
        this.queues = queues;
        this.clock = clock;
    }

    /** Creates every venue and event; returns the id of the show with the waiting room. */
    long create() {
        long grandHall = venues.create(grandHall()).id();
        long studio = venues.create(studio()).id();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        DemoDates dates = new DemoDates(now);
        Duration day = Duration.ofDays(1);

        publish(reserved("Seoul Philharmonic: New Year Gala", grandHall, dates.newYear(), now.minus(day.multipliedBy(2)),
                grandHallTiers()));
        publish(reserved("Midnight Jazz Session", studio, dates.lateShow(), now.minus(day), studioTiers()));
        // upcoming: its sale opens in a week, and the show is at least two weeks away
        publish(reserved("The Nutcracker", grandHall, dates.christmasSeason(), now.plus(day.multipliedBy(7)), grandHallTiers()));
        Instant recitalAt = dates.concertDaysAgo(10);
        EventDetail recital = publish(new EventRequest("Autumn Chamber Recital", "Strings and piano.", EventKind.RESERVED,
                studio, recitalAt, DemoDates.daysBefore(recitalAt, 30), recitalAt, studioTiers(), null, null, null, null));
        events.close(recital.id());
        EventDetail rock = publish(reserved("Indie Rock Night", studio, dates.concertInDays(20), now.minus(day), studioTiers()));
        events.cancel(rock.id());
        Instant festival = dates.summerFestival();
        publish(new EventRequest("Han River Summer Festival", "Open-air, standing. General admission.", EventKind.GA,
                null, festival, now.minus(day), festival,
                List.of(new TierSpec("EARLY", "Early bird", 55_000, 500),
                        new TierSpec("GENERAL", "General", 77_000, 2_000),
                        new TierSpec("VIP", "VIP lounge", 132_000, 200)),
                null, null, 8, null));
        Instant spring = dates.spring();
        events.create(reserved("Spring Gala (draft)", grandHall, spring, DemoDates.daysBefore(spring, 60), grandHallTiers()));
        // on sale since an hour ago, so the kiosk and the counter find its line already moving
        EventDetail busy = publish(reserved("K-Pop Live: Neon Nights", grandHall, dates.concertInDays(21),
                now.minus(Duration.ofHours(1)), grandHallTiers()));
        queues.setUp(busy.id(), BUSY_QUEUE);
        return busy.id();
    }

    private EventDetail publish(EventRequest request) {
        return events.publish(events.create(request).id());
    }

    private static EventRequest reserved(String name, long venue, Instant startsAt, Instant saleOpensAt, List<TierSpec> tiers) {
        return new EventRequest(name, null, EventKind.RESERVED, venue, startsAt, saleOpensAt, startsAt, tiers,
                null, null, null, null);
    }

    /** 1,240 seats: a curved orchestra flanked by two wings, a curved balcony behind. */
    static VenueRequest grandHall() {
        Map<String, String> orchestraTiers = new LinkedHashMap<>();
        for (String row : List.of("A", "B", "C", "D", "E")) {
            orchestraTiers.put(row, "VIP");
        }
        for (String row : List.of("F", "G", "H", "I", "J", "K", "L", "M", "N")) {
            orchestraTiers.put(row, "R");
        }
        return new VenueRequest("Grand Hall", "12 Opera-ro, Seoul", List.of(
                new SectionSpec("LFT", "Left wing", 12, 10, "A", false, "A", null, List.of("A-1"), null, null, 0.0, 3.0),
                new SectionSpec("ORC", "Orchestra", 20, 32, "A", true, "S", orchestraTiers,
                        List.of("A-1", "A-32", "K-16", "K-17"), List.of("T"), null, 12.0, 0.0),
                new SectionSpec("RGT", "Right wing", 12, 10, "A", false, "A", null, List.of("A-10"), null, null, 46.0, 3.0),
                new SectionSpec("BAL", "Balcony", 10, 36, "A", true, "B", null, null, null, List.of("A-1", "A-36"), 10.0, 30.0)),
                DemoDates.VENUE_ZONE.getId());
    }

    /** 160 seats in one straight block; row A is premium. */
    static VenueRequest studio() {
        return new VenueRequest("Studio Theatre", "3 Daehak-ro, Seoul", List.of(
                new SectionSpec("MAIN", "Stalls", 10, 16, "A", false, "STD", Map.of("A", "PRM"), null, null,
                        List.of("J-1", "J-2"), null, null)), DemoDates.VENUE_ZONE.getId());
    }

    static List<TierSpec> grandHallTiers() {
        return List.of(new TierSpec("VIP", "VIP", 150_000, null), new TierSpec("R", "R seat", 120_000, null),
                new TierSpec("S", "S seat", 90_000, null), new TierSpec("A", "A seat", 60_000, null),
                new TierSpec("B", "Balcony", 40_000, null));
    }

    static List<TierSpec> studioTiers() {
        return List.of(new TierSpec("PRM", "Premium", 70_000, null), new TierSpec("STD", "Standard", 45_000, null));
    }
}
