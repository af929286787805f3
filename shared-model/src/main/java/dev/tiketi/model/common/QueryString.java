package dev.tiketi.model.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * A URL query string built from named values: UTF-8 percent-encoding (Korean search text included), null and
 * blank values left out, so "no filter" is simply an absent parameter.
 */
public final class QueryString {
    private final StringJoiner parts = new StringJoiner("&", "?", "").setEmptyValue("");

    public QueryString add(String name, Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isBlank()) {
            parts.add(encode(name) + "=" + encode(text));
        }
        return this;
    }

    @Override
    public String toString() {
        return parts.toString();
    }

    // URLEncoder is the form encoding: a space becomes '+', which some servers keep as a plus; %20 is read
    // as a space everywhere. A literal '+' is already %2B, so the replacement cannot touch one.
    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
