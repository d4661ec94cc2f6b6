package uk.care.tracker.security;

import jakarta.servlet.http.HttpServletRequest;

/** The request's path inside the application as the container mapped it: decoded and normalized, no path parameters. */
final class RequestPaths {

    private RequestPaths() {
    }

    static String of(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        return path.isEmpty() ? "/" : path;
    }
}
