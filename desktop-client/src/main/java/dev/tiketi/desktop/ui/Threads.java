package dev.tiketi.desktop.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Where a model's work runs: server calls on {@code background}, every property change on {@code fx}. The
 * terminal passes a daemon pool and {@link Platform#runLater}; a unit test passes {@link #direct()}, so a
 * model is driven by plain JUnit without the toolkit and every step has happened when the call returns.
 */
public record Threads(Executor background, Executor fx) {
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tiketi-background");
        t.setDaemon(true);
        return t;
    });
    private static final Threads FX = new Threads(POOL, Platform::runLater);

    /** The running terminal's: a background pool, results on the FX thread. */
    public static Threads terminal() {
        return FX;
    }

    /** Everything at once on the caller's thread (tests). */
    public static Threads direct() {
        return new Threads(Runnable::run, Runnable::run);
    }

    public <T> Call<T> call(Callable<T> work) {
        return new Call<>(this, work);
    }

    /**
     * One server call: {@code threads.call(() -> api.hold(...)).onSuccess(...).onFailure(...).always(...).start()};
     * the handlers run on the FX executor.
     */
    public static final class Call<T> {
        private final Threads threads;
        private final Callable<T> work;
        private Consumer<T> success = r -> { };
        private Consumer<Throwable> failure = e -> { };
        private Runnable always = () -> { };

        private Call(Threads threads, Callable<T> work) {
            this.threads = threads;
            this.work = work;
        }

        public Call<T> onSuccess(Consumer<T> handler) {
            this.success = handler;
            return this;
        }

        public Call<T> onFailure(Consumer<Throwable> handler) {
            this.failure = handler;
            return this;
        }

        /** After success or failure (e.g. to clear a busy flag). */
        public Call<T> always(Runnable handler) {
            this.always = handler;
            return this;
        }

        public void start() {
            threads.background().execute(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    threads.fx().execute(() -> {
                        try {
                            failure.accept(e);
                        } finally {
                            always.run();
                        }
                    });
                    return;
                }
                threads.fx().execute(() -> {
                    try {
                        success.accept(result);
                    } finally {
                        always.run();
                    }
                });
            });
        }
    }
}
