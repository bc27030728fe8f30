package org.gcmkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers for every response of the site, on {@code /*}: CORS for any origin without credentials (the data are
 * public and no request carries a login), with the headers that describe an answer (its ETag, whether it came
 * from the cache) exposed to scripts; {@code nosniff}; a Content Security Policy that forbids framing, plugins
 * and foreign base URLs; and TRACE refused, since it would echo a request's headers back.
 */
final class SiteHeadersFilter implements Filter {
    static final String EXPOSED = "ETag, X-Cache, Cache-Control, Content-Type, Content-Length, Vary";
    static final String CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer-when-downgrade");
        String method = request.getMethod();
        if (method.equals("TRACE") || method.equals("TRACK") || method.equals("CONNECT")) {
            Refusal.send(request, response, 405, method + " is not allowed on this site");
            return;
        }
        if (request.getHeader("Origin") != null) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Expose-Headers", EXPOSED);
            if (method.equals("OPTIONS") && request.getHeader("Access-Control-Request-Method") != null) {
                response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
                response.setHeader(
                        "Access-Control-Allow-Headers",
                        "Accept, Content-Type, Origin, X-Requested-With, If-None-Match, Last-Modified");
                response.setHeader("Access-Control-Max-Age", "86400");
                response.setStatus(204);
                return;
            }
        }
        chain.doFilter(req, res);
    }
}
