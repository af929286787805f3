package dev.tiketi.desktop.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.sale.LiveFeeds;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;
import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.sales.StockSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The attract tiles: what is listed, in which order, and stock scarcity kept live per event on sale. */
class EventTilesTest {
    private static final Instant NOW = Instant.parse("2027-01-01T03:00:00Z");
    private final Map<Long, Runnable> changed = new HashMap<>();
    private final Map<Long, StockSnapshot> stock = new HashMap<>();
    private final List<Long> closed = new ArrayList<>();
    private List<EventSummary> listed = List.of();

    private final LiveFeeds feeds = new LiveFeeds() {
        @Override
        public Seats seats(long eventId, Runnable onChange) {
            throw new UnsupportedOperationException("tiles need no seats");
        }

        @Override
        public Stock stock(long eventId, Runnable onChange) {
            changed.put(eventId, onChange);
            return new Stock() {
                @Override
                public StockSnapshot stock() {
                    return stock.get(eventId);
                }

                @Override
                public void close() {
                    closed.add(eventId);
                }
            };
        }
    };

    private final EventTiles tiles = new EventTiles(text -> listed, feeds, Threads.direct(), Clock.fixed(NOW, ZoneOffset.UTC));

    private static EventSummary event(long id, String name, EventStatus status, Duration from) {
        return new EventSummary(id, name, EventKind.RESERVED, status, NOW.plus(from), NOW.minus(Duration.ofDays(1)),
                NOW.plus(from), 1L, "Grand Hall", 40_000, 150_000, "KRW");
    }

    @Test
    void todaysShowsFirstClosedOnesLeftOutAndStockFollowedOnlyForWhatIsOnSale() {
        listed = List.of(event(1, "Gala", EventStatus.ON_SALE, Duration.ofDays(30)),
                event(2, "Recital", EventStatus.CLOSED, Duration.ofDays(-3)),
                event(3, "Nutcracker", EventStatus.UPCOMING, Duration.ofDays(20)),
                event(4, "Jazz tonight", EventStatus.ON_SALE, Duration.ofHours(8)));

        tiles.reload();

        assertThat(tiles.tiles()).extracting(t -> t.event().name()).containsExactly("Jazz tonight", "Nutcracker", "Gala");
        assertThat(changed.keySet()).containsExactlyInAnyOrder(1L, 4L);
        assertThat(tiles.tiles()).extracting(EventTiles.Tile::open).containsExactly(true, false, true);
    }

    @Test
    void aSaleElsewhereTurnsTheTileToFewLeftThenSoldOut() {
        listed = List.of(event(4, "Jazz tonight", EventStatus.ON_SALE, Duration.ofHours(8)));
        tiles.reload();
        assertThat(tiles.tiles().get(0).scarcity()).isEqualTo(Scarcity.PLENTY);

        stock.put(4L, new StockSnapshot(4, 10, List.of(new TierAvailability("STD", 160, 12, 0, 148))));
        changed.get(4L).run();
        assertThat(tiles.tiles().get(0).scarcity()).isEqualTo(Scarcity.FEW_LEFT);

        stock.put(4L, new StockSnapshot(4, 11, List.of(new TierAvailability("STD", 160, 0, 2, 158))));
        changed.get(4L).run();
        assertThat(tiles.tiles().get(0).scarcity()).isEqualTo(Scarcity.SOLD_OUT);
        assertThat(tiles.tiles().get(0).open()).isFalse();
    }

    @Test
    void anEventNoLongerListedStopsBeingFollowed() {
        listed = List.of(event(1, "Gala", EventStatus.ON_SALE, Duration.ofDays(30)),
                event(4, "Jazz tonight", EventStatus.ON_SALE, Duration.ofHours(8)));
        tiles.reload();
        listed = List.of(event(1, "Gala", EventStatus.ON_SALE, Duration.ofDays(30)));

        tiles.reload();

        assertThat(closed).containsExactly(4L);
        assertThat(tiles.tiles()).hasSize(1);
        tiles.close();
        assertThat(closed).containsExactly(4L, 1L);
    }

    @Test
    void anUnreachableServerIsSaidNotShownAsNoEvents() {
        EventTiles failing = new EventTiles(text -> {
            throw new dev.tiketi.desktop.api.ApiException(0, dev.tiketi.desktop.api.ApiException.UNREACHABLE, "refused");
        }, feeds, Threads.direct(), Clock.fixed(NOW, ZoneOffset.UTC));

        failing.reload();

        assertThat(failing.problemProperty().get()).isNotNull();
        assertThat(failing.loadedProperty().get()).isFalse();
    }
}
