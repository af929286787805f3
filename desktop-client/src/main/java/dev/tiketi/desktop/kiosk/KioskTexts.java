package dev.tiketi.desktop.kiosk;

import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.catalog.EventStatus;
import dev.tiketi.model.catalog.EventSummary;

/** The kiosk's sentences that are worked out, not just looked up: the wait, a tile read aloud. */
final class KioskTexts {
    private KioskTexts() {
    }

    /**
     * The wait in words a person in a queue can use: under a minute, whole minutes (rounded up: a wait that
     * turns out shorter disappoints nobody) up to an hour and a half, then hours.
     */
    static String eta(Messages m, Long seconds) {
        if (seconds == null) {
            return m.text("kiosk.waiting.etaUnknown");
        }
        String wait;
        if (seconds < 60) {
            wait = m.text("kiosk.eta.underMinute");
        } else if (seconds <= 90 * 60) {
            wait = m.text("kiosk.eta.minutes", (seconds + 59) / 60);
        } else {
            wait = m.text("kiosk.eta.hours", Math.round(seconds / 3600.0));
        }
        return m.text("kiosk.waiting.eta", wait);
    }

    /** What the tile says about buying: few left, sold out, on sale from, or (read aloud only) available. */
    static String availability(Messages m, EventTiles.Tile tile) {
        EventSummary e = tile.event();
        if (e.status() == EventStatus.UPCOMING) {
            return m.text("kiosk.tile.opens", m.dateTime(e.saleOpensAt()));
        }
        return switch (tile.scarcity()) {
            case SOLD_OUT -> m.text("kiosk.tile.soldOut");
            case FEW_LEFT -> m.text("kiosk.tile.fewLeft");
            case PLENTY -> m.text("kiosk.tile.available");
        };
    }

    /** The whole tile as one sentence for a screen reader. */
    static String tile(Messages m, EventTiles.Tile tile) {
        EventSummary e = tile.event();
        return m.text("kiosk.tile.accessible", e.name(), m.dateTime(e.startsAt()), e.venueName() == null ? "" : e.venueName(),
                price(m, e), availability(m, tile));
    }

    static String price(Messages m, EventSummary e) {
        return m.text("kiosk.tile.from", m.money(e.minPrice(), e.currency()));
    }
}
