package org.gongkai.bench.search;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.publication.CatalogueEntry;

/**
 * The baseline: the catalogue in one SQL table, searched with {@code LIKE '%…%'} on title and body (every substring
 * must occur in one of them), the newest ten first, as a portal without a search index would do.
 */
final class LikeScan {

    private static final int BATCH = 5_000;

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
                    + "title varchar(400) not null, body varchar(4000) not null, published_on date not null)");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into publication (id, agency, title, body, published_on) values (?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Iterator<CatalogueEntry> it = entries.iterator(); it.hasNext(); ) {
                CatalogueEntry e = it.next();
                insert.setString(1, e.id());
                insert.setString(2, e.content().agency());
                insert.setString(3, e.content().title());
                insert.setString(4, e.content().body());
                insert.setDate(5, Date.valueOf(e.publishedOn()));
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

    /** Return the ids of the newest ten entries whose title or body contains every substring of {@code query}. */
    List<String> search(BenchQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("select id from publication where ");
        for (int i = 0; i < query.substrings().size(); i++) {
            sql.append(i == 0 ? "" : " and ").append("(title like ? or body like ?)");
        }
        sql.append(" order by published_on desc, id limit 10");
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (String s : query.substrings()) {
                select.setString(p++, "%" + s + "%");
                select.setString(p++, "%" + s + "%");
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }
}
