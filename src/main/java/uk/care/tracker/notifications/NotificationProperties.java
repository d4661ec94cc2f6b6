package uk.care.tracker.notifications;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the reminders ({@code tracker.notifications.*}). The mail server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} messages are recorded and held, not sent.
 *
 * @param baseUrl          where people reach the application; links in messages start with it
 * @param from             the sender, e.g. {@code Supervision Action Tracker <no-reply@care.example>}
 * @param scanInterval     how often open tasks are checked for due-soon and overdue reminders and the digest
 * @param dispatchInterval how often queued messages are delivered
 * @param batchSize        at most this many messages per delivery run
 * @param maxAttempts      delivery attempts before a message is marked FAILED
 * @param firstRetryAfter  wait after the first failed attempt; doubled after each further failure
 * @param maxRetryAfter    the longest wait between two attempts
 * @param digestDay        day of the weekly digest to line managers
 * @param digestTime       local time (provider's zone) from which the digest is sent on that day
 * @param digestGroup      the group whose members receive the digest
 * @param scanLockAtMostFor with several nodes, how long a node that stopped in the middle of a scan keeps the others
 *                          from scanning (ADR 0006); longer than a scan ever takes
 */
@ConfigurationProperties("tracker.notifications")
public record NotificationProperties(String baseUrl, String from, Duration scanInterval, Duration dispatchInterval,
                                     Integer batchSize, Integer maxAttempts, Duration firstRetryAfter,
                                     Duration maxRetryAfter, DayOfWeek digestDay, LocalTime digestTime,
                                     String digestGroup, Duration scanLockAtMostFor) {

    public NotificationProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        from = from == null || from.isBlank() ? "Supervision Action Tracker <no-reply@localhost>" : from;
        scanInterval = scanInterval == null ? Duration.ofMinutes(1) : scanInterval;
        dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(30) : dispatchInterval;
        batchSize = batchSize == null ? 50 : batchSize;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        firstRetryAfter = firstRetryAfter == null ? Duration.ofMinutes(1) : firstRetryAfter;
        maxRetryAfter = maxRetryAfter == null ? Duration.ofHours(1) : maxRetryAfter;
        digestDay = digestDay == null ? DayOfWeek.FRIDAY : digestDay;
        digestTime = digestTime == null ? LocalTime.of(7, 30) : digestTime;
        digestGroup = digestGroup == null || digestGroup.isBlank() ? "line-managers" : digestGroup;
        scanLockAtMostFor = scanLockAtMostFor == null ? Duration.ofMinutes(10) : scanLockAtMostFor;
    }

    /** The wait before attempt {@code failedAttempts + 1}: first, 2 x first, 4 x first ... up to the maximum. */
    public Duration retryAfter(int failedAttempts) {
        Duration wait = firstRetryAfter;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxRetryAfter) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
    }

    /** The task in Tasklist. */
    public String taskUrl(String taskId) {
        return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    /** Tasklist showing the tasks of one process instance (used where no single task exists yet). */
    public String processTasksUrl(String processInstanceId) {
        String query = "[{\"type\":\"processInstanceId\",\"operator\":\"eq\",\"value\":\"" + processInstanceId + "\",\"name\":\"\"}]";
        return baseUrl + "/camunda/app/tasklist/default/#/?searchQuery="
                + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String tasklistUrl() {
        return baseUrl + "/camunda/app/tasklist/default/";
    }
}
