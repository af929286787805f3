package dev.tiketi.desktop.kiosk;

import java.util.Optional;

/**
 * What a kiosk remembers of the line it stands in, across a restart: the event, its arrival number and the
 * place it had when it joined. With it a restarted kiosk goes straight back to the waiting room (the server
 * kept the place: a kiosk is its account at its terminal), and the progress bar still counts from the place at
 * joining, not from wherever the line was when the kiosk came back.
 */
public interface JoinedPlaces {
    record Joined(long eventId, long sequence, long firstPosition) {
    }

    Optional<Joined> last();

    void remember(Joined joined);

    void forget();

    /** Kept in the terminal's settings, so it outlives the process. */
    static JoinedPlaces in(dev.tiketi.desktop.ui.TerminalSettings settings) {
        return new JoinedPlaces() {
            @Override
            public Optional<Joined> last() {
                String[] parts = settings.kioskPlace().split(":");
                if (parts.length != 3) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new Joined(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])));
                } catch (NumberFormatException e) {
                    return Optional.empty(); // written by something else: as good as nothing
                }
            }

            @Override
            public void remember(Joined j) {
                settings.rememberKioskPlace(j.eventId() + ":" + j.sequence() + ":" + j.firstPosition());
            }

            @Override
            public void forget() {
                settings.rememberKioskPlace("");
            }
        };
    }

    /** Kept in this process only (tests). */
    static JoinedPlaces inMemory() {
        return new JoinedPlaces() {
            private Joined joined;

            @Override
            public Optional<Joined> last() {
                return Optional.ofNullable(joined);
            }

            @Override
            public void remember(Joined j) {
                joined = j;
            }

            @Override
            public void forget() {
                joined = null;
            }
        };
    }
}
