package dev.tiketi.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutGeneratorTest {

    @ParameterizedTest
    @CsvSource({
            "A, 3, A|B|C",
            "A, 28, A|B|C|D|E|F|G|H|I|J|K|L|M|N|O|P|Q|R|S|T|U|V|W|X|Y|Z|AA|AB", // past Z continues AA, AB
            "C, 2, C|D",
            "1, 3, 1|2|3",
            "9, 3, 9|10|11"})
    void rowLabelsCountOnFromTheFirst(String first, int count, String expected) {
        assertThat(String.join("|", LayoutGenerator.rowLabels(first, count))).isEqualTo(expected);
    }

    @Test
    void straightSectionPlacesSeatsOnAGridWithUniqueLabels() {
        GeneratedLayout layout = LayoutGenerator.generate(List.of(SectionSpec.simple("ORC", "Orchestra", 4, 6, "R")));
        assertThat(layout.seatCount()).isEqualTo(24);
        List<GeneratedLayout.Seat> seats = layout.sections().get(0).seats();
        assertThat(seats.get(0).label()).isEqualTo("ORC-A-1");
        assertThat(seats.get(0).x()).isEqualTo(0.5);
        assertThat(seats.get(0).y()).isEqualTo(0.5);
        assertThat(seats.get(23).label()).isEqualTo("ORC-D-6");
        assertThat(seats.get(23).x()).isEqualTo(5.5);
        assertThat(seats.get(23).y()).isEqualTo(0.5 + 3 * LayoutGenerator.ROW_PITCH);
        Set<String> labels = new HashSet<>();
        seats.forEach(s -> labels.add(s.label()));
        assertThat(labels).hasSize(24);
    }

    @Test
    void stageSitsInFrontOfTheFirstRowAndIsCentred() {
        GeneratedLayout layout = LayoutGenerator.generate(List.of(SectionSpec.simple("A", "A", 2, 20, "T")));
        assertThat(layout.stageY() + layout.stageDepth()).isLessThan(0.5);
        assertThat(layout.stageX() + layout.stageWidth() / 2).isCloseTo(10.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void curvedRowsBendTheirEndsTowardsTheStage() {
        SectionSpec curved = new SectionSpec("C", "Curved", 3, 21, "A", true, "T", null, null, null, null, null, null);
        List<GeneratedLayout.Seat> seats = LayoutGenerator.generate(List.of(curved)).sections().get(0).seats();
        GeneratedLayout.Seat end = seats.get(0);
        GeneratedLayout.Seat middle = seats.get(10);
        assertThat(middle.y()).isEqualTo(0.5);
        assertThat(end.y()).isLessThan(middle.y());
        // neighbours stay one seat pitch apart along the arc
        double dx = seats.get(1).x() - seats.get(0).x();
        double dy = seats.get(1).y() - seats.get(0).y();
        assertThat(Math.hypot(dx, dy)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void sectionsWithoutOffsetsStandSideBySide() {
        GeneratedLayout layout = LayoutGenerator.generate(List.of(
                SectionSpec.simple("L", "Left", 1, 5, "T"), SectionSpec.simple("R", "Right", 1, 5, "T")));
        double leftEdgeOfRight = layout.sections().get(1).seats().get(0).x() - 0.5;
        assertThat(leftEdgeOfRight).isEqualTo(5 + LayoutGenerator.SECTION_GAP);
    }

    @Test
    void tiersBlockedAndAccessibleSeatsAreApplied() {
        SectionSpec spec = new SectionSpec("M", "Main", 3, 4, "A", false, "STD", Map.of("A", "VIP"),
                List.of("B-2"), List.of("C"), List.of("A-4"), null, null);
        List<GeneratedLayout.Seat> seats = LayoutGenerator.generate(List.of(spec)).sections().get(0).seats();
        assertThat(seats.stream().filter(s -> s.tierCode().equals("VIP")).map(GeneratedLayout.Seat::row).distinct())
                .containsExactly("A");
        assertThat(seats.stream().filter(GeneratedLayout.Seat::blocked).map(GeneratedLayout.Seat::label))
                .containsExactly("M-B-2");
        assertThat(seats.stream().filter(GeneratedLayout.Seat::accessible).map(GeneratedLayout.Seat::label))
                .containsExactly("M-A-4", "M-C-1", "M-C-2", "M-C-3", "M-C-4");
    }

    @Test
    void zeroPaddedSeatNumbersNameTheSameSeat() {
        SectionSpec spec = new SectionSpec("M", "Main", 1, 10, "A", false, "STD", null,
                List.of("A-01"), null, List.of("A-007"), null, null);
        List<GeneratedLayout.Seat> seats = LayoutGenerator.generate(List.of(spec)).sections().get(0).seats();
        assertThat(seats.stream().filter(GeneratedLayout.Seat::blocked).map(GeneratedLayout.Seat::label)).containsExactly("M-A-1");
        assertThat(seats.stream().filter(GeneratedLayout.Seat::accessible).map(GeneratedLayout.Seat::label)).containsExactly("M-A-7");
    }

    @Test
    void referencesToSeatsOrRowsThatDoNotExistAreAllReported() {
        SectionSpec spec = new SectionSpec("M", "Main", 3, 4, "A", false, "STD", Map.of("Z", "VIP"),
                List.of("B-5", "D-1"), List.of("Q"), null, null, null);
        assertThatThrownBy(() -> LayoutGenerator.generate(List.of(spec)))
                .isInstanceOfSatisfying(InvalidLayoutException.class, e -> assertThat(e.errors()).hasSize(4));
    }

    @Test
    void duplicateSectionCodesAndOversizedVenuesAreRefused() {
        assertThatThrownBy(() -> LayoutGenerator.generate(List.of(SectionSpec.simple("A", "A", 1, 1, "T"),
                SectionSpec.simple("A", "B", 1, 1, "T")))).isInstanceOf(InvalidLayoutException.class);
        assertThatThrownBy(() -> LayoutGenerator.generate(List.of(SectionSpec.simple("A", "A", 100, 200, "T"),
                SectionSpec.simple("B", "B", 1, 1, "T")))).isInstanceOf(InvalidLayoutException.class);
        assertThat(LayoutGenerator.generate(List.of(SectionSpec.simple("A", "A", 100, 200, "T"))).seatCount())
                .isEqualTo(LayoutGenerator.MAX_SEATS);
    }
}
