package dev.tiketi.server.catalog;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * A per-instance copy of something read from an event's rows, used only while the event's
 * {@linkplain CatalogVersions version} is the one read before the copy was made. The version is read before the
 * rows: a change committing in between replaces it, so the copy is stale at once and the next read reloads.
 */
public final class VersionedEventCache<T> {
    /** A value with the catalog version it was read under. */
    public record Versioned<T>(String version, T value) {
    }

    private final CatalogVersions versions;
    private final LongFunction<Optional<T>> load;
    private final Map<Long, Versioned<T>> entries = new ConcurrentHashMap<>();

    public VersionedEventCache(CatalogVersions versions, LongFunction<Optional<T>> load) {
        this.versions = versions;
        this.load = load;
        versions.onForget(entries::remove);
    }

    /** The event's value as of its current version; empty if there is no such event (not cached: it may be created). */
    public Optional<T> get(long id) {
        return versioned(id).map(Versioned::value);
    }

    /**
     * As {@link #get}, with the version the value was read under: a caller that keeps something derived from it
     * in Redis (the seat counters' tiers) can tell whether that is of the same version.
     */
    public Optional<Versioned<T>> versioned(long id) {
        return at(id, versions.current(id));
    }

    /**
     * The event's value as of {@code version}, which the caller has just read from Redis (e.g. inside the script that
     * read the event's live state, so both answer for one moment): the copy if it was read under that version, else
     * the rows, read after the version was. A null version (none in Redis) gets a fresh one first.
     */
    public Optional<Versioned<T>> at(long id, String version) {
        Versioned<T> entry = entries.get(id);
        if (entry != null && version != null && entry.version().equals(version)) {
            return Optional.of(entry);
        }
        Optional<T> value = load.apply(id);
        if (value.isEmpty()) {
            // no version key for an id that names no event: guessed ids must not fill Redis
            entries.remove(id);
            return Optional.empty();
        }
        if (version == null) {
            // first read since Redis lost it (or ever): a value no copy can hold; then the rows again, after it
            version = versions.ensure(id);
            value = load.apply(id);
            if (value.isEmpty()) {
                entries.remove(id);
                return Optional.empty();
            }
        }
        Versioned<T> read = new Versioned<>(version, value.get());
        entries.put(id, read);
        return Optional.of(read);
    }

    /** The copy this instance holds, whatever its version (null if none): only to name a version to Redis, never to answer. */
    public Versioned<T> peek(long id) {
        return entries.get(id);
    }

    /**
     * The copy this instance holds, without asking Redis whether it is still current (else as {@link #versioned}):
     * only for a caller whose own change checks the version in Redis in the same atomic step (a hold's script
     * compares it with the catalog version key) and asks {@link #versioned} again when it moved.
     */
    public Optional<Versioned<T>> lastKnown(long id) {
        Versioned<T> entry = entries.get(id);
        return entry != null ? Optional.of(entry) : versioned(id);
    }

    public void forget(long id) {
        entries.remove(id);
    }
}
