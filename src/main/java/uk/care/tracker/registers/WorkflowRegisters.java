package uk.care.tracker.registers;

import java.util.List;

/**
 * One workflow's registers read through one class (ADR 0010): its typed rows, the queries its item view, its KPIs
 * and its evidence pack make, and nothing else naming its columns.
 */
public interface WorkflowRegisters {

    /** The workflow's registers; the first one names its items (one REGISTERED or OPENED row each). */
    List<Register> registers();

    /**
     * A query for the business keys of the items entered before its first parameter (an instant) and not closed
     * before its second, as the workflow dates the entry and the closure (corrections applied). It may name a few
     * more, never fewer; it should cost what the period's items cost, not all history.
     */
    String keysOpenDuring();
}
