package dev.tiketi.desktop.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiketi.model.error.ErrorCode;
import org.junit.jupiter.api.Test;

class ApiExceptionTest {
    @Test
    void theServersCodeIsReadAsTheSharedEnum() {
        ApiException e = new ApiException(404, "CASH_SESSION_NOT_FOUND", "No such cash session.");

        assertThat(e.error()).contains(ErrorCode.CASH_SESSION_NOT_FOUND);
        assertThat(e.is(ErrorCode.CASH_SESSION_NOT_FOUND)).isTrue();
        assertThat(e.is(ErrorCode.ORDER_NOT_FOUND)).isFalse();
    }

    @Test
    void unknownMissingAndLocalCodesAreNoErrorCode() {
        assertThat(new ApiException(409, "SOME_CODE_OF_A_NEWER_SERVER", "").error()).isEmpty();
        assertThat(new ApiException(502, "HTTP_502", "").error()).isEmpty();
        assertThat(new ApiException(0, ApiException.UNREACHABLE, "connect timed out").error()).isEmpty();
        assertThat(new ApiException(500, null, "").error()).isEmpty();
    }
}
