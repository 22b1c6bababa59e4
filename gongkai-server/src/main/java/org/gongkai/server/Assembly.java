package org.gongkai.server;

import java.time.Clock;
import org.gongkai.server.accounts.AccountService;
import org.gongkai.server.accounts.StaffAccountsConfiguration;
import org.gongkai.server.agencies.AgenciesConfiguration;
import org.gongkai.server.agencies.AgencyDirectory;
import org.gongkai.server.agencies.AgencyProfileRepository;
import org.gongkai.server.agencies.AgencyProfileService;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.security.UserRepository;
import org.gongkai.server.appeals.AppealRepository;
import org.gongkai.server.appeals.AppealService;
import org.gongkai.server.appeals.AppealsConfiguration;
import org.gongkai.server.audit.AuditConfiguration;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.calendar.CalendarConfiguration;
import org.gongkai.server.calendar.CalendarService;
import org.gongkai.server.documents.DocumentsConfiguration;
import org.gongkai.server.documents.JdbcLetterTemplateStore;
import org.gongkai.server.documents.LetterService;
import org.gongkai.server.documents.LetterTemplateService;
import org.gongkai.server.publications.ProactiveSuggestions;
import org.gongkai.server.publications.PublicationFiles;
import org.gongkai.server.publications.PublicationRepository;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.publications.PublicationsConfiguration;
import org.gongkai.server.reports.DecisionCountsRepository;
import org.gongkai.server.reports.DecisionCountsService;
import org.gongkai.server.reports.ReportRepository;
import org.gongkai.server.reports.ReportService;
import org.gongkai.server.reports.ReportsConfiguration;
import org.gongkai.server.yearlock.YearLock;
import org.gongkai.server.requests.ConsultedParties;
import org.gongkai.server.requests.Deadlines;
import org.gongkai.server.requests.DueDateRecomputation;
import org.gongkai.server.requests.InformationGivenRepository;
import org.gongkai.server.requests.RequestRepository;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.RequestsConfiguration;
import org.gongkai.server.search.SearchConfiguration;
import org.gongkai.server.search.StoredEntries;
import org.gongkai.server.search.bundle.CatalogueArchive;
import org.gongkai.server.store.Database;
import org.gongkai.server.security.AccountsConfiguration;
import org.gongkai.server.security.PersonalDataCipher;
import org.gongkai.server.settings.ClockSettingsRepository;
import org.gongkai.server.settings.ClockSettingsService;
import org.gongkai.server.settings.SettingsConfiguration;
import org.gongkai.server.store.Serials;
import org.gongkai.server.store.StoreConfiguration;
import org.gongkai.server.transfer.DatasetExport;
import org.gongkai.server.transfer.DatasetImport;
import org.gongkai.server.transfer.TransferConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The server's objects assembled without Spring, for the command line (and the tests): each built once by the
 * factory method its feature's configuration declares as a Spring bean, so {@code serve} and the commands run the
 * same objects. Only the command line uses it (an architecture rule holds that); no bean receives it.
 */
public final class Assembly {

    public final Clock clock;
    public final AuditLog audit;
    public final AgencyRepository agencies;
    public final AgencyDirectory agencyDirectory;
    public final AgencyProfileRepository agencyProfiles;
    public final AgencyProfileService agencyProfileService;
    public final UserRepository users;
    public final AccountService accounts;
    public final RequestRepository requestRepository;
    public final InformationGivenRepository informationGiven;
    public final PublicationRepository publicationRepository;
    public final PublicationFiles publicationFiles;
    public final StoredEntries storedEntries;
    public final CatalogueArchive catalogueArchive;
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

    public Assembly(Database database, Clock clock, PersonalDataCipher cipher) {
        JdbcClient jdbc = database.jdbc();
        TransactionTemplate tx = database.transactions();
        this.clock = clock;
        audit = AuditConfiguration.auditLog(jdbc, clock);
        agencies = AgenciesConfiguration.agencyRepository(jdbc);
        agencyProfiles = AgenciesConfiguration.agencyProfileRepository(jdbc);
        agencyDirectory = AgenciesConfiguration.agencyDirectory(agencies, agencyProfiles);
        users = AccountsConfiguration.userRepository(jdbc);
        accounts = StaffAccountsConfiguration.accountService(StaffAccountsConfiguration.accountRepository(jdbc),
                agencies, PasswordEncoderFactories.createDelegatingPasswordEncoder(), audit, tx);
        agencyProfileService = AgenciesConfiguration.agencyProfileService(agencyProfiles, agencies, audit, tx);
        requestRepository = RequestsConfiguration.requestRepository(jdbc, clock);
        informationGiven = RequestsConfiguration.informationGivenRepository(jdbc);
        publicationRepository = PublicationsConfiguration.publicationRepository(jdbc);
        publicationFiles = PublicationsConfiguration.publicationFiles(jdbc);
        storedEntries = SearchConfiguration.storedEntries(publicationRepository, publicationFiles);
        decisionCountsRepository = ReportsConfiguration.decisionCountsRepository(jdbc);
        appealRepository = AppealsConfiguration.appealRepository(jdbc);
        reportRepository = ReportsConfiguration.reportRepository(jdbc);
        serials = StoreConfiguration.serials(jdbc);
        yearLock = ReportsConfiguration.yearLock(jdbc, audit, clock);
        ClockSettingsRepository clockSettingsRepository = SettingsConfiguration.clockSettingsRepository(jdbc);
        deadlines = CalendarConfiguration.deadlines(jdbc, clockSettingsRepository);
        DueDateRecomputation recomputation = RequestsConfiguration.dueDateRecomputation(requestRepository, audit, clock);
        calendar = CalendarConfiguration.calendarService(jdbc, requestRepository, deadlines, recomputation, audit, clock,
                tx);
        clockSettings = SettingsConfiguration.clockSettingsService(clockSettingsRepository, agencies, requestRepository,
                deadlines, recomputation, audit, clock, tx);
        JdbcLetterTemplateStore templateStore = DocumentsConfiguration.letterTemplateStore(jdbc);
        letters = RequestsConfiguration.letterService(templateStore, deadlines, jdbc, cipher);
        letterTemplates = DocumentsConfiguration.letterTemplateService(templateStore, audit, tx);
        consultedParties = RequestsConfiguration.consultedParties(jdbc, cipher);
        requests = RequestsConfiguration.requestService(requestRepository, deadlines, serials, yearLock, audit, cipher,
                clock, tx, RequestsConfiguration.letterIssuer(letters, agencies, agencyProfiles, consultedParties, cipher),
                informationGiven);
        publications = PublicationsConfiguration.publicationService(publicationRepository, publicationFiles, serials,
                yearLock, audit, tx);
        suggestions = PublicationsConfiguration.proactiveSuggestions(informationGiven, publicationRepository, cipher);
        decisionCounts = ReportsConfiguration.decisionCountsService(decisionCountsRepository, yearLock, audit, tx);
        appeals = AppealsConfiguration.appealService(appealRepository, requestRepository, serials, yearLock, audit, tx);
        reports = ReportsConfiguration.reportService(agencies, requestRepository, publicationRepository,
                decisionCountsRepository, appealRepository, reportRepository, deadlines, audit, clock, tx);
        export = TransferConfiguration.datasetExport(agencies, requestRepository, publicationRepository,
                decisionCountsRepository, appealRepository, tx);
        importer = TransferConfiguration.datasetImport(agencies, requestRepository, publicationRepository,
                decisionCountsRepository, appealRepository, deadlines, serials, audit, tx);
        catalogueArchive = new CatalogueArchive(audit, agencies, publicationRepository, publicationFiles, storedEntries,
                serials, tx);
    }
}
