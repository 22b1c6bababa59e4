package org.gongkai.server.publications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.publication.Attachment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The attachments of drafts and of published items, bytes and extracted text included (table publication_file). */
public final class PublicationFiles {

    private static final String METADATA = "seq, attachment_id, file_name, media_type, size_bytes, sha256, extracted_text";
    private static final Pattern UNSAFE = Pattern.compile("[^0-9A-Za-z._-]");

    private final JdbcClient jdbc;

    public PublicationFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void addToDraft(long draftId, List<AttachmentFile> files) {
        for (int i = 0; i < files.size(); i++) {
            insert(draftId, null, i + 1, null, files.get(i));
        }
    }

    /** Store an item's files as numbers 1, 2, …; each gets the stable identifier {@code <item id>-<number>}. */
    public void addToPublication(String publicationId, List<AttachmentFile> files) {
        String prefix = UNSAFE.matcher(publicationId).replaceAll("_");
        for (int i = 0; i < files.size(); i++) {
            insert(null, publicationId, i + 1, prefix + "-" + (i + 1), files.get(i));
        }
    }

    /** Store one file of an item under the identifier it already has (an imported bundle). */
    public void addToPublication(String publicationId, int seq, String attachmentId, AttachmentFile file) {
        insert(null, publicationId, seq, attachmentId, file);
    }

    public List<StoredFile> ofDraft(long draftId) {
        return jdbc.sql("select " + METADATA + " from publication_file where draft_id = ? order by seq").param(draftId)
                .query((rs, n) -> stored(rs, "D" + draftId + "-" + rs.getInt("seq"))).list();
    }

    public List<StoredFile> ofPublication(String publicationId) {
        return jdbc.sql("select " + METADATA + " from publication_file where publication_id = ? order by seq")
                .param(publicationId).query((rs, n) -> stored(rs, rs.getString("attachment_id"))).list();
    }

    /** Return a draft's files with their bytes, in order, to publish them. */
    public List<AttachmentFile> draftFiles(long draftId) {
        return jdbc.sql("select file_name, media_type, content, sha256, extracted_text from publication_file"
                        + " where draft_id = ? order by seq").param(draftId)
                .query((rs, n) -> new AttachmentFile(rs.getString("file_name"), rs.getString("media_type"),
                        rs.getBytes("content"), rs.getString("sha256"), rs.getString("extracted_text")))
                .list();
    }

    public Optional<Download> ofDraft(long draftId, int seq) {
        return download("draft_id = ?", draftId, seq);
    }

    public Optional<Download> ofPublication(String publicationId, int seq) {
        return download("publication_id = ?", publicationId, seq);
    }

    /** Return the bytes of a published file by its stable identifier. */
    public Optional<byte[]> bytes(String attachmentId) {
        return jdbc.sql("select content from publication_file where attachment_id = ?").param(attachmentId)
                .query((rs, n) -> rs.getBytes("content")).optional();
    }

    public boolean hasAttachment(String attachmentId) {
        return jdbc.sql("select count(*) from publication_file where attachment_id = ?").param(attachmentId)
                .query(Long.class).single() > 0;
    }

    private Optional<Download> download(String owner, Object ownerId, int seq) {
        return jdbc.sql("select file_name, media_type, content from publication_file where " + owner + " and seq = ?")
                .params(ownerId, seq)
                .query((rs, n) -> new Download(rs.getString("file_name"), rs.getString("media_type"), rs.getBytes("content")))
                .optional();
    }

    private void insert(Long draftId, String publicationId, int seq, String attachmentId, AttachmentFile f) {
        jdbc.sql("insert into publication_file (draft_id, publication_id, seq, attachment_id, file_name, media_type,"
                        + " size_bytes, sha256, content, extracted_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(draftId, publicationId, seq, attachmentId, f.fileName(), f.mediaType(), (long) f.bytes().length,
                        f.sha256(), f.bytes(), f.text())
                .update();
    }

    private static StoredFile stored(ResultSet rs, String id) throws SQLException {
        return new StoredFile(rs.getInt("seq"), new Attachment(id, rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("sha256")), rs.getString("extracted_text"));
    }
}
