package dev.tiketi.desktop.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.desktop.api.ApiException;
import dev.tiketi.desktop.ui.Threads;
import dev.tiketi.model.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Leaving kiosk mode: only the password the server accepts gets out; a wrong one is said and cleared. */
class KioskExitTest {
    private final List<String> tried = new ArrayList<>();
    private final AtomicInteger exits = new AtomicInteger();
    private final KioskExit exit = new KioskExit(password -> {
        tried.add(password);
        if (!password.equals("kiosk-secret-1")) {
            throw new ApiException(401, ErrorCode.BAD_CREDENTIALS.name(), "Wrong username or password.");
        }
    }, Threads.direct(), exits::incrementAndGet);

    @Test
    void theRightPasswordLeavesOnce() {
        exit.open();
        exit.passwordProperty().set("kiosk-secret-1");

        exit.submit();

        assertThat(exits.get()).isEqualTo(1);
        assertThat(exit.openProperty().get()).isFalse();
        assertThat(exit.passwordProperty().get()).as("not kept on screen").isEmpty();
    }

    @Test
    void aWrongPasswordIsSaidAndCleared() {
        exit.open();
        exit.passwordProperty().set("guess");

        exit.submit();

        assertThat(exits.get()).isZero();
        assertThat(exit.openProperty().get()).isTrue();
        assertThat(exit.passwordProperty().get()).isEmpty();
        assertThat(((ApiException) exit.problemProperty().get()).is(ErrorCode.BAD_CREDENTIALS)).isTrue();
        assertThat(exit.busyProperty().get()).isFalse();
    }

    @Test
    void nothingIsSentWithoutAPasswordOrWhileClosed() {
        exit.submit(); // closed
        exit.open();
        exit.submit(); // empty

        assertThat(tried).isEmpty();
    }

    @Test
    void cancelForgetsWhatWasTyped() {
        exit.open();
        exit.passwordProperty().set("half-typed");
        exit.cancel();

        assertThat(exit.openProperty().get()).isFalse();
        assertThat(exit.passwordProperty().get()).isEmpty();
        exit.open();
        assertThat(exit.problemProperty().get()).isNull();
    }
}
