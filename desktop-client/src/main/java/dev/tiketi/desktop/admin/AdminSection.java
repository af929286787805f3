package dev.tiketi.desktop.admin;

import javafx.scene.Node;

/**
 * One screen of the admin panel (dashboard, queue control, venues, events, reports, users, audit). The panel
 * builds a section's view the first time it is opened and keeps it: live sections keep their feeds while
 * another section is on screen, so coming back shows the present, not a stale page.
 */
public interface AdminSection extends AutoCloseable {
    /** Stable id, used as the navigation button's node id ({@code admin-<id>}) and in tests. */
    String id();

    /** The title in the navigation, already translated. */
    String title();

    /** Built once, on the FX thread, when the section is first opened. */
    Node view();

    /** Called each time the section comes on screen (after {@link #view()}): refresh what is not pushed. */
    default void shown() {
    }

    /** Closes feeds and timers; called once, when the admin signs out. */
    @Override
    default void close() {
    }
}
