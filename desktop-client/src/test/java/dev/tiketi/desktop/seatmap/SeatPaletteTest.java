package dev.tiketi.desktop.seatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeatPaletteTest {

    @Test
    void tiersTakeThePaletteColoursInTheEventsTierOrder() {
        SeatPalette p = SeatPalette.okabeIto();
        Map<String, String> colours = p.assign(List.of("VIP", "R", "S", "A", "B"));
        assertThat(colours).containsExactly(Map.entry("VIP", "#e69f00"), Map.entry("R", "#56b4e9"), Map.entry("S", "#009e73"),
                Map.entry("A", "#f0e442"), Map.entry("B", "#0072b2"));
        // a repeated code keeps its first colour and does not use one up
        assertThat(p.assign(List.of("VIP", "VIP", "R"))).containsExactly(Map.entry("VIP", "#e69f00"), Map.entry("R", "#56b4e9"));
    }

    @Test
    void moreTiersThanColoursCycleAndAnUnpricedTierIsNeutral() {
        SeatPalette p = SeatPalette.okabeIto();
        assertThat(p.tierColour(7)).isEqualTo(p.tierColour(0));
        assertThat(p.tierColour(-1)).isEqualTo(p.neutral());
        assertThat(p.look(dev.tiketi.model.sales.SeatStatus.AVAILABLE, SeatLook.Role.NOBODY, false, null).fill()).isEqualTo("#ffffff");
    }

    @Test
    void tierColoursAreNotTheColoursOfStatuses() {
        for (SeatPalette p : List.of(SeatPalette.okabeIto(), SeatPalette.highContrast())) {
            assertThat(p.tiers()).doesNotContain(p.mine(), p.sold(), p.blocked(), p.unknown(), p.neutral()).doesNotHaveDuplicates();
        }
    }

    @Test
    void theKioskPaletteIsBolder() {
        assertThat(SeatPalette.highContrast().strokeScale()).isGreaterThan(SeatPalette.okabeIto().strokeScale());
        assertThat(SeatPalette.highContrast().tiers()).isNotEqualTo(SeatPalette.okabeIto().tiers());
    }

    @Test
    void mixingMovesTowardsTheTarget() {
        assertThat(SeatPalette.mix("#000000", "#ffffff", 0.5)).isEqualTo("#808080");
        assertThat(SeatPalette.mix("#e69f00", "#e69f00", 0.7)).isEqualTo("#e69f00");
    }
}
