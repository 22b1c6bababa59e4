package org.gongkai.server.accounts;

import java.util.Set;
import org.gongkai.server.security.Role;

/** A staff account as its administrator sees it (never its password). {@code agency} is null for a 系统管理员. */
public record StaffAccount(String username, String displayName, String agency, Set<Role> roles, boolean disabled,
        boolean mustChangePassword) {

    public StaffAccount {
        roles = Set.copyOf(roles);
    }
}
