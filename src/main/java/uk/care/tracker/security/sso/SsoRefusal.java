package uk.care.tracker.security.sso;

/** A sign-on or a token refused, with the reason the person or the integration is told. */
public class SsoRefusal extends RuntimeException {

    public SsoRefusal(String reason) {
        super(reason);
    }
}
