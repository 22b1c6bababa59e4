package org.gongkai.server.console;

import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user's name (or null), for the layout's sign-out button. */
@ControllerAdvice(basePackages = {"org.gongkai.server.console", "org.gongkai.server.portal"})
class ConsoleModel {

    @ModelAttribute("signedIn")
    String signedIn(Principal principal) {
        return principal == null ? null : principal.getName();
    }
}
