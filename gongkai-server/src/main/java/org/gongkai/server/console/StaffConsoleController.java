package org.gongkai.server.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.server.accounts.AccountException;
import org.gongkai.server.accounts.AccountService;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's staff accounts, for its 管理员 ({@code /console/staff}): add an account, change its roles,
 * disable and re-enable it, reset its password; and everyone's own password ({@code /console/password}).
 */
@Controller
class StaffConsoleController {

    /** The roles an agency's account can hold, in the order the form offers them. */
    static final List<Role> AGENCY_ROLES = Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM_ADMIN).toList();

    private final AccountService accountService;
    private final StaffAccounts accounts;

    StaffConsoleController(AccountService accountService, StaffAccounts accounts) {
        this.accountService = accountService;
        this.accounts = accounts;
    }

    @GetMapping("/console/staff")
    String staff(Authentication auth, Model model) {
        Actor admin = ConsoleAccess.actorWithAny(accounts, auth, Role.ADMIN);
        model.addAttribute("staff", accountService.list(admin, admin.agency()));
        model.addAttribute("agencyRoles", AGENCY_ROLES);
        model.addAttribute("self", admin.username());
        return "console/staff";
    }

    @PostMapping("/console/staff")
    String add(@RequestParam String username, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(name = "role", required = false) List<Role> roles, Authentication auth,
            RedirectAttributes redirect) {
        Actor admin = ConsoleAccess.actorWithAny(accounts, auth, Role.ADMIN);
        return change(redirect, () -> oneTime(redirect,
                accountService.add(admin, admin.agency(), username.strip(), displayName, roleSet(roles), Optional.empty()),
                "staff.done.added"));
    }

    @PostMapping("/console/staff/{username}/roles")
    String roles(@PathVariable String username, @RequestParam(name = "role", required = false) List<Role> roles,
            Authentication auth, RedirectAttributes redirect) {
        Actor admin = ConsoleAccess.actorWithAny(accounts, auth, Role.ADMIN);
        return change(redirect, () -> {
            accountService.setRoles(admin, admin.agency(), username, roleSet(roles));
            redirect.addFlashAttribute("done", "staff.done.roles");
        });
    }

    @PostMapping("/console/staff/{username}/disable")
    String disable(@PathVariable String username, Authentication auth, RedirectAttributes redirect) {
        return enabled(username, false, auth, redirect);
    }

    @PostMapping("/console/staff/{username}/enable")
    String enable(@PathVariable String username, Authentication auth, RedirectAttributes redirect) {
        return enabled(username, true, auth, redirect);
    }

    @PostMapping("/console/staff/{username}/reset")
    String reset(@PathVariable String username, Authentication auth, RedirectAttributes redirect) {
        Actor admin = ConsoleAccess.actorWithAny(accounts, auth, Role.ADMIN);
        return change(redirect, () -> oneTime(redirect, accountService.resetPassword(admin, admin.agency(), username),
                "staff.done.reset"));
    }

    @GetMapping("/console/password")
    String password(Authentication auth, Model model) {
        model.addAttribute("mustChange", accounts.standing(auth.getName())
                .map(StaffAccounts.Standing::mustChangePassword).orElse(false));
        return "console/password";
    }

    @PostMapping("/console/password")
    String changePassword(@RequestParam String current, @RequestParam String chosen, @RequestParam String repeated,
            Authentication auth, HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            if (!chosen.equals(repeated)) {
                throw new AccountException("两次输入的新密码不一致。");
            }
            accountService.changeOwnPassword(auth.getName(), current, chosen);
        } catch (AccountException e) {
            model.addAttribute("refusal", e.getMessage());
            return password(auth, model);
        }
        new SecurityContextLogoutHandler().logout(request, response, auth);
        return "redirect:/login?changed";
    }

    private String enabled(String username, boolean enabled, Authentication auth, RedirectAttributes redirect) {
        Actor admin = ConsoleAccess.actorWithAny(accounts, auth, Role.ADMIN);
        return change(redirect, () -> {
            accountService.setDisabled(admin, admin.agency(), username, !enabled);
            redirect.addFlashAttribute("done", enabled ? "staff.done.enabled" : "staff.done.disabled");
        });
    }

    private static void oneTime(RedirectAttributes redirect, AccountService.Issued issued, String done) {
        redirect.addFlashAttribute("done", done);
        redirect.addFlashAttribute("issuedUser", issued.username());
        redirect.addFlashAttribute("issuedPassword", issued.oneTimePassword().orElseThrow());
    }

    private static String change(RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
        } catch (AccountException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/console/staff";
    }

    private static Set<Role> roleSet(List<Role> roles) {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
