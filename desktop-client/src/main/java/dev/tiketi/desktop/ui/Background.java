package dev.tiketi.desktop.ui;

import java.util.concurrent.Callable;

/**
 * Runs a call off the FX thread and hands its result or failure back on it:
 * {@code Background.run(() -> api.hold(...)).onSuccess(vm::held).onFailure(vm::failed).start()}. Screens whose
 * model is unit-tested take {@link Threads} instead, so a test can run them without the toolkit.
 */
public final class Background {
    private Background() {
    }

    public static <T> Threads.Call<T> run(Callable<T> call) {
        return Threads.terminal().call(call);
    }
}
