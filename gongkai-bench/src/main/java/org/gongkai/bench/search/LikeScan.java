package org.gongkai.bench.search;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.server.search.SearchText;

/**
 * The baseline: the catalogue in one SQL table, searched with {@code LIKE '%…%'} on title, body, 文号 and 索引号, as a
 * portal without a search index would do. The table holds each text
 * normalised as the search normalises it ({@link SearchText}), and the substring is normalised too, so that the
 * scan counts by definition what the index must find (docs/search.md).
 */
final class LikeScan {

    private static final int BATCH = 5_000;
    /** The substring in any of the searched columns; a backslash escapes {@code %} and {@code _} on H2 and PostgreSQL alike. */
    private static final String CONTAINS = "(title like ? escape '\\' or body like ? escape '\\' "
            + "or document_number like ? escape '\\' or index_number like ? escape '\\')";

    private final Connection connection;

    LikeScan(Connection connection) {
        this.connection = connection;
    }

    /** Return the number of rows loaded, 0 when the table does not exist yet. */
    long rows() throws SQLException {
        try (Statement count = connection.createStatement();
                ResultSet rs = count.executeQuery("select count(*) from publication")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    void load(Stream<CatalogueEntry> entries) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("drop table if exists publication");
            ddl.execute("create table publication (id varchar(32) primary key, agency varchar(16) not null, "
                    + "title varchar(400) not null, body varchar(8000) not null, document_number varchar(100), "
                    + "index_number varchar(40) not null, published_on date not null)");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into publication (id, agency, title, body, document_number, index_number, published_on) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Iterator<CatalogueEntry> it = entries.iterator(); it.hasNext(); ) {
                CatalogueEntry e = it.next();
                insert.setString(1, e.id());
                insert.setString(2, e.content().agency());
                insert.setString(3, SearchText.normalise(e.content().title()));
                insert.setString(4, SearchText.normalise(e.content().body()));
                insert.setString(5, e.content().documentNumber().map(SearchText::normalise).orElse(null));
                insert.setString(6, SearchText.normalise(e.indexNumber().toString()));
                insert.setDate(7, Date.valueOf(e.publishedOn()));
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    connection.commit();
                    pending = 0;
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        connection.setAutoCommit(true);
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("analyze");
        }
    }

    /** Return the number of entries whose title, body, 文号 or 索引号 contains {@code substring}. */
    long count(String substring) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select count(*) from publication where " + CONTAINS)) {
            bind(select, substring);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement select, String substring) throws SQLException {
        String pattern = "%" + SearchText.normalise(substring).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        for (int column = 1; column <= 4; column++) {
            select.setString(column, pattern);
        }
    }
}
