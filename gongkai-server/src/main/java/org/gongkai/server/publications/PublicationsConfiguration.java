package org.gongkai.server.publications;

import java.time.Clock;
import org.gongkai.publication.CatalogueSettings;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.yearlock.YearLock;
import org.gongkai.server.requests.InformationGivenRepository;
import org.gongkai.server.security.PersonalDataCipher;
import org.gongkai.server.store.Serials;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The catalogue's beans; the command line builds them through the same factory methods. */
@Configuration(proxyBeanMethods = false)
public class PublicationsConfiguration {

    @Bean
    public static PublicationRepository publicationRepository(JdbcClient jdbc) {
        return new PublicationRepository(jdbc);
    }

    @Bean
    public static PublicationFiles publicationFiles(JdbcClient jdbc) {
        return new PublicationFiles(jdbc);
    }

    @Bean
    public static PublicationService publicationService(PublicationRepository publications, PublicationFiles files,
            Serials serials, YearLock yearLock, AuditLog audit, TransactionTemplate tx) {
        return new PublicationService(publications, files, serials, yearLock, audit, tx);
    }

    @Bean
    public static DraftRepository draftRepository(JdbcClient jdbc) {
        return new DraftRepository(jdbc);
    }

    @Bean
    public static PublicationDrafts publicationDrafts(DraftRepository drafts, AuditLog audit, PublicationFiles files,
            PublicationService publications, TransactionTemplate tx, Clock clock) {
        return new PublicationDrafts(drafts, audit, files, publications, tx, clock);
    }

    @Bean
    public static ProactiveSuggestions proactiveSuggestions(InformationGivenRepository given,
            PublicationRepository publications, PersonalDataCipher cipher) {
        return new ProactiveSuggestions(given, publications, cipher, CatalogueSettings.defaults());
    }
}
