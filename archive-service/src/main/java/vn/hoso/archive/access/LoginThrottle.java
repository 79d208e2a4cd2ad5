package vn.hoso.archive.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts throttling in front of every login, whatever the identity store: a user name with
 * {@link AccessProperties.Lockout#maxFailures} failures within the window, or a client address with
 * {@link AccessProperties.Lockout#maxClientFailures}, is refused with {@link LoginLockedException} until the lock
 * duration has passed, without its password being checked. A successful login clears the user name's failures.
 *
 * <p>Only wrong credentials count (not a directory that is down). State lives in memory and is bounded: entries whose
 * failures and lock have expired are dropped as new failures arrive.
 */
final class LoginThrottle implements AuthenticationManager {

    private static final String UNKNOWN_CLIENT = "?";

    private final AuthenticationManager delegate;
    private final AuthenticationEventPublisher events;
    private final AccessProperties.Lockout rules;
    private final Clock clock;
    private final Map<String, Tally> users = new ConcurrentHashMap<>();
    private final Map<String, Tally> clients = new ConcurrentHashMap<>();

    LoginThrottle(
            AuthenticationManager delegate,
            AuthenticationEventPublisher events,
            AccessProperties.Lockout rules,
            Clock clock) {
        this.delegate = delegate;
        this.events = events;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String user = attempt.getName() == null ? "" : attempt.getName().strip().toLowerCase(Locale.ROOT);
        String client = client(attempt);
        Instant now = clock.instant();
        try {
            refuseIfLocked(users.get(user), now);
            refuseIfLocked(clients.get(client), now);
        } catch (LoginLockedException e) {
            // Refused before any provider ran, so no provider published it; a locked attempt is still a failed login.
            events.publishAuthenticationFailure(e, attempt);
            throw e;
        }
        try {
            Authentication result = delegate.authenticate(attempt);
            users.remove(user);
            return result;
        } catch (BadCredentialsException e) {
            purgeExpired(now);
            users.computeIfAbsent(user, key -> new Tally()).fail(now, rules.maxFailures(), rules);
            clients.computeIfAbsent(client, key -> new Tally()).fail(now, rules.maxClientFailures(), rules);
            throw e;
        }
    }

    private static void refuseIfLocked(Tally tally, Instant now) {
        if (tally != null) {
            Instant until = tally.lockedUntil();
            if (until != null && now.isBefore(until)) {
                Duration left = Duration.between(now, until);
                throw new LoginLockedException(left.isZero() ? Duration.ofSeconds(1) : left);
            }
        }
    }

    private static String client(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : UNKNOWN_CLIENT;
    }

    private void purgeExpired(Instant now) {
        users.values().removeIf(tally -> tally.expired(now, rules));
        clients.values().removeIf(tally -> tally.expired(now, rules));
    }

    /** Recent failure times of one user name or client, and the end of its lock if locked. */
    private static final class Tally {

        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;

        synchronized void fail(Instant now, int limit, AccessProperties.Lockout rules) {
            failures.addLast(now);
            while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(rules.window()))) {
                failures.removeFirst();
            }
            if (failures.size() >= limit) {
                lockedUntil = now.plus(rules.lockDuration());
                failures.clear();
            }
        }

        synchronized Instant lockedUntil() {
            return lockedUntil;
        }

        synchronized boolean expired(Instant now, AccessProperties.Lockout rules) {
            boolean lockOver = lockedUntil == null || !now.isBefore(lockedUntil);
            boolean failuresOld = failures.isEmpty() || failures.peekLast().isBefore(now.minus(rules.window()));
            return lockOver && failuresOld;
        }
    }
}
