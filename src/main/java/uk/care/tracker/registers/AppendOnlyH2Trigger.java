package uk.care.tracker.registers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.Trigger;

/**
 * H2's counterpart of the PostgreSQL trigger that keeps registers append-only (see the V2 and V61 migrations).
 * The one exception is the retention run's erasure (ADR 0007): a DELETE is let through while the session variable
 * {@code @tracker_retention_erasure} is {@code 'on'}, which only the retention run sets, for the length of its erasure
 * and never past its transaction. An UPDATE is always refused.
 */
public class AppendOnlyH2Trigger implements Trigger {

    /** The session variable the retention run sets; H2 has no transaction-local settings. */
    public static final String ERASURE_FLAG = "@tracker_retention_erasure";

    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null && erasureAllowed(conn)) {
            return;
        }
        throw new SQLException("Register " + table + " is append-only: add a correcting row instead of changing row "
                + (oldRow == null ? "?" : oldRow[0]));
    }

    private static boolean erasureAllowed(Connection conn) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT " + ERASURE_FLAG)) {
            return rs.next() && "on".equals(rs.getString(1));
        }
    }
}
