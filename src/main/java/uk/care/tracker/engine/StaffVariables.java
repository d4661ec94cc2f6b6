package uk.care.tracker.engine;

/**
 * The process variables every tracked item carries about the staff member it concerns (SPEC section 8), the same
 * in every workflow: declared once, here.
 */
public final class StaffVariables {

    public static final String STAFF_ID = "staffId";
    public static final String STAFF_NAME = "staffName";

    private StaffVariables() {
    }
}
