package uk.care.tracker.registers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import uk.care.tracker.registers.TrackedItem.Attachment;

/**
 * A workflow's tracked items read from its registers. One item and a whole list are built by the same
 * {@link #build}; a list reads each register once, not once per item.
 */
public abstract class RegisterItemSource implements TrackedItemSource {

    /** Where the evidence files that closed items are described; a workflow without attachments uses {@link #NONE}. */
    public interface Attachments {
        Attachment attachment(String evidenceId);

        Map<String, Attachment> attachments();
    }

    public static final Attachments NONE = new Attachments() {
        @Override
        public Attachment attachment(String evidenceId) {
            return null;
        }

        @Override
        public Map<String, Attachment> attachments() {
            return Map.of();
        }
    };

    private final RegisterReader reader;
    private final WorkflowRegisters workflow;
    private final List<Register> registers;
    private final Attachments attachments;

    /** @param workflow the workflow's registers, read through the one class that names their columns */
    protected RegisterItemSource(WorkflowRegisters workflow, Attachments attachments) {
        this.reader = workflow.reader;
        this.workflow = workflow;
        this.registers = workflow.registers();
        this.attachments = attachments;
    }

    @Override
    public Optional<TrackedItem.WithParticipants> find(String businessKey) {
        return build(businessKey, reader.item(businessKey), attachments::attachment);
    }

    @Override
    public List<TrackedItem> findAll() {
        return list(reader.batch(registers, "1 = 1"));
    }

    @Override
    public List<TrackedItem> findByStaff(String staffId) {
        return list(reader.batch(registers, RegisterRow.STAFF_ID + " = ?", staffId));
    }

    /** Keys named by the caller are read in chunks, so that a long list never exceeds the driver's parameter limit. */
    private static final int KEYS_PER_QUERY = 500;

    // the instants are bound as timestamps: the PostgreSQL driver cannot type an Instant
    @Override
    public List<TrackedItem> findOpenDuring(Instant start, Instant end, Collection<String> alsoKeys) {
        List<TrackedItem> items = new ArrayList<>(list(reader.batch(registers,
                "r." + RegisterRow.BUSINESS_KEY + " IN (" + workflow.keysOpenDuring() + ")",
                Timestamp.from(end), Timestamp.from(start))));
        Set<String> read = new HashSet<>();
        items.forEach(i -> read.add(i.businessKey()));
        List<String> rest = alsoKeys.stream().filter(k -> k.startsWith(prefix() + "-") && !read.contains(k))
                .distinct().sorted().toList();
        for (int i = 0; i < rest.size(); i += KEYS_PER_QUERY) {
            List<String> chunk = rest.subList(i, Math.min(rest.size(), i + KEYS_PER_QUERY));
            items.addAll(list(reader.batch(registers,
                    "r." + RegisterRow.BUSINESS_KEY + " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", chunk.toArray())));
        }
        return items;
    }

    private List<TrackedItem> list(ItemRows.Batch batch) {
        Map<String, Attachment> all = attachments.attachments();
        return batch.businessKeys(registers.get(0)).stream()
                .flatMap(key -> build(key, batch.item(key), all::get).stream())
                .map(TrackedItem.WithParticipants::item).toList();
    }

    /** The item with this key from its register rows; empty when the rows hold no such item. */
    protected abstract Optional<TrackedItem.WithParticipants> build(String businessKey, ItemRows rows,
                                                                    Function<String, Attachment> attachments);
}
