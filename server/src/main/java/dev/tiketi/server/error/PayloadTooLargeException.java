package dev.tiketi.server.error;

import java.io.IOException;

/** Thrown while a request body is read past the size limit; answered as PAYLOAD_TOO_LARGE. */
public class PayloadTooLargeException extends IOException {
    public PayloadTooLargeException(long limit) {
        super("request body over " + limit + " bytes");
    }
}
