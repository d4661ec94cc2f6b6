package uk.care.tracker.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import uk.care.tracker.engine.EntryCheck;
import uk.care.tracker.engine.InvalidEntry;

/**
 * Turns failures of the application's API into a status and a sentence for the person; never a stack trace, a
 * class name or an SQL statement (messages pass {@link SafeMessages}; the exception itself goes to the log).
 * Everything a person can get wrong in a request (its JSON, a parameter's type, a value too long for its column)
 * answers 4xx, so that a 500 always means a fault of the application.
 */
@RestControllerAdvice(basePackages = "uk.care.tracker")
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    static final String UNEXPECTED =
            "Something went wrong on our side; it has been logged. Please try again or tell your administrator.";
    static final String NOT_ACCEPTED = "The request has a value that cannot be accepted. Check what you entered.";

    @ExceptionHandler(RefusedWithErrors.class)
    ResponseEntity<Map<String, Object>> refusedWithErrors(RefusedWithErrors e) {
        Map<String, Object> body = body(HttpStatus.BAD_REQUEST, e.getMessage());
        body.put("errors", e.errors());
        return ResponseEntity.badRequest().body(body);
    }

    /** Refusals the application words itself: their messages are written for the person. */
    @ExceptionHandler({BadRequest.class, InvalidEntry.class})
    ResponseEntity<Map<String, Object>> badRequest(RuntimeException e) {
        return status(HttpStatus.BAD_REQUEST, SafeMessages.orElse(e.getMessage(), NOT_ACCEPTED));
    }

    /**
     * The engine's refusals and argument checks deeper down: their messages may name classes or engine codes, so
     * only a message without any of that is shown.
     */
    @ExceptionHandler({BadUserRequestException.class, IllegalArgumentException.class})
    ResponseEntity<Map<String, Object>> refusedBelow(RuntimeException e) {
        log.info("Request refused: {}", e.toString());
        return status(HttpStatus.BAD_REQUEST, SafeMessages.orElse(e.getMessage(), NOT_ACCEPTED));
    }

    /** A body that is not JSON, or JSON of the wrong shape (a text where a number belongs, an array for an object). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        log.info("Unreadable request body: {}", e.getMessage());
        return status(HttpStatus.BAD_REQUEST, unreadableReason(e));
    }

    /** A path or query parameter of the wrong type: {@code /api/registers/x/abc/corrections}, {@code from=tomorrow}. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, TypeMismatchException.class})
    ResponseEntity<Map<String, Object>> wrongType(TypeMismatchException e) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return status(HttpStatus.BAD_REQUEST, "The value '" + EntryCheck.shown(e.getValue()) + "' of '" + name
                + "' is not " + expected(e.getRequiredType()) + ".");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return status(HttpStatus.PAYLOAD_TOO_LARGE, "The file is larger than the upload limit");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> badUpload(MultipartException e) {
        log.info("Unreadable upload: {}", e.getMessage());
        return status(HttpStatus.BAD_REQUEST, "The upload is not a readable form with a file (multipart/form-data).");
    }

    @ExceptionHandler(Forbidden.class)
    ResponseEntity<Map<String, Object>> forbidden(Forbidden e) {
        return status(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Map<String, Object>> notFound(NotFound e) {
        return status(HttpStatus.NOT_FOUND, SafeMessages.orElse(e.getMessage(), "Not found"));
    }

    /**
     * Spring MVC's own refusals (a missing parameter or part, an unsupported content type or method, no such
     * path): their status, and their detail when it is plain.
     */
    private static ResponseEntity<Map<String, Object>> framework(ErrorResponse response) {
        HttpStatusCode code = response.getStatusCode();
        String detail = response.getBody().getDetail();
        HttpStatus status = HttpStatus.resolve(code.value());
        String plain = status == null ? "The request was refused." : "The request was refused: " + status.getReasonPhrase() + ".";
        return ResponseEntity.status(code).body(body(code.value(), SafeMessages.orElse(detail, plain)));
    }

    /**
     * A value the database refused (too long for its column, a broken reference, a NUL on PostgreSQL): the checks
     * before it should have caught it, so it is logged, but it is the request's value, not a fault, and the
     * transaction has rolled back.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Map<String, Object>> refusedByDatabase(DataIntegrityViolationException e) {
        log.warn("A value reached the database and was refused there; a check should have caught it first", e);
        return status(HttpStatus.BAD_REQUEST, "A value is too long or not allowed there, so nothing was saved. "
                + "Check what you entered.");
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Map<String, Object>> database(DataAccessException e) {
        log.error("Database failure in the API", e);
        return status(HttpStatus.SERVICE_UNAVAILABLE,
                "The records could not be read or saved just now; nothing was changed. Please try again shortly.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            return framework(response);
        }
        log.error("Unexpected failure in the API", e);
        return status(HttpStatus.INTERNAL_SERVER_ERROR, UNEXPECTED);
    }

    private static ResponseEntity<Map<String, Object>> status(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(body(status.value(), message));
    }

    private static Map<String, Object> body(HttpStatus status, String message) {
        return body(status.value(), message);
    }

    private static Map<String, Object> body(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        return body;
    }

    private static String unreadableReason(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "The request body has a value of the wrong type or shape at '" + EntryCheck.shown(field) + "'.";
        }
        if (cause instanceof JsonMappingException) {
            return "The request body does not have the expected shape (a JSON object with the documented fields).";
        }
        if (cause instanceof JsonProcessingException) {
            return "The request body is not valid JSON.";
        }
        String message = e.getMessage();
        if (message != null && message.startsWith("Required request body is missing")) {
            return "The request has no body.";
        }
        return "The request body could not be read.";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of the expected type";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time (ISO 8601)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants()).stream().map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return "of the expected kind";
    }

    /** A request the person can correct; answered with 400 and the message. */
    public static class BadRequest extends RuntimeException {
        public BadRequest(String message) {
            super(message);
        }

        public static BadRequest of(List<String> problems) {
            return new BadRequest(String.join(" ", problems));
        }
    }
}
