package dev.tiketi.desktop.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs a call off the FX thread and hands its result or failure back on it:
 * {@code Background.run(() -> api.hold(...)).onSuccess(vm::held).onFailure(vm::failed).start()}.
 */
public final class Background<T> {
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tiketi-background");
        t.setDaemon(true);
        return t;
    });

    private final Callable<T> call;
    private Consumer<T> success = r -> { };
    private Consumer<Throwable> failure = e -> { };
    private Runnable always = () -> { };

    private Background(Callable<T> call) {
        this.call = call;
    }

    public static <T> Background<T> run(Callable<T> call) {
        return new Background<>(call);
    }

    public Background<T> onSuccess(Consumer<T> handler) {
        this.success = handler;
        return this;
    }

    public Background<T> onFailure(Consumer<Throwable> handler) {
        this.failure = handler;
        return this;
    }

    /** Runs on the FX thread after success or failure (e.g. to clear a busy flag). */
    public Background<T> always(Runnable handler) {
        this.always = handler;
        return this;
    }

    public void start() {
        POOL.execute(() -> {
            try {
                T result = call.call();
                Platform.runLater(() -> {
                    try {
                        success.accept(result);
                    } finally {
                        always.run();
                    }
                });
            } catch (Exception e) {
                Platform.runLater(() -> {
                    try {
                        failure.accept(e);
                    } finally {
                        always.run();
                    }
                });
            }
        });
    }
}
