package org.gongkai.server.search;

import java.nio.file.Path;
import org.gongkai.server.publications.PublicationFiles;
import org.gongkai.server.publications.PublicationRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The stored entries as search needs them, and the search index of the running server; its directory is
 * {@code gongkai.search.index-directory} (default ./data/index).
 */
@Configuration(proxyBeanMethods = false)
public class SearchConfiguration {

    @Bean
    public static StoredEntries storedEntries(PublicationRepository publications, PublicationFiles files) {
        return new StoredEntries(publications, files);
    }

    @Bean(destroyMethod = "close")
    @Lazy
    PublicationIndex publicationIndex(@Value("${gongkai.search.index-directory:./data/index}") Path directory) {
        return PublicationIndex.open(directory);
    }
}
