package dev.tiketi.model.common;

import java.util.List;

/** One page of a list; {@code page} counts from 0. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
}
