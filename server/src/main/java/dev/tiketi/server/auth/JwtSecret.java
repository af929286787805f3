package dev.tiketi.server.auth;

import dev.tiketi.server.system.RuntimeMode;
import dev.tiketi.server.system.TiketiProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC key that signs tokens. Production mode must be given one (TIKETI_JWT_SECRET, 32 bytes or
 * more): a server that made one up would sign tokens its siblings cannot read. The embedded default
 * generates one once and keeps it in the data directory, so tokens survive a restart.
 */
final class JwtSecret {
    static final int MIN_BYTES = 32;

    private JwtSecret() {
    }

    static SecretKey resolve(TiketiProperties props) {
        String given = props.jwt().secret();
        if (given != null && !given.isBlank()) {
            byte[] bytes = given.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < MIN_BYTES) {
                throw new IllegalStateException("TIKETI_JWT_SECRET is " + bytes.length + " bytes; it must be at least "
                        + MIN_BYTES + " bytes (e.g. `openssl rand -base64 48`).");
            }
            return key(bytes);
        }
        if (props.mode() == RuntimeMode.PRODUCTION) {
            throw new IllegalStateException("Production mode needs TIKETI_JWT_SECRET (at least " + MIN_BYTES
                    + " bytes, e.g. `openssl rand -base64 48`); refusing to start without it.");
        }
        return key(generatedOnce(props.data().dirOrDefault().resolve("jwt-secret")));
    }

    private static byte[] generatedOnce(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            Files.createDirectories(file.getParent());
            byte[] secret = new byte[48];
            new SecureRandom().nextBytes(secret);
            // Written to a file that is private from its creation, then moved into place in one step, so
            // no other user can read it and no crash leaves half a key behind.
            Path temp;
            try {
                temp = Files.createTempFile(file.getParent(), "jwt-secret", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                temp = Files.createTempFile(file.getParent(), "jwt-secret", ".tmp");
            }
            Files.writeString(temp, Base64.getEncoder().encodeToString(secret));
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the JWT secret at " + file, e);
        }
    }

    private static SecretKey key(byte[] bytes) {
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
