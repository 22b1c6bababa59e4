package org.gongkai.server.security;

import java.util.List;
import java.util.Optional;
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
 * {@link Actor} a signed-in account acts as. An account without a password cannot sign in; a disabled one neither.
 */
@Component
public class StaffAccounts implements UserDetailsService {

    private final UserRepository users;
    private final PasswordEncoder encoder;

    StaffAccounts(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String hash = users.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
        Standing standing = users.standing(username).orElseThrow(() -> new UsernameNotFoundException(username));
        Actor actor = users.actor(username).orElseThrow(() -> new UsernameNotFoundException(username));
        List<SimpleGrantedAuthority> authorities = actor.roles().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        return User.withUsername(username).password(hash).disabled(standing.disabled()).authorities(authorities)
                .build();
    }

    /** The sign-in state of an account: whether it is disabled, and whether it must change its password first. */
    public record Standing(boolean disabled, boolean mustChangePassword) {
    }

    /** Return the sign-in state of an account, or empty if there is no such account. */
    public Optional<Standing> standing(String username) {
        return users.standing(username);
    }

    /** Set an account's password (stored as a salted hash). */
    public void setPassword(String username, String rawPassword) {
        users.setPasswordHash(username, encoder.encode(rawPassword));
    }

    /** Return whether the account has a password. */
    public boolean hasPassword(String username) {
        return users.passwordHash(username).isPresent();
    }

    /** Return the accounts of {@code agency} that have {@code role}, by name. */
    public List<String> withRole(String agency, Role role) {
        return users.withRole(agency, role);
    }

    /** Return the actor behind a signed-in console user. */
    public Actor actor(Authentication authentication) {
        return users.actor(authentication.getName()).orElseThrow(
                () -> new org.springframework.security.access.AccessDeniedException(authentication.getName()));
    }
}
