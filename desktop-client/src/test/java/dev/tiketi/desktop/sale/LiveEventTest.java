package dev.tiketi.desktop.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.catalog.TierAvailability;
import dev.tiketi.model.live.PresenceUpdate;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.model.sales.StockSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The live event without a toolkit or a server: loads, latest choice wins, feeds into properties, freshness. */
class LiveEventTest {
    /** Feeds a test pushes by hand. */
    static final class HandFeeds implements LiveFeeds {
        final Map<Long, SeatState> seats = new HashMap<>();
        long version = -1;
        boolean live = true;
        StockSnapshot stock;
        PresenceUpdate presence;
        Runnable seatsChanged;
        Runnable stockChanged;
        Runnable presenceChanged;
        final List<String> closed = new ArrayList<>();

        @Override
        public Seats seats(long eventId, Runnable changed) {
            seatsChanged = changed;
            return new Seats() {
                @Override
                public Map<Long, SeatState> seats() {
                    return Map.copyOf(HandFeeds.this.seats);
                }

                @Override
                public long version() {
                    return version;
                }

                @Override
                public boolean live() {
                    return live;
                }

                @Override
                public void close() {
                    closed.add("seats " + eventId);
                }
            };
        }

        @Override
        public Presence presence(long eventId, Runnable changed) {
            presenceChanged = changed;
            return new Presence() {
                @Override
                public PresenceUpdate presence() {
                    return presence;
                }

                @Override
                public void close() {
                    closed.add("presence " + eventId);
                }
            };
        }

        @Override
        public Stock stock(long eventId, Runnable changed) {
            stockChanged = changed;
            return new Stock() {
                @Override
                public StockSnapshot stock() {
                    return stock;
                }

                @Override
                public void close() {
                    closed.add("stock " + eventId);
                }
            };
        }
    }

    @Test
    void aGaEventOpensWithLiveStockAndNothingOfItLeaksIntoTheNext() {
        HandFeeds feeds = new HandFeeds();
        LiveEvent live = new LiveEvent(new FakeSaleApi(), feeds, Threads.direct());
        live.open(7L);
        assertThat(live.eventProperty().get().name()).isEqualTo("신년 음악회 2027");
        assertThat(live.upToDateProperty().get()).isTrue();
        feeds.stock = new StockSnapshot(7, 3, List.of(new TierAvailability("VIP", 100, 90, 4, 6)));
        feeds.stockChanged.run();
        assertThat(live.stockOf("VIP")).get().extracting(TierAvailability::held).isEqualTo(4);

        feeds.presence = new PresenceUpdate(7, 3, 41);
        feeds.presenceChanged.run();
        assertThat(live.presenceProperty().get().terminals()).isEqualTo(3);

        live.open(8L);
        assertThat(feeds.closed).containsExactly("stock 7", "presence 7");
        assertThat(live.presenceProperty().get()).as("the old event's presence is gone at once").isNull();
        assertThat(live.stock()).as("the old event's stock is gone at once").isEmpty();
        assertThat(live.eventProperty().get().id()).isEqualTo(8);
        live.open(null);
        assertThat(live.eventProperty().get()).isNull();
        assertThat(live.upToDateProperty().get()).isFalse();
    }

    @Test
    void onlyTheLatestChoiceLoadsAndASlowAnswerForAnEarlierOneIsDropped() {
        List<Runnable> pending = new ArrayList<>();
        Executor later = pending::add;
        LiveEvent live = new LiveEvent(new FakeSaleApi(), new HandFeeds(), new Threads(later, Runnable::run));
        live.open(1L);
        live.open(2L);
        assertThat(live.freshnessProperty().get()).isEqualTo(LiveEvent.Freshness.LOADING);
        pending.get(1).run(); // event 2 answers first
        pending.get(0).run(); // then the slow answer for event 1
        assertThat(live.eventProperty().get().id()).isEqualTo(2);
    }

    @Test
    void seatsFollowTheFeedAndAStaleFeedStopsSelling() {
        HandFeeds feeds = new HandFeeds();
        FakeSaleApi withHall = new FakeSaleApi();
        withHall.kind = EventKind.RESERVED;
        LiveEvent live = new LiveEvent(withHall, feeds, Threads.direct());
        live.open(5L);
        assertThat(live.layoutProperty().get()).isNotNull();
        assertThat(live.upToDateProperty().get()).as("no snapshot yet").isFalse();
        feeds.version = 10;
        feeds.seats.put(1L, new SeatState(1, SeatStatus.AVAILABLE, null));
        feeds.seats.put(2L, new SeatState(2, SeatStatus.HELD, null));
        feeds.seatsChanged.run();
        assertThat(live.seats()).hasSize(2);
        assertThat(live.freshnessProperty().get()).isEqualTo(LiveEvent.Freshness.LIVE);
        assertThat(live.status(2)).isEqualTo(SeatStatus.HELD);
        assertThat(live.status(99)).as("a seat without a state is never offered as free").isEqualTo(SeatStatus.HELD);

        feeds.live = false;
        feeds.seats.remove(2L);
        feeds.seatsChanged.run();
        assertThat(live.freshnessProperty().get()).isEqualTo(LiveEvent.Freshness.POLLING);
        assertThat(live.upToDateProperty().get()).as("polled seats are the server's").isTrue();
        assertThat(live.seats()).containsOnlyKeys(1L);

        feeds.version = -1; // the feed lost its snapshot and could not reload it
        feeds.seatsChanged.run();
        assertThat(live.freshnessProperty().get()).isEqualTo(LiveEvent.Freshness.STALE);
        assertThat(live.upToDateProperty().get()).isFalse();
        live.close();
        assertThat(feeds.closed).containsExactlyInAnyOrder("seats 5", "stock 5", "presence 5");
    }
}
