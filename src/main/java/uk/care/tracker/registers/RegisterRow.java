package uk.care.tracker.registers;

import java.time.Instant;

/**
 * A row of a register as its columns define it (ADR 0010): each register's row is a record whose components are its
 * columns, named as {@link RowType} derives them. Every register row carries this header.
 */
public interface RegisterRow {

    /** The header's column names, for the few conditions every register shares. */
    String ID = "id";
    String BUSINESS_KEY = "business_key";
    String STAFF_ID = "staff_id";

    long id();

    String businessKey();

    String staffId();

    String actingUser();

    Instant recordedAt();
}
