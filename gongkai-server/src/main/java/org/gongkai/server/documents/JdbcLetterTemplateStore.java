package org.gongkai.server.documents;

import java.util.List;
import java.util.Optional;
import org.gongkai.letter.LetterTemplate;
import org.gongkai.letter.LetterTemplateStore;
import org.gongkai.letter.LetterType;
import org.gongkai.letter.TemplateRef;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Agencies' letter template versions in the database (table {@code letter_template}); versions are never changed. */
public final class JdbcLetterTemplateStore implements LetterTemplateStore {

    private final JdbcClient jdbc;

    public JdbcLetterTemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LetterTemplate save(String agencyCode, LetterType type, String text) {
        int next = jdbc.sql("select coalesce(max(version), 0) + 1 from letter_template where agency = ? and letter_type = ?")
                .params(agencyCode, type.id()).query(Integer.class).single();
        LetterTemplate template = LetterTemplate.parse(new TemplateRef(type, Optional.of(agencyCode), next), text);
        jdbc.sql("insert into letter_template (agency, letter_type, version, source) values (?, ?, ?, ?)")
                .params(agencyCode, type.id(), next, text).update();
        return template;
    }

    @Override
    public Optional<LetterTemplate> version(String agencyCode, LetterType type, int version) {
        return jdbc.sql("select source from letter_template where agency = ? and letter_type = ? and version = ?")
                .params(agencyCode, type.id(), version).query(String.class).optional()
                .map(source -> LetterTemplate.parse(new TemplateRef(type, Optional.of(agencyCode), version), source));
    }

    @Override
    public List<LetterTemplate> versions(String agencyCode, LetterType type) {
        return jdbc.sql("select version, source from letter_template where agency = ? and letter_type = ? order by version")
                .params(agencyCode, type.id())
                .query((rs, n) -> LetterTemplate.parse(
                        new TemplateRef(type, Optional.of(agencyCode), rs.getInt(1)), rs.getString(2)))
                .list();
    }
}
