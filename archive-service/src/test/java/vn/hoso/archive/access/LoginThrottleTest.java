package vn.hoso.archive.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class LoginThrottleTest {

    private static final AccessProperties.Lockout RULES =
            new AccessProperties.Lockout(3, Duration.ofMinutes(15), Duration.ofMinutes(10), 5);

    /** A clock the test moves by hand. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2026-11-22T08:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final Hands clock = new Hands();
    private int checked;
    /** Failures the throttle itself published: those no provider saw. */
    private final List<AuthenticationException> published = new ArrayList<>();

    private final AuthenticationEventPublisher events = new AuthenticationEventPublisher() {
        @Override
        public void publishAuthenticationSuccess(Authentication authentication) {}

        @Override
        public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
            published.add(exception);
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(
            attempt -> {
                checked++;
                if (!"right".equals(attempt.getCredentials())) {
                    throw new BadCredentialsException("wrong");
                }
                return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, List.of());
            },
            events,
            RULES,
            clock);

    private static Authentication login(String user, String password, String client) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(client);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return attempt;
    }

    private void fail(String user, String client, int times) {
        for (int i = 0; i < times; i++) {
            assertThrows(BadCredentialsException.class, () -> throttle.authenticate(login(user, "wrong", client)));
        }
    }

    @Test
    void userIsLockedAfterTheConfiguredFailuresEvenWithTheRightPassword() {
        fail("officer", "10.0.0.1", 3);
        int before = checked;

        LoginLockedException locked = assertThrows(
                LoginLockedException.class, () -> throttle.authenticate(login("officer", "right", "10.0.0.2")));

        assertThat(checked).as("the password is not checked while locked").isEqualTo(before);
        assertThat(locked.retryAfter()).isEqualTo(Duration.ofMinutes(10));
        assertThat(locked.vietnamese()).contains("tạm bị khóa").contains("10 phút");
        assertThat(published)
                .as("the refused attempt is a failed login for the audit trail")
                .containsExactly(locked);
    }

    @Test
    void lockLiftsAfterTheLockDuration() {
        fail("officer", "10.0.0.1", 3);
        clock.now = clock.now.plus(Duration.ofMinutes(10));

        assertThat(throttle.authenticate(login("officer", "right", "10.0.0.1")).isAuthenticated())
                .isTrue();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        fail("officer", "10.0.0.1", 2);
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        fail("officer", "10.0.0.1", 1);

        assertThat(throttle.authenticate(login("officer", "right", "10.0.0.1")).isAuthenticated())
                .isTrue();
    }

    @Test
    void successClearsTheUsersFailures() {
        fail("officer", "10.0.0.1", 2);
        throttle.authenticate(login("officer", "right", "10.0.0.1"));
        fail("officer", "10.0.0.1", 2);

        assertThat(throttle.authenticate(login("officer", "right", "10.0.0.1")).isAuthenticated())
                .isTrue();
    }

    @Test
    void oneClientTryingManyNamesIsLockedAsAClient() {
        for (int i = 0; i < 5; i++) {
            fail("user" + i, "10.0.0.9", 1);
        }

        assertThrows(LoginLockedException.class, () -> throttle.authenticate(login("clerk", "right", "10.0.0.9")));
        assertThat(throttle.authenticate(login("clerk", "right", "10.0.0.10")).isAuthenticated())
                .isTrue();
    }

    @Test
    void userNamesAreCountedWithoutCase() {
        fail("Officer", "10.0.0.1", 2);
        fail("OFFICER", "10.0.0.1", 1);

        assertThrows(LoginLockedException.class, () -> throttle.authenticate(login("officer", "right", "10.0.0.1")));
    }
}
