package uk.care.tracker.corrections;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.care.tracker.api.Forbidden;
import uk.care.tracker.api.NotFound;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.CurrentUser;
import uk.care.tracker.registers.Register;

/**
 * {@code POST /api/registers/{register}/{rowId}/corrections} with {@code {"reason": "...", "changes": {...}}}:
 * for example reopening a closure found to rest on evidence that did not exist. Registered managers, quality
 * leads and administrators only.
 */
@RestController
public class RegisterCorrectionController {

    static final List<String> CORRECTORS = List.of(CareGroups.REGISTERED_MANAGERS, CareGroups.QUALITY_LEADS, CareGroups.ADMINS);

    private final RegisterCorrections corrections;

    public RegisterCorrectionController(RegisterCorrections corrections) {
        this.corrections = corrections;
    }

    public record Correction(String reason, Map<String, Object> changes) {
    }

    @PostMapping("/api/registers/{register}/{rowId}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> correct(@PathVariable String register, @PathVariable long rowId, @RequestBody Correction correction,
                                       CurrentUser user) {
        if (!user.inAnyGroup(CORRECTORS)) {
            throw new Forbidden("Only registered managers and quality leads may correct a register");
        }
        Register chosen = Arrays.stream(Register.values()).filter(r -> r.table().equals(register)).findFirst()
                .orElseThrow(() -> new NotFound("No register called " + register));
        return corrections.correct(chosen, rowId, correction.changes(), correction.reason(), user.userId());
    }
}
