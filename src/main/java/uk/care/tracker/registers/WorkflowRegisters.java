package uk.care.tracker.registers;

import java.util.List;

/**
 * One workflow's registers read through one class (ADR 0010): its typed rows, the queries its item view, its KPIs
 * and its evidence pack make, and nothing else naming its columns.
 */
public abstract class WorkflowRegisters {

    protected final RegisterReader reader;
    private final List<RowType<?>> rowTypes;

    /** @param rowTypes the workflow's registers; the first one names its items (one REGISTERED or OPENED row each) */
    protected WorkflowRegisters(RegisterReader reader, RowType<?>... rowTypes) {
        this.reader = reader;
        this.rowTypes = List.of(rowTypes);
    }

    public List<RowType<?>> rowTypes() {
        return rowTypes;
    }

    public List<Register> registers() {
        return rowTypes.stream().<Register>map(RowType::register).toList();
    }

    /**
     * A query for the business keys of the items entered before its first parameter (an instant) and not closed
     * before its second, as the workflow dates the entry and the closure (corrections applied). It may name a few
     * more, never fewer; it should cost what the period's items cost, not all history.
     */
    public abstract String keysOpenDuring();
}
