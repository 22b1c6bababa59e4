package org.gongkai.server.publications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.store.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stored publications (主动公开的政府信息). */
public final class PublicationRepository {

    private final JdbcClient jdbc;

    public PublicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Publication p) {
        jdbc.sql("insert into publication (id, agency, kind, index_number, title, document_number, article20_item,"
                        + " issued_on, published_on, repealed_on, expires_on, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
                .params(p.id(), p.agency(), p.kind().name(), p.indexNumber(), p.title(), p.documentNumber().orElse(null),
                        p.article20Item(), p.issuedOn(), p.publishedOn(), p.repealedOn().orElse(null),
                        p.expiresOn().orElse(null))
                .update();
    }

    /** Replace the stored facts if the version is still {@code expectedVersion}; return whether it was. */
    public boolean update(Publication p, long expectedVersion) {
        return jdbc.sql("update publication set kind = ?, title = ?, document_number = ?, article20_item = ?,"
                        + " issued_on = ?, published_on = ?, repealed_on = ?, expires_on = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(p.kind().name(), p.title(), p.documentNumber().orElse(null), p.article20Item(), p.issuedOn(),
                        p.publishedOn(), p.repealedOn().orElse(null), p.expiresOn().orElse(null), p.id(),
                        expectedVersion)
                .update() == 1;
    }

    /** Replace an item's text, 主题分类, 关键词 and previous version. */
    public void setDetails(String id, PublicationDetails d) {
        jdbc.sql("update publication set body = ?, topic = ?, keywords = ?, previous_version = ? where id = ?")
                .params(d.body(), d.topic().orElse(null), KeywordColumn.of(d.keywords()),
                        d.previousVersion().orElse(null), id)
                .update();
    }

    /** Return an item's text and further catalogue details; {@link PublicationDetails#NONE} for an unknown id. */
    public PublicationDetails details(String id) {
        return jdbc.sql("select body, topic, keywords, previous_version from publication where id = ?").param(id)
                .query((rs, n) -> new PublicationDetails(rs.getString("body"), Rows.optionalString(rs, "topic"),
                        KeywordColumn.parse(Rows.optionalString(rs, "keywords")),
                        Rows.optionalString(rs, "previous_version")))
                .optional().orElse(PublicationDetails.NONE);
    }

    /** Return whether an item with this id or this index number is stored. */
    public boolean exists(String id, String indexNumber) {
        return jdbc.sql("select count(*) from publication where id = ? or index_number = ?").params(id, indexNumber)
                .query(Long.class).single() > 0;
    }

    public Optional<StoredPublication> find(String id) {
        return jdbc.sql("select * from publication where id = ?").param(id)
                .query((rs, n) -> new StoredPublication(row(rs), rs.getLong("version"))).optional();
    }

    /** Return an agency's publications, newest first. */
    public List<Publication> byAgency(String agency) {
        return jdbc.sql("select * from publication where agency = ? order by published_on desc, id").param(agency)
                .query((rs, n) -> row(rs)).list();
    }

    /** Return every publication, in a stable order (agency, id). */
    public List<Publication> all() {
        return jdbc.sql("select * from publication order by agency, id").query((rs, n) -> row(rs)).list();
    }

    static Publication row(ResultSet rs) throws SQLException {
        return new Publication(rs.getString("id"), rs.getString("agency"), PublicationKind.valueOf(rs.getString("kind")),
                rs.getString("index_number"), rs.getString("title"), Rows.optionalString(rs, "document_number"),
                rs.getInt("article20_item"), Rows.date(rs, "issued_on"), Rows.date(rs, "published_on"),
                Rows.optionalDate(rs, "repealed_on"), Rows.optionalDate(rs, "expires_on"));
    }
}
