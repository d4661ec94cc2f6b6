package uk.care.tracker.api;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The body of Spring Boot's error page ({@code /error}), for failures that never reach {@link ApiErrors} (a
 * filter, an unmapped path, a refused content type): the message is shown only when it is plain (see
 * {@link SafeMessages}), and never an exception's class or a stack trace, whatever the configuration says.
 */
@Component
public class SafeErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        attributes.remove("exception");
        attributes.remove("trace");
        attributes.remove("errors");
        if (attributes.containsKey("message")) {
            Object status = attributes.get("status");
            HttpStatus known = status instanceof Integer code ? HttpStatus.resolve(code) : null;
            String plain = known == null ? "The request was refused." : known.getReasonPhrase();
            if (known != null && known.is5xxServerError()) {
                attributes.put("message", ApiErrors.UNEXPECTED);
            } else {
                Object message = attributes.get("message");
                attributes.put("message", SafeMessages.orElse(message == null ? null : message.toString(), plain));
            }
        }
        return attributes;
    }
}
