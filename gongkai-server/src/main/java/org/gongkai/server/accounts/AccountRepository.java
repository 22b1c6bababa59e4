package org.gongkai.server.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.server.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The staff accounts' rows: who they are, their roles, whether they may sign in, and their password hash. */
public final class AccountRepository {

    private final JdbcClient jdbc;

    public AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Integer.class)
                .single() > 0;
    }

    public void insert(StaffAccount account, String passwordHash) {
        jdbc.sql("insert into app_user (username, display_name, agency, password_hash, disabled, must_change_password)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(account.username(), account.displayName(), account.agency(), passwordHash, account.disabled(),
                        account.mustChangePassword())
                .update();
        insertRoles(account.username(), account.roles());
    }

    /** Return the account, locking its row until the caller's transaction ends. */
    public Optional<StaffAccount> lock(String username) {
        return jdbc.sql("select username, display_name, agency, disabled, must_change_password from app_user"
                        + " where username = ? for update")
                .param(username).query(this::row).optional();
    }

    /** Return the agency's accounts by user name. */
    public List<StaffAccount> ofAgency(String agency) {
        return jdbc.sql("select username, display_name, agency, disabled, must_change_password from app_user"
                        + " where agency = ? order by username")
                .param(agency).query(this::row).list();
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ? and password_hash is not null")
                .param(username).query(String.class).optional();
    }

    public void setRoles(String username, Set<Role> roles) {
        jdbc.sql("delete from user_role where username = ?").param(username).update();
        insertRoles(username, roles);
    }

    public void setDisabled(String username, boolean disabled) {
        jdbc.sql("update app_user set disabled = ? where username = ?").params(disabled, username).update();
    }

    public void setPassword(String username, String passwordHash, boolean mustChange) {
        jdbc.sql("update app_user set password_hash = ?, must_change_password = ? where username = ?")
                .params(passwordHash, mustChange, username).update();
    }

    private void insertRoles(String username, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("insert into user_role (username, role) values (?, ?)").params(username, role.name()).update();
        }
    }

    private StaffAccount row(ResultSet rs, int n) throws SQLException {
        String username = rs.getString("username");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from user_role where username = ?").param(username).query(String.class).list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return new StaffAccount(username, rs.getString("display_name"), rs.getString("agency"), roles,
                rs.getBoolean("disabled"), rs.getBoolean("must_change_password"));
    }
}
