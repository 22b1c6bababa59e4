package org.gongkai.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.gongkai.server.publications.AttachmentUploads;
import org.gongkai.server.security.EncryptionKeys;
import org.gongkai.server.security.EncryptionSettings;
import org.gongkai.server.security.PersonalDataCipher;
import org.gongkai.server.time.ServerTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The server's beans: one clock, the cipher and the attachment check; each feature declares its own beans. */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {

    @Bean
    Clock clock(@Value("${gongkai.zone:" + ServerTime.ZONE_ID + "}") String zone) {
        return ServerTime.system(ZoneId.of(zone));
    }

    @Bean
    PersonalDataCipher personalDataCipher(@Value("${gongkai.encryption.key:}") String key,
            @Value("${gongkai.encryption.dev-key-file:" + EncryptionSettings.DEFAULT_DEV_KEY_FILE + "}") String devKeyFile) {
        return new PersonalDataCipher(EncryptionKeys.load(key, Path.of(devKeyFile)));
    }

    /**
     * The check of files attached to catalogue items; the limit per file is {@code gongkai.publications.max-attachment-size},
     * below the server's limit for one form submission.
     */
    @Bean
    AttachmentUploads attachmentUploads(@Value("${gongkai.publications.max-attachment-size:20MB}") DataSize maxSize,
            MultipartProperties multipart) {
        return AttachmentUploads.within(maxSize.toBytes(), multipart.getMaxRequestSize().toBytes());
    }
}
