package org.gongkai.server.publications;

import java.util.List;
import java.util.Optional;
import org.gongkai.server.store.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Drafts of proactive disclosure awaiting review (table {@code publication_draft}). */
public final class DraftRepository {

    private final JdbcClient jdbc;

    public DraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Store a draft of {@code agency} by {@code draftedBy}; return its id. */
    long insert(String agency, PublicationDrafts.NewDraft d, String draftedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into publication_draft (agency, kind, title, document_number, article20_item, issued_on,"
                        + " drafted_by, body, topic, keywords) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(agency, d.kind().name(), d.title(), d.documentNumber().orElse(null), d.article20Item(),
                        d.issuedOn(), draftedBy, d.body(), d.topic().orElse(null), KeywordColumn.of(d.keywords()))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Return the agency's drafts not yet published, oldest first. */
    List<PublicationDrafts.Draft> pending(String agency) {
        return jdbc.sql("select id, agency, kind, title, document_number, article20_item, issued_on, drafted_by"
                        + " from publication_draft where agency = ? and publication_id is null order by id")
                .param(agency).query(PublicationDrafts.Draft.class).list();
    }

    /** Return a draft not yet published. */
    Optional<PublicationDrafts.Draft> unpublished(long draftId) {
        return jdbc.sql("select id, agency, kind, title, document_number, article20_item, issued_on, drafted_by"
                        + " from publication_draft where id = ? and publication_id is null")
                .param(draftId).query(PublicationDrafts.Draft.class).optional();
    }

    /** Return the text, 主题分类 and 关键词 of a draft of {@code agency}, without its files. */
    Optional<PublicationDetails> details(String agency, long draftId) {
        return jdbc.sql("select body, topic, keywords from publication_draft where id = ? and agency = ?")
                .params(draftId, agency)
                .query((rs, n) -> new PublicationDetails(rs.getString("body"), Rows.optionalString(rs, "topic"),
                        KeywordColumn.parse(Rows.optionalString(rs, "keywords")), Optional.empty()))
                .optional();
    }

    void published(long draftId, String publicationId) {
        jdbc.sql("update publication_draft set publication_id = ? where id = ?").params(publicationId, draftId)
                .update();
    }
}
