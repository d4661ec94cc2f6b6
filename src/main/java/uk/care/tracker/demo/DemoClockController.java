package uk.care.tracker.demo;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.care.tracker.api.ApiErrors.BadRequest;
import uk.care.tracker.api.Forbidden;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.security.CareGroups;
import uk.care.tracker.security.CurrentUser;

/**
 * The demo clock of SPEC section 8: moves the engine clock so a demonstration can pass deadlines and weeks in
 * minutes. Exists only in the demo profile. Anyone logged in may read it; only an administrator ({@code camunda-admin})
 * may move or reset it, because it moves time for every user, every deadline and every timer at once.
 */
@RestController
@Profile("demo")
@RequestMapping("/api/demo/clock")
public class DemoClockController {

    private final Clock clock;
    private final ProcessEngine engine;

    public DemoClockController(Clock clock, ProcessEngine engine) {
        this.clock = clock;
        this.engine = engine;
    }

    public record ClockSetting(String now) {
    }

    @GetMapping
    public Map<String, Object> current() {
        return Map.of("now", clock.now().toString(), "local", clock.nowLocal().toString());
    }

    @PostMapping
    public Map<String, Object> set(CurrentUser user, @RequestBody ClockSetting setting) {
        requireAdministrator(user);
        if (setting == null || setting.now() == null) {
            throw new BadRequest("Give the time as {\"now\":\"2026-12-30T09:00:00Z\"}");
        }
        try {
            ClockUtil.setCurrentTime(Date.from(Instant.parse(setting.now())));
        } catch (DateTimeParseException e) {
            throw new BadRequest("'" + setting.now() + "' is not an ISO-8601 instant such as 2026-12-30T09:00:00Z");
        }
        wakeJobExecutor();
        return current();
    }

    @DeleteMapping
    public Map<String, Object> reset(CurrentUser user) {
        requireAdministrator(user);
        ClockUtil.reset();
        wakeJobExecutor();
        return current();
    }

    private static void requireAdministrator(CurrentUser user) {
        if (user == null || !user.groupIds().contains(CareGroups.ADMINS)) {
            throw new Forbidden("Only an administrator (camunda-admin) may move the demo clock: it moves time for everyone "
                    + "using this demonstration. Log in as admin to move it.");
        }
    }

    /** Timers that the new time makes due run now, not at the next idle poll. */
    private void wakeJobExecutor() {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (executor != null && executor.isActive()) {
            executor.jobWasAdded();
        }
    }
}
