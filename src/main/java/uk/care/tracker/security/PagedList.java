package uk.care.tracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.care.tracker.security.EngineApiGate.Call;
import uk.care.tracker.security.EngineApiGate.Refusal;

/**
 * The engine's list queries answer every row they match when no page is asked for. At a provider group's size a care
 * user may see tens of thousands of tasks, so one unpaged request from curl (or {@code maxResults=1000000}) would hold
 * a connection and the heap for as long as it takes. Tasklist asks for tasks 15 to 50 at a time, and for its filters
 * 2,000 at a time (cam-tasklist-view-ctrl.js). A care user's list therefore asks for at most {@link #MOST} rows: more
 * is refused with the reason, none means the first {@link #MOST}.
 */
final class PagedList {

    static final int MOST = 2000;

    private PagedList() {
    }

    static boolean isList(Call call) {
        return call != null && (call.is("GET", "task") || call.is("POST", "task")
                || call.is("GET", "filter/*/list") || call.is("POST", "filter/*/list")
                || call.is("GET", "filter") || call.is("GET", "process-definition") || call.is("GET", "user")
                || call.is("GET", "group") || call.is("GET", "history/user-operation"));
    }

    /** Null when the page asked for is one the gate lets through. */
    static Refusal check(Call call, String query) {
        if (!isList(call)) {
            return null;
        }
        for (String value : values(query, "maxResults")) {
            int most;
            try {
                most = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                return new Refusal(400, "maxResults must be a whole number of rows, at most " + MOST + ".");
            }
            if (most > MOST) {
                return new Refusal(400, "Ask for at most " + MOST + " rows at a time (maxResults), and page with firstResult.");
            }
        }
        return null;
    }

    /** The request as the engine should see it: with a page of at most {@link #MOST} rows when it asked for none. */
    static HttpServletRequest of(Call call, HttpServletRequest request) {
        if (!isList(call) || !values(request.getQueryString(), "maxResults").isEmpty()) {
            return request;
        }
        return new FirstPage(request);
    }

    private static List<String> values(String query, String name) {
        List<String> values = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return values;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (key.equals(name)) {
                values.add(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** Adds {@code maxResults} to the query string, which is what the JAX-RS resources read. */
    private static final class FirstPage extends HttpServletRequestWrapper {

        private final String query;

        FirstPage(HttpServletRequest request) {
            super(request);
            String original = request.getQueryString();
            this.query = (original == null || original.isEmpty() ? "" : original + "&") + "maxResults=" + MOST;
        }

        @Override
        public String getQueryString() {
            return query;
        }

        @Override
        public String getParameter(String name) {
            return "maxResults".equals(name) ? String.valueOf(MOST) : super.getParameter(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.put("maxResults", new String[] {String.valueOf(MOST)});
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }
    }
}
