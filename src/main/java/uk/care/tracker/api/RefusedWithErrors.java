package uk.care.tracker.api;

import java.util.List;

/**
 * A refusal that lists every problem it found (the lines of an uploaded file, for one): answered 400 with its
 * message and the list as {@code errors}. A feature throws a subclass, so that {@code api} needs to know none.
 */
public abstract class RefusedWithErrors extends RuntimeException {

    protected RefusedWithErrors(String message) {
        super(message);
    }

    /** The problems, each serialised as JSON. */
    public abstract List<?> errors();
}
