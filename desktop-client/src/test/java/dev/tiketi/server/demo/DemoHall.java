package dev.tiketi.server.demo;

import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.TierSpec;
import java.util.List;

/** The demo's Grand Hall as the desktop's seat map tests draw it (the demo catalogue's specs are package-private). */
public final class DemoHall {
    private DemoHall() {
    }

    public static List<SectionSpec> sections() {
        return DemoCatalog.grandHall().sections();
    }

    public static List<TierSpec> tiers() {
        return DemoCatalog.grandHallTiers();
    }
}
