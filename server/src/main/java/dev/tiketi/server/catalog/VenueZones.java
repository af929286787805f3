package dev.tiketi.server.catalog;

import dev.tiketi.server.error.ApiException;
import java.time.ZoneId;

/**
 * A venue's time zone: an IANA region id, so a ticket can name it ("+09:00 (Asia/Seoul)") and summer time
 * follows the venue's rules. A venue without one (saved before venues had zones, or created without)
 * uses the server's zone, which is what every time was printed in before.
 */
public final class VenueZones {
    private VenueZones() {
    }

    /** The zone to print a venue's times in, from its stored id (null: the server's). */
    public static ZoneId effective(String stored) {
        return stored == null ? ZoneId.systemDefault() : ZoneId.of(stored);
    }

    /**
     * A requested zone as stored: null when left out, else a known region id. Offsets ("+09:00") and
     * abbreviations ("KST") are refused: they do not say which rules (or which country) apply.
     */
    static String checked(String requested) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        String id = requested.strip();
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            throw ApiException.invalid("timeZone", "not a time zone id such as Asia/Seoul");
        }
        return id;
    }
}
