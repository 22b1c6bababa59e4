package org.gongkai.server;

import java.time.Clock;
import org.gongkai.letter.LetterFactsAssembler;
import org.gongkai.letter.LetterTemplates;
import org.gongkai.publication.CatalogueSettings;
import org.gongkai.server.agencies.AgencyProfileRepository;
import org.gongkai.server.agencies.AgencyProfileService;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.agencies.UserRepository;
import org.gongkai.server.appeals.AppealRepository;
import org.gongkai.server.appeals.AppealService;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.calendar.CalendarService;
import org.gongkai.server.documents.DocumentFonts;
import org.gongkai.server.documents.HtmlToPdf;
import org.gongkai.server.documents.JdbcIssuedLetterStore;
import org.gongkai.server.documents.JdbcLetterTemplateStore;
import org.gongkai.server.documents.LetterDocuments;
import org.gongkai.server.documents.LetterService;
import org.gongkai.server.documents.LetterTemplateService;
import org.gongkai.server.publications.ProactiveSuggestions;
import org.gongkai.server.publications.PublicationFiles;
import org.gongkai.server.publications.PublicationRepository;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.reports.DecisionCountsRepository;
import org.gongkai.server.reports.DecisionCountsService;
import org.gongkai.server.reports.ReportRepository;
import org.gongkai.server.reports.ReportService;
import org.gongkai.server.reports.YearLock;
import org.gongkai.server.requests.ConsultedParties;
import org.gongkai.server.requests.Deadlines;
import org.gongkai.server.requests.DueDateRecomputation;
import org.gongkai.server.requests.InformationGivenRepository;
import org.gongkai.server.requests.LetterIssuer;
import org.gongkai.server.requests.RequestRepository;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.security.PersonalDataCipher;
import org.gongkai.server.settings.ClockSettingsRepository;
import org.gongkai.server.settings.ClockSettingsService;
import org.gongkai.server.store.Serials;
import org.gongkai.server.transfer.DatasetExport;
import org.gongkai.server.transfer.DatasetImport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every repository and service, wired once from a database connection, a clock and the personal-data
 * cipher. {@code serve} exposes them as Spring beans; commands and tests build them directly.
 */
public final class Services {

    public final Clock clock;
    public final AuditLog audit;
    public final AgencyRepository agencies;
    public final AgencyProfileRepository agencyProfiles;
    public final AgencyProfileService agencyProfileService;
    public final UserRepository users;
    public final RequestRepository requestRepository;
    public final InformationGivenRepository informationGiven;
    public final PublicationRepository publicationRepository;
    public final PublicationFiles publicationFiles;
    public final DecisionCountsRepository decisionCountsRepository;
    public final AppealRepository appealRepository;
    public final ReportRepository reportRepository;
    public final Serials serials;
    public final YearLock yearLock;
    public final Deadlines deadlines;
    public final CalendarService calendar;
    public final ClockSettingsService clockSettings;
    public final LetterService letters;
    public final LetterTemplateService letterTemplates;
    public final ConsultedParties consultedParties;
    public final RequestService requests;
    public final PublicationService publications;
    public final ProactiveSuggestions suggestions;
    public final DecisionCountsService decisionCounts;
    public final AppealService appeals;
    public final ReportService reports;
    public final DatasetExport export;
    public final DatasetImport importer;

    public Services(JdbcClient jdbc, TransactionTemplate tx, Clock clock, PersonalDataCipher cipher) {
        this.clock = clock;
        audit = new AuditLog(jdbc, clock);
        agencies = new AgencyRepository(jdbc);
        agencyProfiles = new AgencyProfileRepository(jdbc);
        users = new UserRepository(jdbc);
        agencyProfileService = new AgencyProfileService(agencyProfiles, agencies, audit, tx);
        requestRepository = new RequestRepository(jdbc, clock);
        informationGiven = new InformationGivenRepository(jdbc);
        publicationRepository = new PublicationRepository(jdbc);
        publicationFiles = new PublicationFiles(jdbc);
        decisionCountsRepository = new DecisionCountsRepository(jdbc);
        appealRepository = new AppealRepository(jdbc);
        reportRepository = new ReportRepository(jdbc);
        serials = new Serials(jdbc);
        yearLock = new YearLock(jdbc, audit, clock);
        ClockSettingsRepository clockSettingsRepository = new ClockSettingsRepository(jdbc);
        deadlines = new Deadlines(CalendarService.load(jdbc), clockSettingsRepository::choices);
        DueDateRecomputation recomputation = new DueDateRecomputation(requestRepository, audit, clock);
        calendar = new CalendarService(jdbc, requestRepository, deadlines, recomputation, audit, clock, tx);
        clockSettings = new ClockSettingsService(clockSettingsRepository, agencies, requestRepository, deadlines,
                recomputation, audit, clock, tx);
        JdbcLetterTemplateStore templateStore = new JdbcLetterTemplateStore(jdbc);
        letters = new LetterService(new LetterTemplates(templateStore),
                new LetterFactsAssembler(deadlines::clock), new JdbcIssuedLetterStore(jdbc, cipher),
                new LetterDocuments(new HtmlToPdf(DocumentFonts.embedded())));
        letterTemplates = new LetterTemplateService(templateStore, audit, tx);
        consultedParties = new ConsultedParties(jdbc, cipher);
        requests = new RequestService(requestRepository, deadlines, serials, yearLock, audit, cipher, clock, tx,
                new LetterIssuer(letters, agencies, agencyProfiles, consultedParties, cipher), informationGiven);
        publications = new PublicationService(publicationRepository, publicationFiles, serials, yearLock, audit, tx);
        suggestions = new ProactiveSuggestions(informationGiven, publicationRepository, cipher,
                CatalogueSettings.defaults());
        decisionCounts = new DecisionCountsService(decisionCountsRepository, yearLock, audit, tx);
        appeals = new AppealService(appealRepository, requestRepository, serials, yearLock, audit, tx);
        reports = new ReportService(agencies, requestRepository, publicationRepository, decisionCountsRepository,
                appealRepository, reportRepository, deadlines, audit, clock, tx);
        export = new DatasetExport(agencies, requestRepository, publicationRepository, decisionCountsRepository,
                appealRepository, tx);
        importer = new DatasetImport(agencies, requestRepository, publicationRepository, decisionCountsRepository,
                appealRepository, deadlines, serials, audit, tx);
    }
}
