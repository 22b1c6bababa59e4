package org.gongkai.server.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.server.security.StaffAccounts;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Before any console page: an account disabled while signed in is signed out; one that signed in with a
 * one-time password sees nothing but the page that changes it.
 */
@Configuration(proxyBeanMethods = false)
class AccountStanding implements WebMvcConfigurer, HandlerInterceptor {

    private final StaffAccounts accounts;

    AccountStanding(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/console/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return true;
        }
        StaffAccounts.Standing standing = accounts.standing(auth.getName()).orElse(new StaffAccounts.Standing(true, false));
        if (standing.disabled()) {
            new SecurityContextLogoutHandler().logout(request, response, auth);
            response.sendRedirect(request.getContextPath() + "/login?disabled");
            return false;
        }
        if (standing.mustChangePassword() && !request.getRequestURI().equals(request.getContextPath() + "/console/password")) {
            response.sendRedirect(request.getContextPath() + "/console/password");
            return false;
        }
        return true;
    }
}
