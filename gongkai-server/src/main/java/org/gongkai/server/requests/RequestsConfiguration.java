package org.gongkai.server.requests;

import java.time.Clock;
import org.gongkai.letter.LetterFactsAssembler;
import org.gongkai.letter.LetterTemplates;
import org.gongkai.server.agencies.AgencyProfileRepository;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.documents.DocumentFonts;
import org.gongkai.server.documents.HtmlToPdf;
import org.gongkai.server.documents.JdbcIssuedLetterStore;
import org.gongkai.server.documents.JdbcLetterTemplateStore;
import org.gongkai.server.documents.LetterDocuments;
import org.gongkai.server.documents.LetterService;
import org.gongkai.server.yearlock.YearLock;
import org.gongkai.server.security.PersonalDataCipher;
import org.gongkai.server.store.Serials;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The requests' beans and their letters; the command line builds them through the same factory methods. */
@Configuration(proxyBeanMethods = false)
public class RequestsConfiguration {

    @Bean
    public static RequestRepository requestRepository(JdbcClient jdbc, Clock clock) {
        return new RequestRepository(jdbc, clock);
    }

    @Bean
    public static InformationGivenRepository informationGivenRepository(JdbcClient jdbc) {
        return new InformationGivenRepository(jdbc);
    }

    @Bean
    public static ConsultedParties consultedParties(JdbcClient jdbc, PersonalDataCipher cipher) {
        return new ConsultedParties(jdbc, cipher);
    }

    @Bean
    public static DueDateRecomputation dueDateRecomputation(RequestRepository requests, AuditLog audit, Clock clock) {
        return new DueDateRecomputation(requests, audit, clock);
    }

    /** The letters of requests; a letter's facts take the statutory clock of its request. */
    @Bean
    public static LetterService letterService(JdbcLetterTemplateStore templates, Deadlines deadlines, JdbcClient jdbc,
            PersonalDataCipher cipher) {
        return new LetterService(new LetterTemplates(templates), new LetterFactsAssembler(deadlines::clock),
                new JdbcIssuedLetterStore(jdbc, cipher), new LetterDocuments(new HtmlToPdf(DocumentFonts.embedded())));
    }

    @Bean
    public static LetterIssuer letterIssuer(LetterService letters, AgencyRepository agencies,
            AgencyProfileRepository profiles, ConsultedParties consulted, PersonalDataCipher cipher) {
        return new LetterIssuer(letters, agencies, profiles, consulted, cipher);
    }

    @Bean
    public static PortalApplicationRepository portalApplicationRepository(JdbcClient jdbc) {
        return new PortalApplicationRepository(jdbc);
    }

    @Bean
    public static Registrations registrations(RequestService requests, PortalApplicationRepository applications,
            PersonalDataCipher cipher, TransactionTemplate tx, Clock clock) {
        return new Registrations(requests, applications, cipher, tx, clock);
    }

    @Bean
    public static RequestService requestService(RequestRepository requests, Deadlines deadlines, Serials serials,
            YearLock yearLock, AuditLog audit, PersonalDataCipher cipher, Clock clock, TransactionTemplate tx,
            LetterIssuer letters, InformationGivenRepository informationGiven) {
        return new RequestService(requests, deadlines, serials, yearLock, audit, cipher, clock, tx, letters,
                informationGiven);
    }
}
