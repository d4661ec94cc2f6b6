package uk.care.tracker.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.care.tracker.security.RequestWithBody;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a Tasklist filter's count or page ({@code filter/{id}/count}, {@code filter/{id}/list}, on both engine APIs)
 * from memory when the same caller asked exactly the same question and nothing it depends on has changed since
 * (ADR 0005, decision 5). Twenty people refreshing "My team's tasks" then cost one database round trip each instead
 * of counting 26,000 tasks each.
 *
 * <p>Why no one can see a task they may not see: an answer is stored under the caller's whole authorization identity
 * (user, groups, tenants, as the engine checks them) and the whole request (path, query, Accept, body), so it is only
 * ever handed to a caller whose own request would run the very same query. It is stored with the
 * caller's {@link TaskVisibilityVersion} token read <em>before</em> the engine ran the query, and served only while the
 * token is still that one: any commit on any node to a task the caller may see (before or after), its candidate
 * links or grants, and any commit to a wider authorization, filter, definition, user, group, membership or tenant
 * moves it, so the engine would answer the same (ADR 0005, decision 6). Only 200 answers are stored; refusals are always
 * the engine's own. Requests whose answer could depend on anything else (variables, process instances, the clock
 * through an expression, search criteria) are never cached: the request body and the filter's stored query must use
 * only the task fields and expressions listed below. Runs after {@code EngineApiGate}, so the gate refuses first.
 */
public class FilterResponseCache extends OncePerRequestFilter {

    private static final Pattern FILTER_CALL = Pattern.compile(
            "(/engine-rest|/camunda/api/engine)(?:/engine/([A-Za-z0-9_-]+))?/filter/([A-Za-z0-9_-]+)/(count|list)");
    private static final Pattern QUERY_STRING = Pattern.compile("(?:(?:firstResult|maxResults)=[0-9]{1,9}&?)*");
    private static final int MAX_BODY = 16 * 1024;
    private static final int MAX_STORED = 256 * 1024;
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "x-xsrf-token", "date", "content-length",
            "content-type", "transfer-encoding", "connection", "keep-alive");
    /** Longer than the bulkhead's queue wait plus a slow count; after it a waiting request asks the engine itself. */
    private static final long LEADER_WAIT_SECONDS = 30;

    /** Stored-query criteria on the task row, its candidate links and its definition only (all watched tables). */
    static final Set<String> FILTER_CRITERIA = Set.of("taskAssignee", "taskAssigneeExpression", "taskCandidateGroup",
            "taskCandidateGroupExpression", "taskCandidateGroupIn", "taskCandidateGroupInExpression", "taskCandidateUser",
            "taskCandidateUserExpression", "includeAssignedTasks", "unassigned", "assigned", "active", "suspended",
            "processDefinitionKey", "processDefinitionKeys", "taskDefinitionKey", "taskDefinitionKeyIn",
            "withCandidateGroups", "withoutCandidateGroups", "withCandidateUsers", "withoutCandidateUsers");
    /** The only expressions allowed: they depend on the caller's identity, which is in the key; never on the clock. */
    static final Set<String> IDENTITY_EXPRESSIONS = Set.of("${currentUser()}", "${currentUserGroups()}");
    /** What Tasklist's page request sends when the filter shows no variables. */
    static final Set<String> BODY_FIELDS = Set.of("processVariables", "taskVariables", "caseInstanceVariables", "sorting");
    static final Set<String> SORT_FIELDS = Set.of("created", "dueDate", "followUpDate", "name", "nameCaseInsensitive",
            "assignee", "priority", "id", "lastUpdated");

    private final IdentityService identityService;
    private final TaskVisibilityVersion version;
    private final Cache<Key, Stored> answers;
    private final ObjectMapper json = new ObjectMapper();
    private final LongAdder hits = new LongAdder();
    private final ConcurrentHashMap<Key, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

    record Key(String caller, String request, String body) {
    }

    record Stored(TaskVisibilityVersion.Token version, String contentType, Map<String, List<String>> headers, byte[] body) {
    }

    /** Who the engine will check: the key holds all of it; the version is read for the user and groups. */
    record Caller(String user, Collection<String> groups, Collection<String> tenants) {
        String key() {
            // sorted, and separated by characters an id cannot silently merge across
            return user + "\u0000" + new TreeSet<>(groups) + "\u0000" + new TreeSet<>(tenants);
        }
    }

    public FilterResponseCache(IdentityService identityService, TaskVisibilityVersion version, long maxBytes) {
        this.identityService = identityService;
        this.version = version;
        // weighed by what an entry holds, so many large pages cannot take the heap; least recently used go first
        this.answers = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Key key, Stored stored) -> 512 + key.caller().length() + key.request().length()
                        + key.body().length() + stored.body().length)
                .build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher call = FILTER_CALL.matcher(path);
        String method = request.getMethod();
        Caller caller;
        if (!call.matches() || !(method.equals("GET") || method.equals("POST"))
                || (request.getQueryString() != null && !QUERY_STRING.matcher(request.getQueryString()).matches())
                || (caller = caller(request, call)) == null) {
            chain.doFilter(request, response);
            return;
        }
        // whole: the gate has already refused bodies over 1 MB from everyone but administrators
        byte[] bytes = request.getInputStream().readAllBytes();
        HttpServletRequest replayed = new RequestWithBody(request, bytes);
        Optional<TaskVisibilityVersion.Token> before = version.current(caller.user(), caller.groups());
        if (bytes.length > MAX_BODY || before.isEmpty() || !cacheableBody(bytes)) {
            chain.doFilter(replayed, response);
            return;
        }
        Key key = new Key(caller.key(), method + " " + path + "?" + request.getQueryString() + " accept=" + request.getHeader("Accept"),
                new String(bytes, StandardCharsets.UTF_8));
        if (serve(key, before.get(), response)) {
            return;
        }
        // the same question already on its way to the database (ten people of one team refreshing at once): wait for
        // that answer instead of counting the same tasks again, then check it is still current
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            awaitQuietly(running);
            Optional<TaskVisibilityVersion.Token> now = version.current(caller.user(), caller.groups());
            if (now.isPresent() && serve(key, now.get(), response)) {
                return;
            }
            ask(call.group(3), key, now.orElse(before.get()), replayed, response, chain);
            return;
        }
        try {
            ask(call.group(3), key, before.get(), replayed, response, chain);
        } finally {
            inFlight.remove(key, mine);
            mine.complete(null);
        }
    }

    private boolean serve(Key key, TaskVisibilityVersion.Token current, HttpServletResponse response) throws IOException {
        Stored stored = answers.getIfPresent(key);
        if (stored == null || !stored.version().equals(current)) {
            return false;
        }
        hits.increment();
        response.setStatus(HttpServletResponse.SC_OK);
        stored.headers().forEach((name, values) -> {
            for (int i = 0; i < values.size(); i++) {
                if (i == 0) {
                    response.setHeader(name, values.get(i));
                } else {
                    response.addHeader(name, values.get(i));
                }
            }
        });
        response.setContentType(stored.contentType());
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
        return true;
    }

    /** Lets the engine answer, and keeps a 200 answer under the version read before it started. */
    private void ask(String filterId, Key key, TaskVisibilityVersion.Token before, HttpServletRequest request, HttpServletResponse response,
                     FilterChain chain) throws IOException, ServletException {
        boolean cacheableFilter = cacheableFilter(version.filterQuery(filterId));
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        if (cacheableFilter && answer.getStatus() == HttpServletResponse.SC_OK && answer.getContentSize() <= MAX_STORED) {
            answers.put(key, new Stored(before, answer.getContentType(), replayable(answer), answer.getContentAsByteArray()));
        }
        answer.copyBodyToResponse();
    }

    /**
     * The headers Camunda's webapp filters (which run after this one) and the engine set, to be given with an answer
     * from memory as well: security headers, Vary, the login's X-Authorized-*. Not the session's cookie or CSRF token,
     * nor what the server sets per response.
     */
    private static Map<String, List<String>> replayable(HttpServletResponse answer) {
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        for (String name : answer.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name, List.copyOf(answer.getHeaders(name)));
            }
        }
        return Map.copyOf(headers);
    }

    private static void awaitQuietly(CompletableFuture<Void> running) {
        try {
            running.get(LEADER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // then this request asks the engine itself
        }
    }

    /** Answers served from memory so far (for tests and diagnostics). */
    public long hits() {
        return hits.sum();
    }

    /**
     * Who the engine will check, exactly as it will: on {@code /engine-rest} Camunda's authentication filter has set it;
     * on the webapps' API it is the login in the session for the engine named in the path. Null (do not cache) when
     * nobody is logged in, and on the webapps' API for a changing method without the session's CSRF token: Camunda's
     * own filters, which run after this one there, must see and refuse such a request.
     */
    private Caller caller(HttpServletRequest request, Matcher call) {
        if (call.group(1).equals("/engine-rest")) {
            Authentication authentication = identityService.getCurrentAuthentication();
            return authentication == null || authentication.getUserId() == null ? null
                    : identity(authentication.getUserId(), authentication.getGroupIds(), authentication.getTenantIds());
        }
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null) {
            return null;
        }
        if (!CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches()) {
            Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
            if (expected == null || !expected.equals(request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME))) {
                return null;
            }
        }
        String engine = call.group(2) == null ? "default" : call.group(2);
        for (org.camunda.bpm.webapp.impl.security.auth.Authentication authentication : authentications.getAuthentications()) {
            if (authentication instanceof UserAuthentication user && engine.equals(user.getProcessEngineName())) {
                return identity(user.getName(), user.getGroupIds(), user.getTenantIds());
            }
        }
        return null;
    }

    private static Caller identity(String user, Collection<String> groups, Collection<String> tenants) {
        return new Caller(user, groups == null ? List.of() : List.copyOf(groups),
                tenants == null ? List.of() : List.copyOf(tenants));
    }

    /** Empty, or only Tasklist's empty variable lists and a sorting by task fields. */
    boolean cacheableBody(byte[] bytes) {
        if (bytes.length == 0) {
            return true;
        }
        JsonNode body;
        try {
            body = json.readTree(bytes);
        } catch (IOException e) {
            return false;
        }
        if (body == null || body.isMissingNode()) {
            return true;
        }
        if (!body.isObject()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (!BODY_FIELDS.contains(field.getKey()) || !value.isArray()) {
                return false;
            }
            if (!field.getKey().equals("sorting")) {
                if (!value.isEmpty()) {
                    return false;
                }
                continue;
            }
            for (JsonNode sort : value) {
                if (!sort.isObject() || sort.size() != 2 || !SORT_FIELDS.contains(sort.path("sortBy").asText())
                        || !Set.of("asc", "desc").contains(sort.path("sortOrder").asText())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The filter's stored query reads only task fields and the caller's identity (null: no such filter). */
    boolean cacheableFilter(String storedQuery) {
        if (storedQuery == null) {
            return false;
        }
        JsonNode query;
        try {
            query = json.readTree(storedQuery);
        } catch (IOException e) {
            return false;
        }
        if (query == null || !query.isObject()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = query.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!FILTER_CRITERIA.contains(field.getKey()) || !plainOrIdentity(field.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean plainOrIdentity(JsonNode value) {
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!plainOrIdentity(item)) {
                    return false;
                }
            }
            return true;
        }
        if (value.isTextual()) {
            String text = value.asText();
            return !(text.contains("{") || text.contains("}")) || IDENTITY_EXPRESSIONS.contains(text);
        }
        return value.isBoolean() || value.isNumber();
    }
}
