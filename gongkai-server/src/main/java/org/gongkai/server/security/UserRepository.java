package org.gongkai.server.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff accounts (table {@code app_user}): who may do what, and the hash of each one's console password. */
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

    /** Return the account's password hash, or empty if there is no such account or it has no password. */
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ? and password_hash is not null")
                .param(username).query(String.class).optional();
    }

    public void setPasswordHash(String username, String hash) {
        jdbc.sql("update app_user set password_hash = ? where username = ?").params(hash, username).update();
    }

    /** Return the accounts without a password. */
    public List<String> withoutPassword() {
        return jdbc.sql("select username from app_user where password_hash is null").query(String.class).list();
    }

    /** Return the accounts of {@code agency} that have {@code role}, by name. */
    public List<String> withRole(String agency, Role role) {
        return jdbc.sql("select u.username from app_user u join user_role r on r.username = u.username"
                + " where u.agency = ? and r.role = ? order by u.username")
                .params(agency, role.name()).query(String.class).list();
    }

    /** Return the sign-in state of an account, or empty if there is no such account. */
    public Optional<StaffAccounts.Standing> standing(String username) {
        return jdbc.sql("select disabled, must_change_password from app_user where username = ?").param(username)
                .query((rs, n) -> new StaffAccounts.Standing(rs.getBoolean(1), rs.getBoolean(2))).optional();
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
