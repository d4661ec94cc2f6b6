package uk.care.tracker.api;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.CurrentUser;
import uk.care.tracker.registers.TrackedItem;
import uk.care.tracker.registers.TrackedItemSource;

/**
 * {@code GET /api/actions/{businessKey}}: any workflow's item. The oversight groups see every item; anyone else
 * only the items they entered or own. To others an item does not exist (404), as in Tasklist.
 */
@RestController
public class TrackedItemController {

    private final List<TrackedItemSource> sources;

    public TrackedItemController(List<TrackedItemSource> sources) {
        this.sources = sources;
    }

    @GetMapping("/api/actions/{businessKey}")
    public TrackedItem find(@PathVariable String businessKey, CurrentUser user) {
        String prefix = businessKey.contains("-") ? businessKey.substring(0, businessKey.indexOf('-')) : "";
        return sources.stream()
                .filter(source -> source.prefix().equals(prefix))
                .findFirst()
                .flatMap(source -> source.find(businessKey))
                .filter(found -> user.inAnyGroup(CareGroups.OVERSIGHT) || found.participants().contains(user.userId()))
                .map(TrackedItem.WithParticipants::item)
                .orElseThrow(() -> new NotFound("No tracked item " + businessKey + " that you can see"));
    }
}
