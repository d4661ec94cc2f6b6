package uk.care.tracker.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.care.tracker.calendar.CalendarProperties;
import uk.care.tracker.calendar.Clock;
import uk.care.tracker.calendar.WorkingDays;

/**
 * Finds open tasks whose reminder moment has passed, by the application's clock (so the demo clock moves it):
 * <ul>
 *   <li>due soon: from 00:00 of the working day before the due date, for tasks created before that moment
 *       (a task created later has just been announced with its due date), until it is overdue;</li>
 *   <li>overdue: from 00:00 on the day after the due date (SPEC section 3).</li>
 * </ul>
 * Scanning again, on any node or after a restart, records nothing twice: the idempotency keys name the task, the
 * occasion, the due date and the person. Each task is recorded in its own transaction.
 */
@Component
public class ReminderScan {

    private static final Logger log = LoggerFactory.getLogger(ReminderScan.class);

    /** Far enough ahead to cover the working day before a due date after a long bank-holiday break. */
    private static final Duration LOOK_AHEAD = Duration.ofDays(14);

    private final OpenTasks openTasks;
    private final TaskNotices notices;
    private final WorkingDays workingDays;
    private final CalendarProperties calendar;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public ReminderScan(OpenTasks openTasks, TaskNotices notices, WorkingDays workingDays, CalendarProperties calendar,
                        Clock clock, TransactionTemplate transaction) {
        this.openTasks = openTasks;
        this.notices = notices;
        this.workingDays = workingDays;
        this.calendar = calendar;
        this.clock = clock;
        this.transaction = transaction;
    }

    public void scan() {
        LocalDate today = clock.today();
        for (TaskSnapshot task : openTasks.dueBefore(clock.now().plus(LOOK_AHEAD))) {
            LocalDate dueDay = clock.dateOf(task.due());
            try {
                if (today.isAfter(dueDay)) {
                    transaction.executeWithoutResult(status -> notices.overdue(task));
                } else if (!today.isBefore(dueSoonFrom(dueDay)) && createdBefore(task, dueSoonFrom(dueDay))) {
                    transaction.executeWithoutResult(status -> notices.dueSoon(task));
                }
            } catch (RuntimeException e) {
                // one bad task must not stop the reminders of all the others; the next scan tries it again
                log.error("Could not record the reminder for task {} ({})", task.taskId(), task.businessKey(), e);
            }
        }
    }

    /** The working day before the due date. */
    LocalDate dueSoonFrom(LocalDate dueDay) {
        LocalDate day = dueDay.minusDays(1);
        while (!workingDays.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private boolean createdBefore(TaskSnapshot task, LocalDate day) {
        Instant startOfDay = day.atStartOfDay(calendar.zone()).toInstant();
        return task.created() == null || task.created().isBefore(startOfDay);
    }
}
