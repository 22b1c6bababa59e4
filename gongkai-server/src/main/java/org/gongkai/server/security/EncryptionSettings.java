package org.gongkai.server.security;

import java.nio.file.Path;

/** Where the commands that run without Spring find the personal-data key: the same names {@code serve} reads. */
public final class EncryptionSettings {

    /** The development key file, beside the embedded database. */
    public static final String DEFAULT_DEV_KEY_FILE = "./data/encryption-dev.key";

    private EncryptionSettings() {
    }

    /** Return the cipher for {@code gongkai.encryption.key} (system property, or GONGKAI_ENCRYPTION_KEY). */
    public static PersonalDataCipher cipherFromEnvironment() {
        String key = System.getProperty("gongkai.encryption.key", System.getenv("GONGKAI_ENCRYPTION_KEY"));
        return new PersonalDataCipher(EncryptionKeys.load(key, Path.of(DEFAULT_DEV_KEY_FILE)));
    }
}
