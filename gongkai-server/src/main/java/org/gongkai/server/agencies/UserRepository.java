package org.gongkai.server.agencies;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff accounts and their roles. Passwords are the web layer's concern; this stores who may do what. */
public final class UserRepository {

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String username, String displayName, String agency, Set<Role> roles) {
        jdbc.sql("insert into app_user (username, display_name, agency) values (?, ?, ?)")
                .params(username, displayName, agency)
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (username, role) values (?, ?)").params(username, role.name()).update();
        }
    }

    /** Return the account as an actor, or empty if there is no such user. */
    public Optional<Actor> actor(String username) {
        // A 系统管理员 has no agency: the row is wrapped so that its null agency is not taken for "no such user".
        Optional<String[]> agency = jdbc.sql("select agency from app_user where username = ?").param(username)
                .query((rs, n) -> new String[] {rs.getString(1)}).optional();
        return agency.map(row -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            jdbc.sql("select role from user_role where username = ?").param(username).query(String.class).list()
                    .forEach(r -> roles.add(Role.valueOf(r)));
            return new Actor(username, row[0], roles);
        });
    }
}
