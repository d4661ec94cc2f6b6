package uk.care.tracker.registers;

/**
 * Told of every change to a register's rows of one item, inside the transaction that made it: an append by
 * {@link RegisterWriter}, or the retention run's erasure. Read models kept in step with the registers implement it.
 */
public interface RegisterChangeListener {

    void changed(Register register, String businessKey);
}
