package uk.care.tracker.registers;

import java.time.Instant;
import java.util.Collection;
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

    /**
     * The items open at any time in a period (entered before {@code end}, not closed before {@code start}), plus the
     * items named in {@code alsoKeys} (those of other workflows are ignored), read with one query per register and
     * without reading the rest of history. The result may hold a few more items than that (the caller applies the
     * exact rule on the built items): never fewer.
     */
    List<TrackedItem> findOpenDuring(Instant start, Instant end, Collection<String> alsoKeys);
}
