package dev.tiketi.desktop.seatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.tiketi.model.catalog.SeatView;
import dev.tiketi.model.catalog.TierView;
import dev.tiketi.model.catalog.VenueLayout;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ZoomEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The kiosk's touch behaviour and the layout editor's behaviour, driven through real input events. */
@ExtendWith(ApplicationExtension.class)
class SeatMapBehaviorTest {
    private SeatMap map;

    @Start
    void start(Stage stage) {
        map = new SeatMap();
        stage.setScene(new Scene(map, 800, 500));
        stage.show();
    }

    private SeatMapSkin skin() {
        return (SeatMapSkin) map.getSkin();
    }

    private SeatGeometry geometry() {
        return skin().geometry();
    }

    /** A seat's centre on the canvas. */
    private Point2D at(long seatId) {
        SeatView s = geometry().seat(seatId);
        return new Point2D(geometry().screenX(s.x()), geometry().screenY(s.y()));
    }

    private Point2D onScreen(Point2D local) {
        Node canvas = skin().surface();
        return canvas.localToScreen(local);
    }

    private void allAvailable(FxRobot robot, VenueLayout hall) {
        robot.interact(() -> {
            map.setLayout(hall);
            hall.sections().forEach(section -> section.rows().forEach(row -> row.seats().forEach(
                    s -> map.getStates().put(s.id(), new SeatState(s.id(), SeatStatus.AVAILABLE, null)))));
        });
    }

    @Test
    void aTapZoomsTinySeatsToFingerSizeThenChoosesADragPansWithoutChoosingAndAPinchZooms(FxRobot robot) {
        robot.interact(() -> map.setBehavior(new TouchBehavior()));
        allAvailable(robot, SeatMapRenderTest.bigHall());
        long seat = 2550;
        assertThat(geometry().seatPixels()).isLessThan(TouchBehavior.TARGET_PX);

        robot.clickOn(robot.point(onScreen(at(seat))), MouseButton.PRIMARY);
        assertThat(map.getSelection()).as("the first tap only zooms").isEmpty();
        assertThat(geometry().seatPixels()).isGreaterThanOrEqualTo(TouchBehavior.TARGET_PX);

        robot.clickOn(robot.point(onScreen(at(seat))), MouseButton.PRIMARY);
        assertThat(map.getSelection()).containsExactly(seat);

        Point2D before = at(seat);
        Point2D from = onScreen(before.add(-60, 0)); // start between seats or on one: a drag must not choose either way
        robot.moveTo(robot.point(from)).press(MouseButton.PRIMARY).moveTo(robot.point(from.add(120, 70))).release(MouseButton.PRIMARY);
        assertThat(map.getSelection()).containsExactly(seat);
        assertThat(at(seat).getX()).isCloseTo(before.getX() + 120, offset(1.5));
        assertThat(at(seat).getY()).isCloseTo(before.getY() + 70, offset(1.5));

        double scale = geometry().scale();
        Point2D pinch = at(seat);
        robot.interact(() -> Event.fireEvent(skin().surface(), new ZoomEvent(ZoomEvent.ZOOM, pinch.getX(), pinch.getY(),
                pinch.getX(), pinch.getY(), false, false, false, false, true, false, 1.5, 1.5, null)));
        assertThat(geometry().scale()).isCloseTo(scale * 1.5, offset(1e-6));
        assertThat(at(seat).getX()).as("the pinch's centre stays put").isCloseTo(pinch.getX(), offset(1e-6));

        robot.clickOn(robot.point(onScreen(at(seat))), MouseButton.PRIMARY);
        assertThat(map.getSelection()).as("a second tap unchooses").isEmpty();
    }

    @Test
    void theEditorSelectsARectangleAndTogglesBlockedAndAccessibleAndOnlyReportsIt(FxRobot robot) {
        EditBehavior editor = new EditBehavior();
        List<List<SeatEdit>> heard = new ArrayList<>();
        editor.setOnEdit(heard::add);
        robot.interact(() -> {
            map.setBehavior(editor);
            map.setLayout(SeatGeometryTest.hall());
        });
        // row A (y = 3) seats 1..3; row B (y = 4) and seats 4, 5 outside
        Point2D a = new Point2D(geometry().screenX(0.5), geometry().screenY(2.5));
        Point2D b = new Point2D(geometry().screenX(3.5), geometry().screenY(3.5));
        robot.moveTo(robot.point(onScreen(a))).press(MouseButton.PRIMARY).moveTo(robot.point(onScreen(b))).release(MouseButton.PRIMARY);
        assertThat(editor.selection()).containsExactlyInAnyOrder(11L, 12L, 13L);

        robot.type(KeyCode.B);
        assertThat(editor.edits()).containsOnlyKeys(11L, 12L, 13L);
        assertThat(editor.edits().values()).allMatch(SeatEdit::blocked);
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0)).containsExactlyInAnyOrder(new SeatEdit(11, true, true), new SeatEdit(12, true, false), new SeatEdit(13, true, false));
        // drawn as blocked: the editor's looks, with no sale states at all
        robot.interact(() -> skin().paint());
        assertThat(map.getStates()).isEmpty();

        robot.clickOn(robot.point(onScreen(at(12))), MouseButton.PRIMARY);
        assertThat(editor.selection()).containsExactly(12L);
        robot.type(KeyCode.A);
        assertThat(editor.edits().get(12L)).isEqualTo(new SeatEdit(12, true, true));

        robot.clickOn(robot.point(onScreen(at(11))), MouseButton.PRIMARY);
        robot.type(KeyCode.B);
        assertThat(editor.edits()).as("11 is back as the layout has it").containsOnlyKeys(12L, 13L);
        assertThat(heard).hasSize(3);

        // leaving the editor restores the sale looks and the counter's gestures
        robot.interact(() -> map.setBehavior(new PointerBehavior()));
        robot.interact(() -> map.getStates().put(21L, new SeatState(21, SeatStatus.AVAILABLE, null)));
        robot.clickOn(robot.point(onScreen(at(21))), MouseButton.PRIMARY);
        assertThat(map.getSelection()).containsExactly(21L);
        assertThat(editor.selection()).containsExactly(11L);
    }

    @Test
    void theCursorStartsAtTheBestSeatOfTheChosenTierAndTheZoomFollowsIt(FxRobot robot) {
        VenueLayout hall = SeatMapRenderTest.bigHall();
        allAvailable(robot, hall);
        TierView std = new TierView(2, "STD", "Standard", 50_000, null);
        robot.interact(() -> {
            map.getTiers().setAll(new TierView(1, "VIP", "VIP", 90_000, null), std);
            map.chosenTierProperty().set(std);
        });
        Long best = geometry().best("STD", 1, false, map::takeable).get(0);
        assertThat(map.focusedSeatProperty().get()).isEqualTo(best);
        assertThat(geometry().seat(best).tierCode()).isEqualTo("STD");

        robot.interact(() -> skin().zoomAt(6, 0, 0)); // far from the cursor
        robot.clickOn(map, MouseButton.MIDDLE); // focus without choosing
        robot.type(KeyCode.RIGHT, 5);
        Point2D p = at(map.focusedSeatProperty().get());
        assertThat(p.getX()).isBetween(0.0, map.getWidth());
        assertThat(p.getY()).isBetween(0.0, map.getHeight());
        robot.type(KeyCode.DOWN, 10);
        p = at(map.focusedSeatProperty().get());
        assertThat(p.getX()).isBetween(0.0, map.getWidth());
        assertThat(p.getY()).isBetween(0.0, map.getHeight());
    }
}
