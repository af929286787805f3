package dev.tiketi.server.inventory;

import dev.tiketi.model.catalog.EventKind;
import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.model.sales.SeatState;
import dev.tiketi.model.sales.SeatStatus;
import dev.tiketi.server.error.ApiException;
import dev.tiketi.server.error.RetryLaterException;
import dev.tiketi.server.system.RedisNamespace;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The fast, shared, expiring side of selling: holds, GA stock and sold items of each event in Redis, each
 * change one Lua script (see scripts/inventory). Every change bumps the event's version and is published as
 * an {@link InventoryChanged}, except a new hold: its script announces it on the live channel in the same step,
 * and nothing else listens (a hold is the rush's hot path, and the event cost it more CPU than its Redis reply). If Redis is down, calls fail (503 to the client) and nothing is held or sold.
 */
@Component
@SuppressWarnings("rawtypes")
public class Inventory {
    private static final RedisScript<List> HOLD_SEATS = Scripts.listScript("hold_seats");
    private static final RedisScript<List> HOLD_BEST = Scripts.listScript("hold_best");
    private static final RedisScript<List> HOLD_STOCK = Scripts.listScript("hold_stock");
    private static final RedisScript<List> RELEASE = Scripts.listScript("hold_release");
    private static final RedisScript<List> EXTEND = Scripts.listScript("hold_extend");
    private static final RedisScript<List> CLAIM = Scripts.listScript("hold_claim");
    private static final RedisScript<Long> UNCLAIM = Scripts.longScript("hold_unclaim");
    private static final RedisScript<Long> COMMIT = Scripts.longScript("sale_commit");
    private static final RedisScript<Long> REVERT = Scripts.longScript("sale_revert");
    private static final RedisScript<List> SEATS = Scripts.listScript("seats_snapshot");
    private static final RedisScript<List> STOCK = Scripts.listScript("stock_snapshot");
    private static final RedisScript<Long> CAPACITY = Scripts.longScript("stock_capacity");
    private static final RedisScript<List> KILL = Scripts.listScript("seat_kill");
    private static final RedisScript<Long> SEAT_TIERS = Scripts.longScript("seat_tiers");
    private static final RedisScript<List> FREE = Scripts.listScript("seat_free");
    private static final RedisScript<List> EVENT_STOCK = Scripts.listScript("event_stock");
    private static final RedisScript<List> EVENT_SEATS = Scripts.listScript("event_seats");

    private static final int RELEARN_ATTEMPTS = 3;

    private final StringRedisTemplate redis;
    private final InventoryLoader loader;
    private final ApplicationEventPublisher publisher;
    private final RedisNamespace ns;
    private final String sweepEventsKey;

    Inventory(StringRedisTemplate redis, InventoryLoader loader, ApplicationEventPublisher publisher, RedisNamespace ns) {
        this.redis = redis;
        this.ns = ns;
        this.sweepEventsKey = InventoryKeys.sweepEvents(ns);
        this.loader = loader;
        this.publisher = publisher;
    }

    private InventoryKeys keys(long eventId) {
        return new InventoryKeys(ns, eventId);
    }

    /**
     * Holds all the seats or none; refuses with {@link SeatTaken} naming the first seat taken, and with
     * {@link CatalogMoved} when the catalog version is no longer {@link HoldTerms#catalogVersion()}.
     */
    public void holdSeats(long eventId, String holdId, HoldTerms terms, List<HoldItem> seats) {
        InventoryKeys k = keys(eventId);
        Object[] args = holdArgs(holdId, terms, seats.size());
        for (int i = 0; i < seats.size(); i++) {
            args[HOLD_ARGS + i] = seats.get(i).encode();
        }
        List<String> keys = List.of(k.marker(), k.soldSeats(), k.seatHolds(), k.expiry(), k.hold(holdId), k.version(),
                k.heldPerUser(), k.live(), k.killedSeats(), k.seatTiers(), k.seatCounts(), k.catalogVersion(), k.swept());
        List result = loaded(eventId, () -> redis.execute(HOLD_SEATS, keys, args));
        long code = num(result, 0);
        if (code == -14) {
            throw new CatalogMoved();
        }
        if (code == -2) {
            throw limitExceeded(terms, num(result, 1));
        }
        if (code == -12) {
            throw new SeatKilled(Long.parseLong(result.get(1).toString()));
        }
        if (code == -3 || code == -4) {
            throw new SeatTaken(Long.parseLong(result.get(1).toString()), code == -3);
        }
        sweepIfAsked(k, num(result, 2));
        // no InventoryChanged: the script announced the held seats on the live channel itself
    }

    /**
     * Holds the first of {@code blocks} (each of the same size, best first) whose seats are all free, in one
     * step; returns its index, or -1 if every block has a seat sold or held by now.
     */
    public int holdFirstFree(long eventId, String holdId, HoldTerms terms, List<List<HoldItem>> blocks) {
        InventoryKeys k = keys(eventId);
        int size = blocks.get(0).size();
        Object[] args = holdArgs(holdId, terms, 1 + size * blocks.size());
        args[HOLD_ARGS] = Integer.toString(size);
        int at = HOLD_ARGS + 1;
        for (List<HoldItem> block : blocks) {
            for (HoldItem seat : block) {
                args[at++] = seat.encode();
            }
        }
        List<String> keys = List.of(k.marker(), k.soldSeats(), k.seatHolds(), k.expiry(), k.hold(holdId), k.version(),
                k.heldPerUser(), k.live(), k.killedSeats(), k.seatTiers(), k.seatCounts(), k.catalogVersion(), k.swept());
        List result = loaded(eventId, () -> redis.execute(HOLD_BEST, keys, args));
        long code = num(result, 0);
        if (code == -14) {
            throw new CatalogMoved();
        }
        if (code == -2) {
            throw limitExceeded(terms, num(result, 1));
        }
        if (code == -11) {
            return -1;
        }
        int taken = (int) num(result, 2) - 1;
        sweepIfAsked(k, num(result, 3));
        // no InventoryChanged: the script announced the held seats on the live channel itself
        return taken;
    }

    /**
     * A hold refused because the event's catalog (terms, prices, seats) changed since this instance's copy was read
     * ({@link HoldTerms#catalogVersion()}): the caller reads it again and retries; if it keeps moving, try later.
     */
    public static final class CatalogMoved extends RetryLaterException {
        public CatalogMoved() {
            super(ErrorCode.SERVICE_UNAVAILABLE, "The event has just been changed; try again.", 1);
        }
    }

    /** A hold refused because one of its seats is sold or held; names the seat so the caller can label it. */
    public static final class SeatTaken extends ApiException {
        private final long seatId;
        private final boolean sold;

        SeatTaken(long seatId, boolean sold) {
            super(ErrorCode.SEAT_UNAVAILABLE, "Seat " + seatId + " has just been " + (sold ? "sold" : "taken") + ".");
            this.seatId = seatId;
            this.sold = sold;
        }

        public long seatId() {
            return seatId;
        }

        public boolean sold() {
            return sold;
        }
    }

    /** A hold refused because one of its seats is off sale for this event (killed by an admin). */
    public static final class SeatKilled extends ApiException {
        private final long seatId;

        SeatKilled(long seatId) {
            super(ErrorCode.SEAT_BLOCKED, "Seat " + seatId + " is not for sale for this event.");
            this.seatId = seatId;
        }

        public long seatId() {
            return seatId;
        }
    }

    /** Why seats could not be killed: one of them ({@code seatId}) is sold or held. */
    public static final class SeatNotFree extends ApiException {
        private final long seatId;
        private final boolean sold;

        SeatNotFree(long seatId, boolean sold) {
            super(ErrorCode.SEAT_NOT_FREE, "Seat " + seatId + " is " + (sold ? "sold" : "held") + ".");
            this.seatId = seatId;
            this.sold = sold;
        }

        public long seatId() {
            return seatId;
        }

        public boolean sold() {
            return sold;
        }
    }

    /**
     * Takes seats off sale for this event, all or none, in one step against every hold script: refuses with
     * {@link SeatNotFree} naming the first seat sold or held. Pushed to every terminal as BLOCKED by the script.
     */
    public void kill(long eventId, List<Long> seatIds) {
        InventoryKeys k = keys(eventId);
        List result = loaded(eventId, () -> redis.execute(KILL, List.of(k.marker(), k.soldSeats(), k.seatHolds(), k.killedSeats(),
                k.version(), k.live(), k.seatTiers(), k.seatCounts()), seatIds.stream().map(String::valueOf).toArray()));
        long code = num(result, 0);
        if (code == -3 || code == -4) {
            throw new SeatNotFree(Long.parseLong(result.get(1).toString()), code == -3);
        }
        publish(eventId, num(result, 1), seatIds.stream().map(id -> new SeatState(id, SeatStatus.BLOCKED, null)).toList(), true);
    }

    /** Puts killed seats back on sale; returns those that were killed. Pushed as AVAILABLE by the script. */
    public List<Long> free(long eventId, List<Long> seatIds) {
        InventoryKeys k = keys(eventId);
        List result = redis.execute(FREE, List.of(k.marker(), k.killedSeats(), k.version(), k.live(), k.soldSeats(),
                        k.seatHolds(), k.seatTiers(), k.seatCounts()),
                seatIds.stream().map(String::valueOf).toArray());
        if (num(result, 0) == -1) {
            return List.of(); // not loaded: the next load reads the kills from the database, where they are gone
        }
        List<Long> freed = new ArrayList<>();
        for (int i = 2; i < result.size(); i++) {
            freed.add(Long.valueOf(result.get(i).toString()));
        }
        publish(eventId, num(result, 1), freed.stream().map(id -> new SeatState(id, SeatStatus.AVAILABLE, null)).toList(), true);
        return freed;
    }

    /** How soon a buyer told {@link ErrorCode#ALL_HELD} should look again. */
    private static final long ALL_HELD_RETRY_SECONDS = 5;

    /**
     * Holds {@code quantity} units of a GA tier; refuses with SOLD_OUT when fewer than that are unsold, and with
     * ALL_HELD (retry later) when enough are unsold but other buyers hold them.
     */
    public void holdStock(long eventId, String holdId, HoldTerms terms, HoldItem tier, int quantity) {
        InventoryKeys k = keys(eventId);
        Object[] args = holdArgs(holdId, terms, 3);
        args[HOLD_ARGS] = Long.toString(tier.tierId());
        args[HOLD_ARGS + 1] = Integer.toString(quantity);
        args[HOLD_ARGS + 2] = Long.toString(tier.price());
        List<String> keys = List.of(k.marker(), k.stock(), k.soldUnits(tier.tierId()), k.expiry(), k.hold(holdId), k.version(),
                k.heldPerUser(), k.catalogVersion(), k.swept(), k.live());
        List result = loaded(eventId, () -> redis.execute(HOLD_STOCK, keys, args));
        long code = num(result, 0);
        if (code == -14) {
            throw new CatalogMoved();
        }
        if (code == -2) {
            throw limitExceeded(terms, num(result, 1));
        }
        if (code == -5) {
            long left = num(result, 1);
            long unsold = num(result, 2);
            if (unsold >= quantity) {
                // Not sold out: held by others, whose holds lapse, get released or vanish with a Redis loss.
                // Saying "sold out" here turned buyers away for good while tickets stayed unsold.
                throw new RetryLaterException(ErrorCode.ALL_HELD, left == 0
                        ? "All " + unsold + " left are held by other buyers right now; try again in a moment."
                        : "Only " + left + " free right now; " + (unsold - left) + " more are held by other buyers.", ALL_HELD_RETRY_SECONDS);
            }
            throw new ApiException(ErrorCode.SOLD_OUT, unsold == 0 ? "Sold out." : "Only " + unsold + " left.");
        }
        sweepIfAsked(k, num(result, 2));
        // no InventoryChanged: the script published the stock notice ("T <version>") on the live channel itself
    }

    /** Arguments every hold script takes first (scripts/inventory/hold_seats.lua, ARGV 1-10). */
    private static final int HOLD_ARGS = 10;

    /** The common arguments, with room for {@code more} after them. */
    private static Object[] holdArgs(String holdId, HoldTerms t, int more) {
        Object[] args = new Object[HOLD_ARGS + more];
        args[0] = holdId;
        args[1] = t.owner();
        args[2] = Long.toString(t.buyerId());
        args[3] = t.limitedUser() == null ? "" : t.limitedUser().toString();
        args[4] = Integer.toString(t.limit());
        args[5] = Integer.toString(t.alreadyBought());
        args[6] = Long.toString(t.createdAt().toEpochMilli());
        args[7] = Long.toString(t.expiresAt().toEpochMilli());
        args[8] = Long.toString(t.maxExpiresAt().toEpochMilli());
        args[9] = t.catalogVersion();
        return args;
    }

    /**
     * After a hold whose script found the event's swept flag unset: the event goes into the sweeper's set, then the
     * flag is set, so later holds of the event send no second command (scripts/inventory/sweep_flag.lua).
     */
    private void sweepIfAsked(InventoryKeys k, long asked) {
        if (asked == 1) {
            redis.opsForSet().add(sweepEventsKey, Long.toString(k.eventId()));
            redis.opsForValue().set(k.swept(), "1");
        }
    }

    private static ApiException limitExceeded(HoldTerms terms, long heldNow) {
        String already = terms.limitedUser() == null ? ""
                : " You already hold " + heldNow + (terms.alreadyBought() > 0 ? " and bought " + terms.alreadyBought() : "") + ".";
        return new ApiException(ErrorCode.HOLD_LIMIT_EXCEEDED, "At most " + terms.limit() + " tickets per customer for this event." + already);
    }

    public Optional<HoldRecord> find(long eventId, String holdId) {
        Map<Object, Object> h = redis.opsForHash().entries(keys(eventId).hold(holdId));
        if (h.isEmpty() || h.get("it") == null) {
            return Optional.empty();
        }
        boolean seats = "S".equals(h.get("k"));
        List<HoldItem> items = new ArrayList<>();
        for (String item : h.get("it").toString().split(",")) {
            String[] p = item.split(":");
            items.add(seats ? new HoldItem(Long.parseLong(p[0]), Long.parseLong(p[1]), Long.parseLong(p[2]))
                    : new HoldItem(0, Long.parseLong(p[0]), Long.parseLong(p[1])));
        }
        return Optional.of(new HoldRecord(holdId, eventId, (String) h.get("o"), Long.parseLong((String) h.get("u")), seats,
                Integer.parseInt((String) h.get("q")), items, millis(h.get("c")), millis(h.get("x")), millis(h.get("m")),
                "P".equals(h.get("s")), (String) h.get("pk")));
    }

    public enum Release { RELEASED, NOT_FOUND, BEING_PAID, NOT_EXPIRED }

    /**
     * Releases a hold. {@code owner} null releases anyone's (admin, sweeper); {@code onlyIfExpired} makes it
     * the sweeper's release, which does nothing to a hold that was extended meanwhile.
     */
    public Release release(long eventId, String holdId, String owner, boolean onlyIfExpired, Instant now) {
        InventoryKeys k = keys(eventId);
        List result = redis.execute(RELEASE, List.of(k.seatHolds(), k.stock(), k.expiry(), k.hold(holdId), k.version(),
                k.heldPerUser(), k.live(), k.soldSeats(), k.killedSeats(), k.seatTiers(), k.seatCounts()), holdId, owner == null ? "" : owner, Long.toString(now.toEpochMilli()), onlyIfExpired ? "1" : "0");
        long code = num(result, 0);
        if (code == 0) {
            return Release.NOT_FOUND;
        }
        if (code == -6) {
            return Release.BEING_PAID;
        }
        if (code == -7) {
            return Release.NOT_EXPIRED;
        }
        boolean seats = "S".equals(result.get(2));
        publish(eventId, num(result, 1), seats ? freedSeats(result.get(3).toString()) : List.of(), !seats);
        return Release.RELEASED;
    }

    /** Extends the caller's hold by {@code holdTime}, capped at its maximum lifetime; returns the new expiry. */
    public Instant extend(long eventId, String holdId, String owner, Duration holdTime, Instant now) {
        InventoryKeys k = keys(eventId);
        List result = redis.execute(EXTEND, List.of(k.hold(holdId), k.expiry(), k.version(), k.live()), holdId, owner,
                Long.toString(now.toEpochMilli()), Long.toString(holdTime.toMillis()));
        long code = num(result, 0);
        switch ((int) code) {
            case 0 -> throw new ApiException(ErrorCode.HOLD_NOT_FOUND);
            case -6 -> throw new ApiException(ErrorCode.REQUEST_IN_PROGRESS, "The hold is being paid for.");
            case -7 -> throw new ApiException(ErrorCode.HOLD_EXPIRED);
            case -8 -> throw new ApiException(ErrorCode.HOLD_EXTENSION_LIMIT);
            default -> {
            }
        }
        Instant expires = Instant.ofEpochMilli(num(result, 2));
        HoldRecord hold = find(eventId, holdId).orElse(null);
        List<SeatState> seats = hold == null || !hold.seats() ? List.of()
                : hold.seatIds().stream().map(id -> new SeatState(id, SeatStatus.HELD, expires)).toList();
        publish(eventId, num(result, 1), seats, false);
        return expires;
    }

    public enum Claim { CLAIMED, NOT_FOUND, EXPIRED, SAME_REQUEST_IN_PROGRESS, OTHER_PAYMENT_IN_PROGRESS }

    /** Marks the caller's live hold as being paid for, until {@code deadline}; the sweeper leaves it alone. */
    public Claim claim(long eventId, String holdId, String owner, String requestKey, Instant now, Instant deadline) {
        InventoryKeys k = keys(eventId);
        List result = redis.execute(CLAIM, List.of(k.hold(holdId), k.expiry()), holdId, owner,
                Long.toString(now.toEpochMilli()), requestKey, Long.toString(deadline.toEpochMilli()));
        return switch ((int) num(result, 0)) {
            case 1 -> Claim.CLAIMED;
            case -7 -> Claim.EXPIRED;
            case -9 -> Claim.SAME_REQUEST_IN_PROGRESS;
            case -10 -> Claim.OTHER_PAYMENT_IN_PROGRESS;
            default -> Claim.NOT_FOUND;
        };
    }

    /** Gives a claimed hold back (payment failed); it keeps its expiry. */
    public boolean unclaim(long eventId, String holdId, String requestKey) {
        InventoryKeys k = keys(eventId);
        return Long.valueOf(1).equals(redis.execute(UNCLAIM, List.of(k.hold(holdId), k.expiry()), holdId, requestKey));
    }

    /** After the database committed the sale: seats (or GA units by number) become sold. Idempotent. */
    public void commitSale(HoldRecord hold, List<Long> soldIds) {
        InventoryKeys k = keys(hold.eventId());
        long tier = hold.gaTierId();
        List<String> args = new ArrayList<>(List.of(hold.holdId(), hold.seats() ? "S" : "G", Long.toString(tier)));
        soldIds.forEach(id -> args.add(id.toString()));
        Long version = redis.execute(COMMIT, List.of(k.marker(), k.soldSeats(), k.seatHolds(), k.stock(), k.soldUnits(tier),
                k.expiry(), k.hold(hold.holdId()), k.version(), k.heldPerUser(), k.live(), k.killedSeats(), k.seatTiers(),
                k.seatCounts()), args.toArray());
        publish(hold.eventId(), version, hold.seats()
                ? soldIds.stream().map(id -> new SeatState(id, SeatStatus.SOLD, null)).toList() : List.of(), !hold.seats());
    }

    /** After the database committed a refund or exchange: the seats (tierId 0) or GA units are free again. */
    public void revertSale(long eventId, long gaTierId, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        InventoryKeys k = keys(eventId);
        List<String> keys = gaTierId == 0 ? List.of(k.marker(), k.soldSeats(), k.version(), k.live(), k.seatHolds(),
                k.killedSeats(), k.seatTiers(), k.seatCounts())
                : List.of(k.marker(), k.soldUnits(gaTierId), k.version());
        Long version = redis.execute(REVERT, keys,
                ids.stream().map(String::valueOf).toArray());
        publish(eventId, version, gaTierId == 0
                ? ids.stream().map(id -> new SeatState(id, SeatStatus.AVAILABLE, null)).toList() : List.of(), gaTierId != 0);
    }

    /** Reloads sold items from the database, e.g. after it refused a sale that Redis allowed. */
    public void reload(long eventId) {
        loader.load(eventId, true);
        publish(eventId, version(eventId), List.of(), true);
    }

    /** Applies changed GA capacities at once if the event is loaded (otherwise the next load reads them). */
    public void applyCapacities(long eventId, Map<Long, Integer> capacities) {
        InventoryKeys k = keys(eventId);
        List<String> args = new ArrayList<>();
        capacities.forEach((tier, cap) -> {
            args.add(tier.toString());
            args.add(cap.toString());
        });
        Long version = redis.execute(CAPACITY, List.of(k.marker(), k.stock(), k.version()), args.toArray());
        if (version != null && version > 0) {
            publish(eventId, version, List.of(), true);
        }
    }

    /**
     * Moves the event's version on without a seat or stock change: an admin changed something the version
     * does not otherwise cover (tiers, blocked seats), so every client's next snapshot or push is newer than
     * what it holds.
     */
    public long touch(long eventId) {
        Long v = redis.opsForValue().increment(keys(eventId).version());
        return v == null ? 0 : v;
    }

    public long version(long eventId) {
        String v = redis.opsForValue().get(keys(eventId).version());
        return v == null ? 0 : Long.parseLong(v);
    }

    /** Holds whose expiry (or payment deadline) has passed, oldest first. */
    public List<String> dueHolds(long eventId, Instant now, int limit) {
        Set<String> due = redis.opsForZSet().rangeByScore(keys(eventId).expiry(), Double.NEGATIVE_INFINITY,
                now.toEpochMilli(), 0, limit);
        return due == null ? List.of() : List.copyOf(due);
    }

    public Set<Long> eventsWithHolds() {
        Set<String> members = redis.opsForSet().members(sweepEventsKey);
        return members == null ? Set.of() : members.stream().map(Long::valueOf).collect(Collectors.toSet());
    }

    /** How many holds an event has, and up to {@code most} of them, soonest to expire (or to be paid) first. */
    public record Holds(long count, List<HoldRecord> first) {
    }

    public Holds holds(long eventId, int most) {
        InventoryKeys k = keys(eventId);
        Long count = redis.opsForZSet().zCard(k.expiry());
        Set<String> ids = redis.opsForZSet().range(k.expiry(), 0, most - 1L);
        List<HoldRecord> holds = new ArrayList<>();
        // a hold released between the two reads is simply not listed
        (ids == null ? Set.<String>of() : ids).forEach(id -> find(eventId, id).ifPresent(holds::add));
        return new Holds(count == null ? 0 : count, holds);
    }

    /** When the event's first hold expires (or its payment is due); empty when it has no holds. */
    public Optional<Instant> nextDeadline(long eventId) {
        Set<ZSetOperations.TypedTuple<String>> first = redis.opsForZSet().rangeWithScores(keys(eventId).expiry(), 0, 0);
        if (first == null || first.isEmpty()) {
            return Optional.empty();
        }
        Double score = first.iterator().next().getScore();
        return Optional.of(Instant.ofEpochMilli(score == null ? 0 : score.longValue()));
    }

    public boolean hasHolds(long eventId) {
        Long n = redis.opsForZSet().zCard(keys(eventId).expiry());
        return n != null && n > 0;
    }

    public void rememberEvent(long eventId) {
        redis.opsForSet().add(sweepEventsKey, Long.toString(eventId));
    }

    /**
     * Takes the event out of the sweeper's set, its swept flag first: a hold from then on adds it again. The caller
     * looks for holds afterwards and calls {@link #rememberEvent} if one slipped in.
     */
    public void forgetEvent(long eventId) {
        redis.delete(keys(eventId).swept());
        redis.opsForSet().remove(sweepEventsKey, Long.toString(eventId));
    }

    /**
     * Sold seat ids, held seat ids with their hold's expiry (or payment deadline), and seats killed for this event,
     * at one version.
     */
    public record SeatsState(long version, Set<Long> sold, Map<Long, Instant> held, Set<Long> killed) {
        /** Neither sold, nor held, nor killed (a seat blocked in the layout is the caller's to check). */
        public boolean free(long seatId) {
            return !sold.contains(seatId) && !held.containsKey(seatId) && !killed.contains(seatId);
        }
    }

    public SeatsState seats(long eventId) {
        return seatsIfChanged(eventId, -1).orElseThrow();
    }

    /**
     * The seats' state, or empty if the version is still {@code knownVersion} (statuses unchanged since the caller's
     * snapshot at that version: every seat change bumps it); -1 always reads.
     */
    public Optional<SeatsState> seatsIfChanged(long eventId, long knownVersion) {
        InventoryKeys k = keys(eventId);
        String known = knownVersion < 0 ? "" : Long.toString(knownVersion);
        List result = loaded(eventId, () -> redis.execute(SEATS, List.of(k.marker(), k.soldSeats(), k.seatHolds(), k.expiry(), k.version(),
                k.killedSeats()), known));
        if (result.size() == 1) {
            return Optional.empty();
        }
        return Optional.of(seatsState(num(result, 0), result.subList(1, 4)));
    }

    /** Sold ids, {seat, expiry ms, ...} and killed ids as the snapshot scripts answer them. */
    private static SeatsState seatsState(long version, List<?> sets) {
        Set<Long> sold = ((List<?>) sets.get(0)).stream().map(o -> Long.valueOf(o.toString())).collect(Collectors.toSet());
        Map<Long, Instant> held = new HashMap<>();
        List<?> pairs = (List<?>) sets.get(1);
        for (int i = 0; i < pairs.size(); i += 2) {
            held.put(Long.valueOf(pairs.get(i).toString()), Instant.ofEpochMilli((long) Double.parseDouble(pairs.get(i + 1).toString())));
        }
        Set<Long> killed = ((List<?>) sets.get(2)).stream().map(o -> Long.valueOf(o.toString())).collect(Collectors.toSet());
        return new SeatsState(version, sold, held, killed);
    }

    /** Held, sold and killed seats of one tier of a reserved event, as its counters have them. */
    public record SeatCounts(long tierId, int held, int sold, int killed) {
    }

    /**
     * Gives a reserved event's seats their tiers as of {@code catalogVersion} (seat → tier, priced seats the layout
     * does not block) and counts every tier again from the seats' state: once per catalog version, not per read.
     */
    public void giveTiers(long eventId, String catalogVersion, long[] seatIds, long[] tierIds) {
        InventoryKeys k = keys(eventId);
        String[] args = new String[1 + 2 * seatIds.length];
        args[0] = catalogVersion;
        for (int i = 0; i < seatIds.length; i++) {
            args[1 + 2 * i] = Long.toString(seatIds[i]);
            args[2 + 2 * i] = Long.toString(tierIds[i]);
        }
        loaded(eventId, () -> List.of(redis.execute(SEAT_TIERS, List.of(k.marker(), k.seatTiers(), k.seatCounts(), k.soldSeats(),
                k.seatHolds(), k.killedSeats()), (Object[]) args)));
    }

    /**
     * One read of an event's stock as a request answers it: the catalog version (null if Redis has none) and, if the
     * event's inventory is loaded, its version with the counters. {@code countsCatalogVersion} and {@code seatCounts}
     * for reserved seating (the counters as kept under that catalog version's tiers), {@code gaTiers} for GA.
     */
    public record StockRead(String catalogVersion, boolean loaded, long version, String countsCatalogVersion,
                            Map<Long, SeatCounts> seatCounts, List<TierStock> gaTiers) {
    }

    /**
     * Reads the catalog version, the version and the counters in one step (event_stock.lua). {@code kind} null reads
     * the versions only; GA reads {@code tierIds}' stock. Never loads: the caller checks the event may be seen first,
     * then {@link #load}s it.
     */
    public StockRead readStock(long eventId, EventKind kind, List<Long> tierIds) {
        InventoryKeys k = keys(eventId);
        boolean ga = kind == EventKind.GA;
        List<String> keys = new ArrayList<>(5 + (ga ? tierIds.size() : 0));
        keys.addAll(List.of(k.marker(), k.catalogVersion(), k.version(), k.seatCounts(), k.stock()));
        String[] args = new String[1 + (ga ? tierIds.size() : 0)];
        args[0] = kind == null ? "" : ga ? "G" : "S";
        if (ga) {
            for (int i = 0; i < tierIds.size(); i++) {
                keys.add(k.soldUnits(tierIds.get(i)));
                args[1 + i] = tierIds.get(i).toString();
            }
        }
        List result = redis.execute(EVENT_STOCK, keys, (Object[]) args);
        String catalog = text(result.get(0));
        long version = num(result, 1);
        if (version == -1) {
            return new StockRead(catalog, false, 0, null, Map.of(), List.of());
        }
        if (result.size() < 3) {
            return new StockRead(catalog, true, version, null, Map.of(), List.of());
        }
        List<?> payload = (List<?>) result.get(2);
        if (ga) {
            List<TierStock> tiers = new ArrayList<>(tierIds.size());
            for (int i = 0; i < tierIds.size(); i++) {
                tiers.add(new TierStock(tierIds.get(i), (int) num(payload, 3 * i), (int) num(payload, 1 + 3 * i), (int) num(payload, 2 + 3 * i)));
            }
            return new StockRead(catalog, true, version, null, Map.of(), tiers);
        }
        String cv = null;
        Map<Long, int[]> counts = new HashMap<>();
        for (int i = 0; i + 1 < payload.size(); i += 2) {
            String field = payload.get(i).toString();
            if (field.equals("cv")) {
                cv = payload.get(i + 1).toString();
                continue;
            }
            int at = "hsk".indexOf(field.charAt(0));
            if (at < 0 || field.length() < 3 || field.charAt(1) != ':') {
                continue;
            }
            counts.computeIfAbsent(Long.valueOf(field.substring(2)), t -> new int[3])[at] = Integer.parseInt(payload.get(i + 1).toString());
        }
        Map<Long, SeatCounts> seatCounts = new HashMap<>(counts.size() * 2);
        counts.forEach((tier, c) -> seatCounts.put(tier, new SeatCounts(tier, c[0], c[1], c[2])));
        return new StockRead(catalog, true, version, cv, seatCounts, List.of());
    }

    /**
     * One read of an event's seat map: the catalog version (null if Redis has none) and, if loaded, the version and
     * the seats' state; {@code state} null when both versions are the ones the caller named (nothing changed).
     */
    public record SeatsRead(String catalogVersion, boolean loaded, long version, SeatsState state) {
    }

    /** Reads the seat map's versions and, unless both are {@code knownCatalog} and {@code knownVersion}, the seats (event_seats.lua). */
    public SeatsRead readSeats(long eventId, String knownCatalog, long knownVersion) {
        InventoryKeys k = keys(eventId);
        List result = redis.execute(EVENT_SEATS, List.of(k.marker(), k.catalogVersion(), k.version(), k.soldSeats(), k.seatHolds(),
                k.expiry(), k.killedSeats()), knownCatalog == null ? "" : knownCatalog, knownVersion < 0 ? "" : Long.toString(knownVersion));
        String catalog = text(result.get(0));
        long version = num(result, 1);
        if (version == -1) {
            return new SeatsRead(catalog, false, 0, null);
        }
        if (result.size() == 2) {
            return new SeatsRead(catalog, true, version, null);
        }
        return new SeatsRead(catalog, true, version, seatsState(version, result.subList(2, 5)));
    }

    /** Loads the event's inventory from the database if Redis does not have it (a no-op if it does). */
    public void load(long eventId) {
        loader.load(eventId, false);
    }

    public record TierStock(long tierId, int capacity, int held, int sold) {
    }

    public record StockState(long version, List<TierStock> tiers) {
    }

    public StockState stock(long eventId, List<Long> tierIds) {
        InventoryKeys k = keys(eventId);
        List<String> keys = new ArrayList<>(List.of(k.marker(), k.stock(), k.version()));
        tierIds.forEach(t -> keys.add(k.soldUnits(t)));
        List result = loaded(eventId, () -> redis.execute(STOCK, keys, tierIds.stream().map(String::valueOf).toArray()));
        List<TierStock> tiers = new ArrayList<>();
        for (int i = 0; i < tierIds.size(); i++) {
            tiers.add(new TierStock(tierIds.get(i), (int) num(result, 1 + 3 * i), (int) num(result, 2 + 3 * i), (int) num(result, 3 + 3 * i)));
        }
        return new StockState(num(result, 0), tiers);
    }

    /**
     * Runs a script that answers -1 when the event is not loaded: loads it from the database and runs it again.
     * Redis can lose the event again between the load and the rerun (a second flush, eviction), so this
     * repeats a few times and then asks the caller to retry; it never reads the refusal as an answer.
     */
    private List loaded(long eventId, Supplier<List> script) {
        List result = script.get();
        for (int load = 0; num(result, 0) == -1; load++) {
            if (load == RELEARN_ATTEMPTS) {
                throw new RetryLaterException(ErrorCode.SERVICE_UNAVAILABLE, "The sale's data is being reloaded; try again.", 1);
            }
            loader.load(eventId, false);
            result = script.get();
        }
        return result;
    }

    private void publish(long eventId, Long version, List<SeatState> seats, boolean stockChanged) {
        publisher.publishEvent(new InventoryChanged(eventId, version == null ? 0 : version, seats, stockChanged));
    }

    /** The seats of a released hold's items ("seatId:tierId:price,..."), now available. */
    private static List<SeatState> freedSeats(String items) {
        List<SeatState> states = new ArrayList<>();
        for (String item : items.split(",")) {
            states.add(new SeatState(Long.parseLong(item.substring(0, item.indexOf(':'))), SeatStatus.AVAILABLE, null));
        }
        return states;
    }

    private static long num(List result, int index) {
        Object o = result.get(index);
        return o instanceof Number n ? n.longValue() : Long.parseLong(o.toString());
    }

    /** A script's text answer; '' (what the scripts answer for a missing key) is null. */
    private static String text(Object value) {
        String s = value == null ? "" : value.toString();
        return s.isEmpty() ? null : s;
    }

    private static Instant millis(Object value) {
        return Instant.ofEpochMilli(Long.parseLong(value.toString()));
    }
}
