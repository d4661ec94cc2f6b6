package uk.care.tracker.registers;

import java.util.List;
import java.util.Optional;

/** A workflow's registers, read as tracked items. Each workflow answers for its own business key prefix. */
public interface TrackedItemSource {

    /** The business key prefix this source answers for, e.g. {@code SA}. */
    String prefix();

    Optional<TrackedItem.WithParticipants> find(String businessKey);

    /** Every item of this workflow, read with one query per register. */
    List<TrackedItem> findAll();

    /** Every item of this workflow about one staff member, read with one query per register. */
    List<TrackedItem> findByStaff(String staffId);
}
