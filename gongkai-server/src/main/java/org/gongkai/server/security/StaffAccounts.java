package org.gongkai.server.security;

import java.util.List;
import java.util.Optional;
import org.gongkai.server.agencies.UserRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The console's logins: the accounts of {@code app_user} with their password hashes, and the
 * {@link Actor} a signed-in account acts as. An account without a password cannot sign in.
 */
@Component
public class StaffAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final PasswordEncoder encoder;

    StaffAccounts(JdbcClient jdbc, UserRepository users, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Login login = jdbc.sql("select password_hash, disabled from app_user where username = ? and password_hash is not null")
                .param(username).query((rs, n) -> new Login(rs.getString(1), rs.getBoolean(2))).optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
        Actor actor = users.actor(username).orElseThrow(() -> new UsernameNotFoundException(username));
        List<SimpleGrantedAuthority> authorities = actor.roles().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        return User.withUsername(username).password(login.hash).disabled(login.disabled).authorities(authorities)
                .build();
    }

    private record Login(String hash, boolean disabled) {
    }

    /** The sign-in state of an account: whether it is disabled, and whether it must change its password first. */
    public record Standing(boolean disabled, boolean mustChangePassword) {
    }

    /** Return the sign-in state of an account, or empty if there is no such account. */
    public Optional<Standing> standing(String username) {
        return jdbc.sql("select disabled, must_change_password from app_user where username = ?").param(username)
                .query((rs, n) -> new Standing(rs.getBoolean(1), rs.getBoolean(2))).optional();
    }

    /** Set an account's password (stored as a salted hash). */
    public void setPassword(String username, String rawPassword) {
        jdbc.sql("update app_user set password_hash = ? where username = ?")
                .params(encoder.encode(rawPassword), username).update();
    }

    /** Return whether the account has a password. */
    public boolean hasPassword(String username) {
        return jdbc.sql("select count(*) from app_user where username = ? and password_hash is not null")
                .param(username).query(Integer.class).single() > 0;
    }

    /** Return the actor behind a signed-in console user. */
    public Actor actor(Authentication authentication) {
        return users.actor(authentication.getName()).orElseThrow(
                () -> new org.springframework.security.access.AccessDeniedException(authentication.getName()));
    }
}
