package uk.care.tracker.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A broken upload fails while the request is read, before any controller is chosen, so {@link ApiErrors} (which
 * answers for the application's controllers only) never sees it and it would end as a 500. This advice applies to
 * every request and answers only that: 400 for a body that is not readable multipart (a file over the limit keeps
 * Spring's own 413).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UploadErrors {

    private static final Logger log = LoggerFactory.getLogger(UploadErrors.class);

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> unreadable(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            // left to Spring's own 413, which lets the container finish reading the oversized body
            throw e;
        }
        log.info("Unreadable upload: {}", e.getMessage());
        return answer(HttpStatus.BAD_REQUEST, "The upload is not a readable form with a file (multipart/form-data).");
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
