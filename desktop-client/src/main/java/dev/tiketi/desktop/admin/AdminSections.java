package dev.tiketi.desktop.admin;

import dev.tiketi.desktop.Session;
import dev.tiketi.desktop.shell.Notifier;
import java.util.ArrayList;
import java.util.List;

/** The panel's sections in the order an admin runs an on-sale: watch, control the line, set up, report, people, audit. */
public final class AdminSections {
    private AdminSections() {
    }

    public static List<AdminSection> of(Session session, Notifier notifier) {
        List<AdminSection> sections = new ArrayList<>();
        // each section adds itself here, one line each
        sections.add(new dev.tiketi.desktop.admin.dashboard.DashboardSection(session, notifier));
        sections.add(new dev.tiketi.desktop.admin.queue.QueueControlSection(session, notifier));
        sections.add(new dev.tiketi.desktop.admin.system.SystemSection(session, notifier));
        sections.add(dev.tiketi.desktop.admin.venues.VenuesSection.of(session, notifier));
        sections.add(dev.tiketi.desktop.admin.events.EventsSection.of(session, notifier));
        sections.add(dev.tiketi.desktop.admin.reports.ReportsSection.of(session));
        sections.add(dev.tiketi.desktop.admin.users.UsersSection.of(session, notifier));
        sections.add(dev.tiketi.desktop.admin.audit.AuditSection.of(session));
        return sections;
    }
}
