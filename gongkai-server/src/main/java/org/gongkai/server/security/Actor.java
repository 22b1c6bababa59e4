package org.gongkai.server.security;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.server.store.RefusedException;

/**
 * Who performs an action: a staff account of one agency, or the system itself (imports, the public
 * portal, the JSON API).
 */
public record Actor(String username, String agency, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    /** The system acting on its own behalf, allowed everything (imports, demo data, recomputation). */
    public static Actor system(String name) {
        return new Actor(name, null, Set.of(Role.REGISTRAR, Role.HANDLER, Role.APPROVER, Role.ADMIN));
    }

    /** Return whether the actor has at least one of {@code any}. */
    public boolean hasAny(Set<Role> any) {
        return any.stream().anyMatch(roles::contains);
    }

    /** Refuse unless the actor has {@code role}. */
    public void require(Role role) {
        requireAny(Set.of(role));
    }

    /** Refuse unless the actor has at least one of {@code any}. */
    public void requireAny(Set<Role> any) {
        if (!hasAny(any)) {
            String needed = any.stream().sorted().map(Role::label).collect(Collectors.joining("或"));
            throw new RefusedException("此操作需要" + needed + "权限，当前用户 " + username + " 没有。");
        }
    }

    /** Refuse unless the actor may act for {@code agencyCode}: its own agency, or any agency as the system. */
    public void requireAgency(String agencyCode) {
        if (agency != null && !agency.equals(agencyCode)) {
            throw new RefusedException("用户 " + username + " 不能办理其他机关（" + agencyCode + "）的事项。");
        }
    }
}
