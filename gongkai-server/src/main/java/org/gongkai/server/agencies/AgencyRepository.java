package org.gongkai.server.agencies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.server.store.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Agencies, in their hierarchy (a parent is stored before its children). */
public final class AgencyRepository {

    private final JdbcClient jdbc;

    public AgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Agency agency) {
        jdbc.sql("insert into agency (code, name, parent) values (?, ?, ?)")
                .params(agency.code(), agency.name(), agency.parent().orElse(null))
                .update();
    }

    public Optional<Agency> find(String code) {
        return find(code, "");
    }

    /** Return the agency, locking its row until the caller's transaction ends. */
    Optional<Agency> findForUpdate(String code) {
        return find(code, " for update");
    }

    private Optional<Agency> find(String code, String lock) {
        return jdbc.sql("select code, name, parent from agency where code = ?" + lock).param(code)
                .query(AgencyRepository::row).optional();
    }

    /** Give the agency a new name: the guide, reports compiled and letters issued from now on use it. */
    void rename(String code, String name) {
        jdbc.sql("update agency set name = ? where code = ?").params(name, code).update();
    }

    public Agency get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("没有代码为 " + code + " 的机关。"));
    }

    /** Return every agency, each parent before its children, siblings by code. */
    public List<Agency> all() {
        List<Agency> flat = jdbc.sql("select code, name, parent from agency order by code").query(AgencyRepository::row)
                .list();
        List<Agency> ordered = new java.util.ArrayList<>();
        addChildren(flat, Optional.empty(), ordered);
        return ordered;
    }

    private static Agency row(ResultSet rs, int rowNum) throws SQLException {
        return new Agency(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3)));
    }

    private static void addChildren(List<Agency> flat, Optional<String> parent, List<Agency> ordered) {
        for (Agency a : flat) {
            if (a.parent().equals(parent)) {
                ordered.add(a);
                addChildren(flat, Optional.of(a.code()), ordered);
            }
        }
    }
}
