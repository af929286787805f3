package dev.tiketi.desktop.kiosk;

import dev.tiketi.model.catalog.EventDetail;
import dev.tiketi.model.catalog.EventSummary;
import java.time.Instant;

/** The event a customer chose, as the kiosk's screens name it (title bar, waiting room). */
public record KioskEvent(long id, String name, Instant startsAt, String venue) {

    public static KioskEvent of(EventSummary e) {
        return new KioskEvent(e.id(), e.name(), e.startsAt(), e.venueName());
    }

    public static KioskEvent of(EventDetail e) {
        return new KioskEvent(e.id(), e.name(), e.startsAt(), e.venue() == null ? null : e.venue().name());
    }
}
