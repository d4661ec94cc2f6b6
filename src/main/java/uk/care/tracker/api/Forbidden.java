package uk.care.tracker.api;

/** The person is logged in but their groups do not allow this. Answered with 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
