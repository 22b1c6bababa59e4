package org.gongkai.server.console;

import java.util.List;
import org.gongkai.appeal.Appeal;
import org.gongkai.server.appeals.AppealService;
import org.gongkai.server.security.StaffAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** Gives the request page the reviews and lawsuits registered about that request (the 表四 register). */
@ControllerAdvice(assignableTypes = RequestPageController.class)
class RequestAppeals {

    private final AppealService appeals;
    private final StaffAccounts accounts;

    RequestAppeals(AppealService appeals, StaffAccounts accounts) {
        this.appeals = appeals;
        this.accounts = accounts;
    }

    @ModelAttribute("requestAppeals")
    List<Appeal> requestAppeals(@PathVariable(name = "id", required = false) String id, Authentication auth) {
        return id == null ? List.of() : appeals.about(accounts.actor(auth).agency(), id);
    }
}
