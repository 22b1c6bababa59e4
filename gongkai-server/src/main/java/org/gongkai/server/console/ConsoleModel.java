package org.gongkai.server.console;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user's name (or null) and roles, for the layout and the console menu. */
@ControllerAdvice(basePackages = {"org.gongkai.server.console", "org.gongkai.server.portal"})
class ConsoleModel {

    @ModelAttribute("signedIn")
    String signedIn(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    /** The signed-in user's roles (names of {@code Role}), so that the menu offers only what the user may open. */
    @ModelAttribute("roles")
    Set<String> roles(Principal principal) {
        if (!(principal instanceof Authentication auth)) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
