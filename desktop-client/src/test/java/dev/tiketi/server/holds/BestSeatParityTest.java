package dev.tiketi.server.holds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.seatmap.SeatGeometry;
import dev.tiketi.server.catalog.LayoutSeat;
import dev.tiketi.model.catalog.RowLayout;
import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.SectionLayout;
import dev.tiketi.model.catalog.VenueLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seat map's keyboard cursor starts where the server's best-available would hold: both call one rule
 * (BestSeats), and this checks they feed it alike (rows keyed by section code, the same stage centre, the
 * same blocked and accessible seats), so {@link SeatGeometry#best} picks exactly what {@link BestAvailable} picks. Lives in the
 * server's package (in the desktop's tests, which have the server on their class path) to call the rule itself.
 */
class BestSeatParityTest {

    @Test
    void theClientPicksWhatTheServerPicksOnRandomHalls() {
        Random random = new Random(15);
        int nonEmpty = 0;
        for (int round = 0; round < 400; round++) {
            VenueLayout hall = randomHall(random);
            Set<Long> free = new HashSet<>();
            List<LayoutSeat> tierSeats = new ArrayList<>();
            double freeShare = random.nextDouble();
            for (SectionLayout section : hall.sections()) {
                for (RowLayout row : section.rows()) {
                    for (SeatView s : row.seats()) {
                        if (random.nextDouble() < freeShare) {
                            free.add(s.id());
                        }
                        if (s.tierCode().equals("R")) {
                            tierSeats.add(new LayoutSeat(s.id(), s.label(), section.code(), s.row(), s.number(), s.x(), s.y(),
                                    s.accessible(), s.blocked(), 1, s.tierCode(), 1000));
                        }
                    }
                }
            }
            int n = 1 + random.nextInt(4);
            boolean accessible = random.nextInt(5) == 0;
            double stageX = hall.stageX() + hall.stageWidth() / 2;
            double stageY = hall.stageY() + hall.stageDepth() / 2;
            List<Long> server = BestAvailable.choose(tierSeats, s -> free.contains(s.id()), n, accessible, stageX, stageY)
                    .stream().map(LayoutSeat::id).toList();
            List<Long> client = new SeatGeometry(hall).best("R", n, accessible, free::contains);
            assertThat(client).as("round %d, %d seats, accessible %s", round, n, accessible).isEqualTo(server);
            nonEmpty += server.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).as("rounds where a block was found").isGreaterThan(200);
    }

    /** Two or three sections (codes out of order, so sorting matters), rows of 3..12 seats, some gaps in numbering. */
    private static VenueLayout randomHall(Random random) {
        List<SectionLayout> sections = new ArrayList<>();
        long id = 1;
        String[] codes = {"ORC", "BAL", "LFT"};
        int count = 2 + random.nextInt(2);
        for (int k = 0; k < count; k++) {
            List<RowLayout> rows = new ArrayList<>();
            int rowCount = 1 + random.nextInt(5);
            for (int r = 0; r < rowCount; r++) {
                String label = String.valueOf((char) ('A' + r));
                List<SeatView> seats = new ArrayList<>();
                int number = 0;
                int seatsInRow = 3 + random.nextInt(10);
                for (int i = 0; i < seatsInRow; i++) {
                    number += random.nextInt(8) == 0 ? 2 : 1;
                    String tier = random.nextInt(6) == 0 ? "VIP" : "R";
                    seats.add(new SeatView(id++, codes[k] + "-" + label + "-" + number, label, number, tier,
                            k * 15 + number, k * 4 + r * 1.2 + (random.nextBoolean() ? 0.1 * number : 0),
                            random.nextInt(8) == 0, random.nextInt(10) == 0));
                }
                rows.add(new RowLayout(label, seats));
            }
            sections.add(new SectionLayout(k, codes[k], "Section " + k, rows));
        }
        return new VenueLayout(1, "Random", 0, 10, -5, 20, 3, sections);
    }
}
