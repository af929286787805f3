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

    /**
     * Seeds a freshly reset server as a demo start does: the demo accounts (admin, clerk, kiosk, customer, named
     * "Demo Clerk" and so on, with {@link #password}) in place of the test ones of the same names, then the catalogue.
     */
    public static void seed(org.springframework.context.ApplicationContext server) {
        server.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("delete from app_user").update();
        server.getBean(dev.tiketi.server.auth.AccountBootstrap.class).ensureDemoAccounts(password(server));
        createCatalog(server);
    }

    /** The demo accounts' password, as the server is configured (README "Demo accounts"). */
    public static String password(org.springframework.context.ApplicationContext server) {
        return server.getEnvironment().getRequiredProperty("tiketi.demo-password");
    }
}
