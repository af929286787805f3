package dev.tiketi.desktop.seatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutEditsTest {
    /** Ids 11..15 (row A, 11 accessible) and 21..25 (row B, 21 accessible); none blocked. */
    private final LayoutEdits edits = new LayoutEdits(SeatGeometryTest.hall());

    @Test
    void aClickSelectsOneSeatAndWithTheModifierAddsOrRemoves() {
        assertThat(edits.click(12L, false)).containsExactly(12L);
        assertThat(edits.click(13L, false)).containsExactlyInAnyOrder(12L, 13L);
        assertThat(edits.selection()).containsExactly(13L);
        edits.click(14L, true);
        assertThat(edits.selection()).containsExactlyInAnyOrder(13L, 14L);
        edits.click(13L, true);
        assertThat(edits.selection()).containsExactly(14L);
        assertThat(edits.click(null, false)).containsExactly(14L);
        assertThat(edits.selection()).isEmpty();
    }

    @Test
    void aRectangleReplacesTheSelectionOrAddsToIt() {
        edits.rectangle(List.of(11L, 12L), false);
        edits.rectangle(List.of(21L, 22L, 999L), true);
        assertThat(edits.selection()).containsExactlyInAnyOrder(11L, 12L, 21L, 22L);
        edits.rectangle(List.of(15L), false);
        assertThat(edits.selection()).containsExactly(15L);
    }

    @Test
    void blockingAMixedSelectionBlocksAllAndAgainUnblocksAll() {
        edits.click(12L, false);
        edits.toggleBlocked();
        edits.rectangle(List.of(12L, 13L), false);
        assertThat(edits.toggleBlocked()).as("only 13 changed").containsExactly(new SeatEdit(13, true, false));
        assertThat(edits.changes()).containsOnlyKeys(12L, 13L);
        assertThat(edits.blocked(12)).isTrue();
        assertThat(edits.toggleBlocked()).containsExactlyInAnyOrder(new SeatEdit(12, false, false), new SeatEdit(13, false, false));
        // back as the layout has it: nothing left to save
        assertThat(edits.changes()).isEmpty();
    }

    @Test
    void accessibleTogglesFromWhatTheLayoutSays() {
        edits.rectangle(List.of(11L, 21L), false);
        assertThat(edits.toggleAccessible()).as("both are accessible in the layout: unmark both")
                .containsExactlyInAnyOrder(new SeatEdit(11, false, false), new SeatEdit(21, false, false));
        assertThat(edits.accessible(11)).isFalse();
        edits.rectangle(List.of(11L, 12L), false);
        edits.toggleAccessible();
        assertThat(edits.changes()).containsOnlyKeys(12L, 21L);
        assertThat(edits.changes().get(12L)).isEqualTo(new SeatEdit(12, false, true));
    }

    @Test
    void withNothingSelectedNothingChanges() {
        assertThat(edits.toggleBlocked()).isEmpty();
        assertThat(edits.toggleAccessible()).isEmpty();
        assertThat(edits.changes()).isEmpty();
    }
}
