package dev.tiketi.server.demo;

import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.TierSpec;
import java.util.List;

/** The demo's Grand Hall and catalogue for the desktop's tests and screenshots (the demo catalogue is package-private). */
public final class DemoHall {
    private DemoHall() {
    }

    public static List<SectionSpec> sections() {
        return DemoCatalog.grandHall().sections();
    }

    public static List<TierSpec> tiers() {
        return DemoCatalog.grandHallTiers();
    }

    /** Creates the whole demo catalogue (venues and events, as `./tiketi demo` has them) in a running server. */
    public static void createCatalog(org.springframework.context.ApplicationContext server) {
        server.getBean(DemoCatalog.class).create();
    }
}
