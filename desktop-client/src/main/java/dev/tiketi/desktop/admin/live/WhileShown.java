package dev.tiketi.desktop.admin.live;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Runs {@code task} every {@code every} while {@code node} is on screen (in a window's scene): the admin panel
 * takes a section's view out of the scene when another section opens, so polling stops by itself, and starts
 * again (at once) when the admin comes back.
 */
public final class WhileShown {
    private WhileShown() {
    }

    public static Timeline every(Node node, Duration every, Runnable task) {
        Timeline timeline = new Timeline(new KeyFrame(every, e -> task.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        node.sceneProperty().addListener((o, a, b) -> follow(timeline, b != null, task));
        follow(timeline, node.getScene() != null, task);
        return timeline;
    }

    private static void follow(Timeline timeline, boolean shown, Runnable task) {
        if (shown && timeline.getStatus() != Animation.Status.RUNNING) {
            task.run();
            timeline.play();
        } else if (!shown) {
            timeline.stop();
        }
    }
}
