package org.gongkai.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins for one user name within
 * {@link #WINDOW}, further attempts for that name are refused until the window has passed.
 */
public final class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Attempts attempts;

    LoginThrottle(Clock clock) {
        this.attempts = new Attempts(clock, MAX_FAILURES, WINDOW);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        attempts.forget(event.getAuthentication().getName());
    }

    AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            attempts.recordFailure(request.getParameter("username"));
            response.sendRedirect(request.getContextPath() + "/login?error");
        };
    }

    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI())
                        && attempts.isLocked(request.getParameter("username"))) {
                    response.sendRedirect(request.getContextPath() + "/login?locked");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
