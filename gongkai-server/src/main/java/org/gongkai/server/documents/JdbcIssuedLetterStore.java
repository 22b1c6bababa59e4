package org.gongkai.server.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongkai.letter.IssuedLetter;
import org.gongkai.letter.IssuedLetterStore;
import org.gongkai.letter.LetterType;
import org.gongkai.letter.RenderedLetter;
import org.gongkai.letter.TemplateRef;
import org.gongkai.server.security.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issued letters in the database (table {@code issued_letter}), salutation and body encrypted. */
public final class JdbcIssuedLetterStore implements IssuedLetterStore {

    private static final String COLUMNS = "id, request_id, event_index, template_agency, letter_type, template_version, "
            + "agency_name, tracking_number, issued_on, title, salutation, body";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public JdbcIssuedLetterStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public IssuedLetter add(String requestId, int eventIndex, RenderedLetter letter) {
        int serial = jdbc.sql("select coalesce(max(serial), 0) + 1 from issued_letter where request_id = ?")
                .param(requestId).query(Integer.class).single();
        IssuedLetter issued = new IssuedLetter(requestId + "-L" + serial, requestId, eventIndex, letter);
        TemplateRef template = letter.template();
        jdbc.sql("insert into issued_letter (" + COLUMNS + ", serial) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(issued.id(), requestId, eventIndex, template.agencyCode().orElse(null), template.type().id(),
                        template.version(), letter.agencyName(), letter.trackingNumber(), letter.issuedOn(),
                        letter.title(), cipher.encrypt(letter.salutation()),
                        cipher.encrypt(String.join("\n", letter.paragraphs())), serial)
                .update();
        return issued;
    }

    @Override
    public List<IssuedLetter> forRequest(String requestId) {
        return jdbc.sql("select " + COLUMNS + " from issued_letter where request_id = ? order by serial")
                .param(requestId).query((rs, n) -> row(rs)).list();
    }

    @Override
    public Optional<IssuedLetter> byId(String id) {
        return jdbc.sql("select " + COLUMNS + " from issued_letter where id = ?").param(id)
                .query((rs, n) -> row(rs)).optional();
    }

    private IssuedLetter row(ResultSet rs) throws SQLException {
        String typeId = rs.getString("letter_type");
        LetterType type = LetterType.byId(typeId).orElseThrow(() -> new IllegalStateException(
                "unknown letter type in issued_letter: " + typeId));
        TemplateRef template = new TemplateRef(type, Optional.ofNullable(rs.getString("template_agency")),
                rs.getInt("template_version"));
        RenderedLetter letter = new RenderedLetter(template, rs.getString("agency_name"),
                rs.getString("tracking_number"), rs.getDate("issued_on").toLocalDate(), rs.getString("title"),
                cipher.decrypt(rs.getString("salutation")),
                Arrays.asList(cipher.decrypt(rs.getString("body")).split("\n")));
        return new IssuedLetter(rs.getString("id"), rs.getString("request_id"), rs.getInt("event_index"), letter);
    }
}
