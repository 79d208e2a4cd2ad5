package vn.hoso.archive.access;

/** No identity store (users file, demo users, LDAP) knows this login name. */
public class UnknownUserException extends RuntimeException {
    public UnknownUserException(String username) {
        super("no user " + username);
    }
}
