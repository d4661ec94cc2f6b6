package uk.care.tracker.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.care.tracker.engine.AdministrationOnly;
import uk.care.tracker.engine.FormFields;
import uk.care.tracker.engine.InvalidEntry;

/**
 * The one way into the engine for care users, on both engine APIs: {@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}. Everyone but {@code camunda-admin} may do what Tasklist does and nothing more:
 * read what the engine's authorizations let them see, start a process at its start event with its start form's
 * fields, claim a task for themselves and complete it with its form's fields. Everything else is refused with a
 * reason before the engine is touched. The allow-list and the Tasklist requests it serves are in
 * {@code docs/adr/0003-engine-api-allowed-surface.md}.
 * <p>
 * For every caller, a failure the engine reports as a 5xx reaches the person without SQL, class names or stack
 * traces; a form check's refusal that an endpoint reports as a 500 answers 400 with the check's message.
 */
public class EngineApiGate extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineApiGate.class);

    static final String REST_ROOT = "/engine-rest";
    static final String WEBAPP_ROOT = "/camunda/api/engine";
    private static final int MAX_BODY_BYTES = 1_000_000;
    /** The history tables keep a string variable in a column of this size (PostgreSQL refuses longer ones). */
    static final int MAX_TEXT = 4000;
    /** Value types a form sends; no serialized Java objects, files or bytes. */
    private static final Set<String> FORM_VALUE_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
            "date", "json", "null");

    private final IdentityService identityService;
    private final FormFields forms;
    private final ObjectMapper json = new ObjectMapper();

    public EngineApiGate(IdentityService identityService, FormFields forms) {
        this.identityService = identityService;
        this.forms = forms;
    }

    /** What the caller asked for, relative to the engine: {@code task/42/submit-form}. */
    record Call(String method, List<String> path) {
        boolean is(String verb, String pattern) {
            if (!method.equals(verb)) {
                return false;
            }
            String[] parts = pattern.isEmpty() ? new String[0] : pattern.split("/");
            if (parts.length != path.size()) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                if (!parts[i].equals("*") && !parts[i].equals(path.get(i))) {
                    return false;
                }
            }
            return true;
        }

        String segment(int index) {
            return path.get(index);
        }

        @Override
        public String toString() {
            return method + " " + String.join("/", path);
        }
    }

    /** The answer to a call that is not let in. */
    record Refusal(int status, String message) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        InvalidEntry.forget();
        try {
            HttpServletRequest checked = request;
            Caller caller = caller(request);
            if (caller != null && !caller.admin()) {
                CachedBody body = new CachedBody(request);
                Refusal refusal = body.tooLarge() ? new Refusal(413, "The request is larger than the engine API accepts.")
                        : check(call(request), request.getQueryString(), body.bytes(), caller);
                if (refusal != null) {
                    log.info("Engine API refused for {}: {} {} ({})", caller.userId(), request.getMethod(),
                            request.getRequestURI(), refusal.message());
                    write(response, refusal.status(), refusal.message());
                    return;
                }
                checked = PagedList.of(call(request), body);
            }
            ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
            chain.doFilter(checked, answer);
            if (answer.getStatus() >= 500) {
                answer.resetBuffer();
                InvalidEntry refused = InvalidEntry.lastOnThisThread();
                if (refused != null) {
                    write(answer, 400, refused.getMessage());
                } else {
                    log.warn("The engine API answered {} to {} {}", answer.getStatus(), request.getMethod(), request.getRequestURI());
                    write(answer, answer.getStatus(), "Something went wrong on our side; it has been logged. "
                            + "Please try again or tell your administrator.");
                }
            }
            answer.copyBodyToResponse();
        } finally {
            InvalidEntry.forget();
        }
    }

    // ---------------------------------------------------------------------------------------------- the allow-list

    /** Null when the call may go on to the engine; otherwise why not. */
    Refusal check(Call call, String query, byte[] body, Caller caller) {
        if (call == null) {
            return new Refusal(400, "The address is not one the engine API accepts (encoded separators, '..' or ';').");
        }
        if (call.path().contains("statistics")) {
            return new Refusal(403, "Statistics are Cockpit's, for administrators.");
        }
        if (readOnly(call)) {
            return PagedList.check(call, query);
        }
        if (call.is("POST", "process-definition/*/submit-form") || call.is("POST", "process-definition/*/start")) {
            return checkStart(body, forms.ofStart(call.segment(1)).orElse(null));
        }
        if (call.is("POST", "process-definition/key/*/submit-form") || call.is("POST", "process-definition/key/*/start")) {
            return checkStart(body, forms.ofLatestStart(call.segment(2)).map(FormFields.StartForm::fields).orElse(null));
        }
        if (call.is("POST", "task/*/submit-form") || call.is("POST", "task/*/complete")) {
            return checkCompletion(body, forms.ofTask(call.segment(1)).map(FormFields.TaskForm::fields).orElse(null));
        }
        if (call.is("POST", "task/*/claim")) {
            return checkClaim(body, caller);
        }
        if (call.is("POST", "task/*/unclaim")) {
            return null;
        }
        if (call.is("POST", "task/*/comment/create")) {
            return checkComment(body);
        }
        return new Refusal(403, call.method() + " " + String.join("/", call.path()) + " is not open to care users: "
                + "they start processes at their start form, claim and complete their own tasks, and read what they may see. "
                + "Administration (jobs, incidents, modification, variables, messages, deployments) belongs to "
                + AdministrationOnly.ADMIN_GROUP + ".");
    }

    /** Reads that Tasklist makes; the engine's authorizations decide what each returns. */
    private static boolean readOnly(Call call) {
        for (String verb : List.of("GET", "HEAD", "OPTIONS")) {
            for (String pattern : READS) {
                if (call.is(verb, pattern)) {
                    return true;
                }
            }
        }
        // queries sent as POST bodies
        return call.is("POST", "filter/*/list") || call.is("POST", "filter/*/count") || call.is("POST", "filter/*/singleResult")
                || call.is("POST", "task") || call.is("POST", "task/count");
    }

    static final List<String> READS = List.of("", "engine",
            "filter", "filter/count", "filter/*", "filter/*/count", "filter/*/list", "filter/*/singleResult",
            "task", "task/count", "task/*", "task/*/form", "task/*/deployed-form", "task/*/rendered-form",
            "task/*/form-variables", "task/*/variables", "task/*/variables/*", "task/*/identity-links", "task/*/comment",
            "task/*/comment/*",
            "process-definition", "process-definition/count", "process-definition/*", "process-definition/*/startForm",
            "process-definition/*/deployed-start-form", "process-definition/*/rendered-form",
            "process-definition/*/form-variables", "process-definition/*/xml", "process-definition/key/*",
            "process-definition/key/*/startForm", "process-definition/key/*/deployed-start-form",
            "process-definition/key/*/form-variables", "process-definition/key/*/xml",
            "process-instance/*",
            "user", "user/count", "user/*/profile", "group", "group/count", "group/*", "identity/groups",
            "history/user-operation", "history/user-operation/count");

    private Refusal checkStart(byte[] body, java.util.Set<String> fields) {
        ObjectNode request;
        try {
            request = object(body);
        } catch (JsonProcessingException e) {
            return new Refusal(400, "The request body is not valid JSON.");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = request.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            JsonNode value = property.getValue();
            switch (name) {
                case "variables", "withVariablesInReturn" -> { }
                case "businessKey" -> {
                    if (!value.isNull() && !value.asText().isEmpty()) {
                        return new Refusal(400, "Business keys are assigned by the application; leave businessKey out.");
                    }
                }
                default -> {
                    if (!value.isNull() && !(value.isBoolean() && !value.asBoolean())) {
                        return new Refusal(400, "'" + name + "' is not accepted: a process starts at its start event, "
                                + "with every check, and with the start form's fields only.");
                    }
                }
            }
        }
        return fields == null ? null : checkVariables(request.get("variables"), fields, "start form");
    }

    private Refusal checkCompletion(byte[] body, java.util.Set<String> fields) {
        ObjectNode request;
        try {
            request = object(body);
        } catch (JsonProcessingException e) {
            return new Refusal(400, "The request body is not valid JSON.");
        }
        for (Iterator<String> it = request.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals("variables") && !name.equals("withVariablesInReturn")) {
                return new Refusal(400, "'" + name + "' is not accepted when a task is completed.");
            }
        }
        return fields == null ? null : checkVariables(request.get("variables"), fields, "task's form");
    }

    private Refusal checkVariables(JsonNode variables, java.util.Set<String> fields, String form) {
        if (variables == null || variables.isNull()) {
            return null;
        }
        if (!variables.isObject()) {
            return new Refusal(400, "'variables' must be an object of name to {\"value\": ...}.");
        }
        List<String> notOnForm = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            if (!fields.contains(variable.getKey())) {
                notOnForm.add(variable.getKey());
                continue;
            }
            Refusal refusal = checkValue(variable.getKey(), variable.getValue());
            if (refusal != null) {
                return refusal;
            }
        }
        if (!notOnForm.isEmpty()) {
            return new Refusal(400, "Not a field of this " + form + ": " + String.join(", ", notOnForm)
                    + ". Only the form's own fields can be submitted.");
        }
        return null;
    }

    private static Refusal checkValue(String name, JsonNode variable) {
        if (!variable.isObject()) {
            return new Refusal(400, "The value of '" + name + "' must be sent as {\"value\": ...}.");
        }
        JsonNode type = variable.get("type");
        if (type != null && !type.isNull() && !FORM_VALUE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT))) {
            return new Refusal(400, "'" + name + "' has the type " + type.asText() + ", which no form sends.");
        }
        JsonNode value = variable.get("value");
        if (value != null && value.isTextual()) {
            String text = value.asText();
            if (text.length() > MAX_TEXT) {
                return new Refusal(400, "'" + name + "' is longer than " + MAX_TEXT + " characters.");
            }
            if (text.indexOf('\0') >= 0) {
                return new Refusal(400, "'" + name + "' contains a NUL character.");
            }
        } else if (value != null && (value.isObject() || value.isArray()) && value.toString().length() > MAX_TEXT) {
            return new Refusal(400, "'" + name + "' is longer than " + MAX_TEXT + " characters.");
        }
        return null;
    }

    private Refusal checkClaim(byte[] body, Caller caller) {
        try {
            JsonNode userId = object(body).get("userId");
            if (userId == null || !caller.userId().equals(userId.asText())) {
                return new Refusal(403, "You can claim a task for yourself only.");
            }
            return null;
        } catch (JsonProcessingException e) {
            return new Refusal(400, "The request body is not valid JSON.");
        }
    }

    private Refusal checkComment(byte[] body) {
        try {
            JsonNode message = object(body).get("message");
            if (message == null || !message.isTextual() || message.asText().isBlank()) {
                return new Refusal(400, "Write the comment's message.");
            }
            if (message.asText().length() > MAX_TEXT || message.asText().indexOf('\0') >= 0) {
                return new Refusal(400, "A comment is at most " + MAX_TEXT + " characters of text.");
            }
            return null;
        } catch (JsonProcessingException e) {
            return new Refusal(400, "The request body is not valid JSON.");
        }
    }

    private ObjectNode object(byte[] body) throws JsonProcessingException {
        if (body.length == 0) {
            return json.createObjectNode();
        }
        JsonNode node = json.readTree(new String(body, StandardCharsets.UTF_8));
        if (node == null || node.isNull() || node.isMissingNode()) {
            return json.createObjectNode();
        }
        if (!node.isObject()) {
            throw new JsonProcessingException("not an object") { };
        }
        return (ObjectNode) node;
    }

    // ------------------------------------------------------------------------------------------- who and what

    record Caller(String userId, List<String> groups) {
        boolean admin() {
            return groups.contains(AdministrationOnly.ADMIN_GROUP);
        }
    }

    /**
     * The logged-in caller: on {@code /engine-rest} from Camunda's authentication filter, which runs before this
     * one; on the webapps' API from the login session. Null when nobody is logged in (the engine API refuses).
     */
    private Caller caller(HttpServletRequest request) {
        if (path(request).startsWith(REST_ROOT)) {
            Authentication authentication = identityService.getCurrentAuthentication();
            return authentication == null || authentication.getUserId() == null ? null
                    : new Caller(authentication.getUserId(), groups(authentication.getGroupIds()));
        }
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null) {
            return null;
        }
        for (org.camunda.bpm.webapp.impl.security.auth.Authentication authentication : authentications.getAuthentications()) {
            if (authentication instanceof UserAuthentication user) {
                return new Caller(user.getName(), groups(user.getGroupIds()));
            }
        }
        return null;
    }

    private static List<String> groups(java.util.Collection<String> groups) {
        return groups == null ? List.of() : List.copyOf(groups);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The call relative to the engine, or null for an address that could mean something else to the engine. */
    static Call call(HttpServletRequest request) {
        return call(request.getMethod(), path(request));
    }

    static Call call(String method, String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (rawPath.contains(";") || rawPath.contains("\\") || lower.contains("%2f") || lower.contains("%5c")
                || lower.contains("%3b") || lower.contains("%2e")) {
            return null;
        }
        String rest;
        if (rawPath.startsWith(REST_ROOT)) {
            rest = rawPath.substring(REST_ROOT.length());
        } else if (rawPath.startsWith(WEBAPP_ROOT)) {
            rest = rawPath.substring(WEBAPP_ROOT.length());
        } else {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (String segment : rest.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String decoded = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (decoded.equals("..") || decoded.equals(".")) {
                return null;
            }
            segments.add(decoded);
        }
        // both APIs also answer under engine/{name}/...; the engine list itself is "engine"
        if (segments.size() >= 2 && segments.get(0).equals("engine")) {
            segments = segments.subList(2, segments.size());
        }
        return new Call(method.toUpperCase(Locale.ROOT), List.copyOf(segments));
    }

    private static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        ObjectNode body = new ObjectMapper().createObjectNode();
        body.put("type", status >= 500 ? "ServerError" : status == 403 ? "Forbidden" : "InvalidRequest");
        body.put("status", status);
        body.put("message", message);
        response.getWriter().write(body.toString());
    }

    /** The request with its body read once, so that it can be checked and then handed to the engine. */
    private static final class CachedBody extends RequestWithBody {

        private final boolean tooLarge;

        private CachedBody(HttpServletRequest request, byte[] read) {
            super(request, read);
            this.tooLarge = read.length > MAX_BODY_BYTES;
        }

        CachedBody(HttpServletRequest request) throws IOException {
            this(request, request.getInputStream().readNBytes(MAX_BODY_BYTES + 1));
        }

        boolean tooLarge() {
            return tooLarge;
        }
    }
}
