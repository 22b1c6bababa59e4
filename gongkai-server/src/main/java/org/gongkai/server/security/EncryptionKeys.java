package org.gongkai.server.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the personal-data key comes from: {@code gongkai.encryption.key} (Base64 of 32 bytes) when set;
 * otherwise a development key generated once into a file beside the embedded database, with a warning.
 */
public final class EncryptionKeys {

    private static final Logger log = LoggerFactory.getLogger(EncryptionKeys.class);

    private EncryptionKeys() {
    }

    /** Return the key to use: {@code configured} if not blank, else the development key in {@code devKeyFile}. */
    public static byte[] load(String configured, Path devKeyFile) {
        if (configured != null && !configured.isBlank()) {
            return Base64.getDecoder().decode(configured.trim());
        }
        log.warn("gongkai.encryption.key is not set: personal data is encrypted with a generated development key"
                + " kept in {}. Set GONGKAI_ENCRYPTION_KEY in production.", devKeyFile);
        try {
            if (Files.exists(devKeyFile)) {
                return Base64.getDecoder().decode(Files.readString(devKeyFile, StandardCharsets.US_ASCII).trim());
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(devKeyFile.toAbsolutePath().getParent());
            Files.writeString(devKeyFile, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the development key " + devKeyFile, e);
        }
    }
}
