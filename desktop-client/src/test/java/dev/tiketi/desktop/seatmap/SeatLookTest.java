package dev.tiketi.desktop.seatmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.seatmap.SeatLook.Role;
import dev.tiketi.model.sales.SeatStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeatLookTest {

    @Test
    void everyStateIsToldApartWithoutColour() {
        List<SeatLook> looks = List.of(
                SeatLook.of(SeatStatus.AVAILABLE, Role.NOBODY, false),
                SeatLook.of(SeatStatus.AVAILABLE, Role.NOBODY, true),
                SeatLook.of(SeatStatus.AVAILABLE, Role.SELECTED, false),
                SeatLook.of(SeatStatus.AVAILABLE, Role.MINE, false),
                SeatLook.of(SeatStatus.HELD, Role.NOBODY, false),
                SeatLook.of(SeatStatus.SOLD, Role.NOBODY, false),
                SeatLook.of(SeatStatus.BLOCKED, Role.NOBODY, false));
        Set<String> shapes = new HashSet<>();
        looks.forEach(l -> shapes.add(l.pattern() + "/" + l.glyph()));
        assertThat(shapes).hasSize(looks.size());
        Set<String> fills = new HashSet<>();
        looks.forEach(l -> fills.add(l.fill()));
        assertThat(fills).hasSize(looks.size());
    }

    @Test
    void onlyFreeSeatsCanBeTaken() {
        assertThat(SeatLook.of(SeatStatus.AVAILABLE, Role.NOBODY, false).takeable()).isTrue();
        assertThat(SeatLook.of(SeatStatus.HELD, Role.NOBODY, false).takeable()).isFalse();
        assertThat(SeatLook.of(SeatStatus.SOLD, Role.NOBODY, false).takeable()).isFalse();
        assertThat(SeatLook.of(SeatStatus.BLOCKED, Role.NOBODY, false).takeable()).isFalse();
        // my own held seat is shown as mine, not as "held by someone"
        assertThat(SeatLook.of(SeatStatus.HELD, Role.MINE, false).glyph()).isEqualTo("✓");
    }
}
