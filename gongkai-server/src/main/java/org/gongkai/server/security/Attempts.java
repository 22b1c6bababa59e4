package org.gongkai.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts failed attempts per key (a user name, a tracking number); too many within a window lock the key. */
public final class Attempts {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public Attempts(Clock clock, int maxFailures, Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Return whether attempts for {@code key} are refused now. */
    public boolean isLocked(String key) {
        Deque<Instant> recent = failures.get(normal(key));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            Instant since = clock.instant().minus(window);
            recent.removeIf(at -> at.isBefore(since));
            return recent.size() >= maxFailures;
        }
    }

    public void recordFailure(String key) {
        Deque<Instant> recent = failures.computeIfAbsent(normal(key), k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
    }

    public void forget(String key) {
        failures.remove(normal(key));
    }

    private static String normal(String key) {
        return key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
    }
}
