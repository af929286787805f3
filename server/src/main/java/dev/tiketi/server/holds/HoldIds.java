package dev.tiketi.server.holds;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.error.ApiException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hold ids: "<event id>-<128 random bits>". The event part finds the hold's Redis slot without a lookup;
 * the random part makes ids unguessable, so knowing one hold tells nothing about another.
 */
public final class HoldIds {
    private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{0,17})-([A-Za-z0-9_-]{22})");
    /**
     * One generator per thread: the shared default one (NativePRNG) takes a lock and reads /dev/urandom every few
     * calls, and 32 request threads queued on it in a rush. Each thread's DRBG is seeded once from the system's.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(HoldIds::generator);

    private HoldIds() {
    }

    static String next(long eventId) {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        return eventId + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** The event of a hold id; a malformed id is a hold that does not exist (404). */
    public static long eventOf(String holdId) {
        Matcher m = holdId == null ? null : FORMAT.matcher(holdId);
        if (m == null || !m.matches()) {
            throw new ApiException(ErrorCode.HOLD_NOT_FOUND);
        }
        return Long.parseLong(m.group(1));
    }
}
