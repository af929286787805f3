package dev.tiketi.server.error;

import dev.tiketi.model.error.ErrorCode;

/** A refusal that lifts by itself: the problem carries a Retry-After header. */
public class RetryLaterException extends ApiException {
    private final long retryAfterSeconds;

    public RetryLaterException(ErrorCode code, String detail, long retryAfterSeconds) {
        super(code, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
