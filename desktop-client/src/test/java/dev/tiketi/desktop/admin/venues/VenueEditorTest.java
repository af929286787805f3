package dev.tiketi.desktop.admin.venues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.seatmap.SeatEdit;
import dev.tiketi.desktop.ui.Messages;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.SectionSpec;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.catalog.VenueRequest;
import dev.tiketi.model.catalog.VenueSummary;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The venue editor without a toolkit: the preview follows the form, marks survive it, and save sends the specs. */
class VenueEditorTest {
    private final FakeVenues api = new FakeVenues();
    private final VenueEditor vm = new VenueEditor(api, new Messages(Locale.ENGLISH, ZoneId.of("Asia/Seoul")), Threads.direct());

    private static List<SeatView> seats(VenueLayout layout) {
        return layout.sections().stream().flatMap(s -> s.rows().stream()).flatMap(r -> r.seats().stream()).toList();
    }

    private SeatView seat(String label) {
        return seats(vm.previewProperty().get()).stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void theFormIsPreviewedByTheServersOwnGenerator() {
        assertThat(vm.previewProperty().get().seatCount()).as("a new venue starts with one 10 x 20 section").isEqualTo(200);
        SectionRow floor = vm.sections().get(0);
        floor.rowsProperty().set("3");
        floor.seatsPerRowProperty().set("4");
        floor.rowTiersProperty().set("A=VIP");
        assertThat(seats(vm.previewProperty().get())).extracting(SeatView::label).startsWith("A-A-1", "A-A-2");
        assertThat(seat("A-A-1").tierCode()).isEqualTo("VIP");
        assertThat(seat("A-B-1").tierCode()).isEqualTo("STD");
        assertThat(vm.summaryProperty().get()).isEqualTo("12 seats · 0 blocked · 0 wheelchair");
    }

    @Test
    void anInvalidFieldKeepsTheLastPreviewAndSaysWhy() {
        VenueLayout before = vm.previewProperty().get();
        vm.sections().get(0).rowsProperty().set("101");
        assertThat(vm.sections().get(0).rowsProblem()).isEqualTo("admin.venues.rule.rows");
        assertThat(vm.previewProperty().get()).isSameAs(before);
        assertThat(vm.summaryProperty().get()).isEqualTo("Fix the marked fields to see the plan again.");
    }

    @Test
    void marksOnThePreviewSurviveARegenerationAndAreSaved() {
        vm.nameProperty().set("세종문화회관");
        SectionRow floor = vm.sections().get(0);
        floor.codeProperty().set("FLR");
        vm.marked(List.of(new SeatEdit(seat("FLR-A-1").id(), true, false), new SeatEdit(seat("FLR-J-20").id(), false, true)));
        assertThat(vm.summaryProperty().get()).isEqualTo("200 seats · 1 blocked · 1 wheelchair");

        vm.addSection();
        vm.sections().get(1).nameProperty().set("발코니");
        vm.sections().get(1).curvedProperty().set(true);
        assertThat(seat("FLR-A-1").blocked()).as("kept across the regeneration").isTrue();
        assertThat(seat("FLR-J-20").accessible()).isTrue();

        floor.rowsProperty().set("5"); // row J goes: its mark goes with it
        vm.save();

        VenueRequest sent = api.created.get(0);
        assertThat(sent.name()).isEqualTo("세종문화회관");
        assertThat(sent.timeZone()).isEqualTo("Asia/Seoul");
        SectionSpec f = sent.sections().get(0);
        assertThat(f.blockedSeats()).containsExactly("A-1");
        assertThat(f.accessibleSeats()).isEmpty();
        assertThat(sent.sections().get(1).curved()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Venue 세종문화회관 created with 196 seats.");
    }

    @Test
    void unmarkingOneSeatOfAWheelchairRowKeepsTheRestOfTheRow() {
        api.stored = new VenueRequest("홀", null, List.of(new SectionSpec("M", "메인", 2, 3, "A", false, "STD", Map.of(),
                List.of(), List.of("B"), List.of(), null, 20.0)), "Asia/Seoul");
        vm.open(new VenueSummary(9, "홀", null, 6, "Asia/Seoul"));
        assertThat(seat("M-B-2").accessible()).isTrue();

        vm.marked(List.of(new SeatEdit(seat("M-B-2").id(), false, false)));

        SectionSpec spec = vm.request().sections().get(0);
        assertThat(spec.accessibleRows()).isEmpty();
        assertThat(spec.accessibleSeats()).containsExactlyInAnyOrder("B-1", "B-3");
        assertThat(spec.offsetY()).as("where the section was placed is kept").isEqualTo(20.0);
    }

    @Test
    void aZoneMustBeARegionNotAnAbbreviation() {
        vm.timeZoneProperty().set("KST");
        assertThat(vm.timeZoneProblem()).isEqualTo("admin.venues.rule.zone");
        vm.timeZoneProperty().set("Asia/Seoul");
        assertThat(vm.timeZoneProblem()).isNull();
    }

    private static final class FakeVenues implements VenueAdminApi {
        final List<VenueRequest> created = new ArrayList<>();
        VenueRequest stored;

        @Override
        public List<VenueSummary> venues() {
            return List.of();
        }

        @Override
        public VenueRequest venue(long id) {
            return stored;
        }

        @Override
        public VenueSummary create(VenueRequest request) {
            created.add(request);
            int seats = request.sections().stream().mapToInt(s -> s.rows() * s.seatsPerRow()).sum();
            return new VenueSummary(1, request.name(), request.address(), seats, request.timeZone());
        }

        @Override
        public VenueSummary update(long id, VenueRequest request) {
            return create(request);
        }
    }
}
