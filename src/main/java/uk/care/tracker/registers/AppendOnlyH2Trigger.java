package uk.care.tracker.registers;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's counterpart of the PostgreSQL trigger that keeps registers append-only (see the V2 migrations). */
public class AppendOnlyH2Trigger implements Trigger {

    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("Register " + table + " is append-only: add a correcting row instead of changing row "
                + (oldRow == null ? "?" : oldRow[0]));
    }
}
