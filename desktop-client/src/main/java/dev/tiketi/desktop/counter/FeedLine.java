package dev.tiketi.desktop.counter;

import dev.tiketi.desktop.sale.LiveEvent;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.model.live.PresenceUpdate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/** The line under the map: how fresh the seats are, and who else is on the event (so a clerk sees a rush coming). */
final class FeedLine {
    private FeedLine() {
    }

    static StringBinding of(LiveEvent live, Messages m) {
        return Bindings.createStringBinding(() -> {
            String fresh = switch (live.freshnessProperty().get()) {
                case LIVE -> m.text("map.live");
                case POLLING -> m.text("map.polling");
                case STALE -> m.text("map.stale");
                case NONE, LOADING -> "";
            };
            PresenceUpdate p = live.presenceProperty().get();
            return p == null || fresh.isEmpty() ? fresh : fresh + " · " + m.text("map.presence", p.terminals(), p.viewers());
        }, live.freshnessProperty(), live.presenceProperty());
    }
}
