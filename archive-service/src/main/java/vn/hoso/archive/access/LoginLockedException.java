package vn.hoso.archive.access;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** Login refused without checking the password: too many recent failures for this user name or client address. */
final class LoginLockedException extends LockedException {

    private final Duration retryAfter;

    LoginLockedException(Duration retryAfter) {
        super("too many failed logins; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** How long until the lock lifts, at least one second. */
    Duration retryAfter() {
        return retryAfter;
    }

    /** The Vietnamese sentence shown to the user. */
    String vietnamese() {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        return "Tài khoản tạm bị khóa do đăng nhập sai quá nhiều lần. Vui lòng thử lại sau " + minutes + " phút.";
    }
}
