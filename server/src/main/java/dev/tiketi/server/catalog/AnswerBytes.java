package dev.tiketi.server.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last answer of one kind per event, kept as the JSON bytes a request writes (issue 18): a rush reads the same
 * event thousands of times between two changes, and serialising a 1,000-seat map cost more than everything else the
 * read does. An entry is reused only while its key is equal to the key of the read at hand, and the key is what the
 * answer is made of (the values themselves, or the versions that name them exactly), so the bytes are never older
 * than what the read found in Redis. One entry per event; bounded in events and in bytes (any other entries go).
 *
 * @param <K> what one answer is made of; a record, compared with {@code equals}
 */
public final class AnswerBytes<K> {
    private record Entry<K>(K key, byte[] json) {
    }

    private final JsonMapper json;
    private final int maxEvents;
    private final long maxBytes;
    private final Map<Long, Entry<K>> entries = new ConcurrentHashMap<>();
    private final AtomicLong size = new AtomicLong();

    public AnswerBytes(JsonMapper json, int maxEvents, long maxBytes) {
        this.json = json;
        this.maxEvents = maxEvents;
        this.maxBytes = maxBytes;
    }

    /** The bytes kept for {@code key}, or {@code answer} serialised (with the server's mapper) and kept. */
    public byte[] bytes(long eventId, K key, Supplier<?> answer) {
        byte[] kept = ifKey(eventId, key);
        if (kept != null) {
            return kept;
        }
        byte[] out = json.writeValueAsBytes(answer.get());
        keep(eventId, new Entry<>(key, out));
        return out;
    }

    /** The bytes kept for the event if they were made of {@code key}, else null. */
    public byte[] ifKey(long eventId, K key) {
        Entry<K> e = entries.get(eventId);
        return e != null && e.key().equals(key) ? e.json() : null;
    }

    /** The key of what is kept for the event, or null. */
    public K key(long eventId) {
        Entry<K> e = entries.get(eventId);
        return e == null ? null : e.key();
    }

    int events() {
        return entries.size();
    }

    long size() {
        return size.get();
    }

    private void keep(long eventId, Entry<K> entry) {
        Entry<K> old = entries.put(eventId, entry);
        size.addAndGet(entry.json().length - (old == null ? 0L : old.json().length));
        if (entries.size() <= maxEvents && size.get() <= maxBytes) {
            return;
        }
        for (Long other : entries.keySet()) {
            if (other != eventId) {
                Entry<K> gone = entries.remove(other);
                if (gone != null) {
                    size.addAndGet(-gone.json().length);
                }
            }
            if (entries.size() <= maxEvents && size.get() <= maxBytes) {
                return;
            }
        }
    }
}
