package org.gongkai.server.accounts;

/** A change to an account that is refused; the message (Chinese, one sentence) says why. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
