package uk.care.tracker.support;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import uk.care.tracker.staff.StaffDirectory;
import uk.care.tracker.staff.StaffMember;

/** A staff directory that knows the given members, and answers for any other id as the real one does. */
public final class StaffForTests {

    private StaffForTests() {
    }

    public static StaffDirectory directoryOf(StaffMember... members) {
        StaffDirectory staff = mock(StaffDirectory.class);
        when(staff.memberNamedIn(any(), any())).thenCallRealMethod();
        when(staff.find(anyString())).thenReturn(Optional.empty());
        for (StaffMember member : members) {
            when(staff.find(member.staffId())).thenReturn(Optional.of(member));
        }
        return staff;
    }
}
