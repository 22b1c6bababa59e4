package org.gongkai.server.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's sign-in page; Spring Security handles the POST. */
@Controller
class LoginController {

    static final String LOGIN_VIEW = "console/login";

    @GetMapping("/login")
    String login() {
        return LOGIN_VIEW;
    }
}
