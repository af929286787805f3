package dev.tiketi.server.orders;

import java.security.SecureRandom;

/**
 * Ticket codes, the QR payload scanned at the door: 130 random bits in 26 base-32 characters (no 0/O or
 * 1/I to confuse when read out over the counter). Unguessable, so a code cannot be made up or derived
 * from another ticket's.
 */
final class TicketCodes {
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 26;

    private TicketCodes() {
    }

    static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
