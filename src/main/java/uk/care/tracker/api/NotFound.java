package uk.care.tracker.api;

/** Nothing by that name, or nothing the person may see (both answer 404, so existence is not disclosed). */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
