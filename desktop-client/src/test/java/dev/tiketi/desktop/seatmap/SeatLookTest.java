package dev.tiketi.desktop.seatmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.seatmap.SeatLook.Role;
import dev.tiketi.desktop.seatmap.SeatLook.Shape;
import dev.tiketi.model.sales.SeatStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeatLookTest {
    private final SeatPalette palette = SeatPalette.okabeIto();

    private List<SeatLook> everyStatus(String tier) {
        return List.of(
                palette.look(SeatStatus.AVAILABLE, Role.NOBODY, false, tier),
                palette.look(SeatStatus.AVAILABLE, Role.SELECTED, false, tier),
                palette.look(SeatStatus.AVAILABLE, Role.MINE, false, tier),
                palette.look(SeatStatus.HELD, Role.NOBODY, false, tier),
                palette.look(SeatStatus.SOLD, Role.NOBODY, false, tier),
                palette.look(SeatStatus.BLOCKED, Role.NOBODY, false, tier),
                palette.look(null, Role.NOBODY, false, tier));
    }

    @Test
    void everyStatusIsToldApartWithoutColourInEveryTier() {
        for (String tier : palette.tiers()) {
            List<SeatLook> looks = everyStatus(tier);
            Set<String> shapes = new HashSet<>();
            looks.forEach(l -> shapes.add(l.pattern() + "/" + l.glyph()));
            assertThat(shapes).as("tier %s", tier).hasSize(looks.size());
        }
        // the same status reads the same in every tier: pattern and letter do not depend on the tier
        assertThat(everyStatus(palette.tierColour(0))).extracting(l -> l.pattern() + "/" + l.glyph())
                .containsExactlyElementsOf(everyStatus(palette.tierColour(1)).stream().map(l -> l.pattern() + "/" + l.glyph()).toList());
    }

    @Test
    void aFreeSeatShowsItsTierColourAndAnAccessibleSeatIsAShapeNotALetter() {
        SeatLook vip = palette.look(SeatStatus.AVAILABLE, Role.NOBODY, false, "#e69f00");
        SeatLook wheelchair = palette.look(SeatStatus.AVAILABLE, Role.NOBODY, true, "#e69f00");
        assertThat(vip.fill()).isEqualTo("#e69f00");
        assertThat(wheelchair.fill()).as("the tier colour stays").isEqualTo("#e69f00");
        assertThat(wheelchair.shape()).isEqualTo(Shape.SQUARE);
        assertThat(vip.shape()).isEqualTo(Shape.ROUND);
        // no letter: "A" would read as the A tier
        assertThat(wheelchair.glyph()).isEmpty();
        for (SeatStatus s : SeatStatus.values()) {
            assertThat(palette.look(s, Role.NOBODY, true, "#e69f00").shape()).isEqualTo(Shape.SQUARE);
        }
    }

    @Test
    void lettersAreReadableOnTheirFill() {
        for (String tier : palette.tiers()) {
            for (SeatLook l : everyStatus(tier)) {
                double fill = SeatPalette.luminance(l.fill());
                double ink = SeatPalette.luminance(l.ink());
                double contrast = (Math.max(fill, ink) + 0.05) / (Math.min(fill, ink) + 0.05);
                assertThat(contrast).as("%s on %s", l.ink(), l.fill()).isGreaterThanOrEqualTo(3.0);
            }
        }
    }

    @Test
    void onlyFreeSeatsCanBeTaken() {
        assertThat(SeatLook.of(SeatStatus.AVAILABLE, Role.NOBODY, false).takeable()).isTrue();
        assertThat(SeatLook.of(SeatStatus.HELD, Role.NOBODY, false).takeable()).isFalse();
        assertThat(SeatLook.of(SeatStatus.SOLD, Role.NOBODY, false).takeable()).isFalse();
        assertThat(SeatLook.of(SeatStatus.BLOCKED, Role.NOBODY, false).takeable()).isFalse();
        assertThat(SeatLook.of(null, Role.NOBODY, false).takeable()).isFalse();
        // my own held seat is shown as mine, not as "held by someone"
        assertThat(SeatLook.of(SeatStatus.HELD, Role.MINE, false).glyph()).isEqualTo("✓");
    }
}
