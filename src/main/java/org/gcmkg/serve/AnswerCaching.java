package org.gcmkg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.riot.web.HttpNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer cache's side of a query request: the key (the parsed query and every request input that changes the
 * answer's bytes), the ETag made from it, a 304 for a client that holds the answer, a cached answer served whole,
 * and a computed answer remembered.
 */
final class AnswerCaching {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerCaching.class);
    /** Request parameters that change the bytes of an answer (besides the query and the dataset). */
    private static final List<String> FORMAT_PARAMETERS = List.of(
            HttpNames.paramAccept,
            HttpNames.paramOutput1,
            HttpNames.paramOutput2,
            HttpNames.paramOutput3,
            HttpNames.paramCallback,
            HttpNames.paramStyleSheet,
            HttpNames.paramForceAccept);

    private final ResultCache cache;

    AnswerCaching(ResultCache cache) {
        this.cache = cache;
    }

    /** The parsed query, the dataset asked for and every input that changes the answer's bytes. */
    static String cacheKey(HttpAction action, String writtenQuery) {
        StringBuilder key = new StringBuilder(writtenQuery);
        key.append("\nAccept: ").append(action.getRequestHeader(HttpNames.hAccept));
        for (String name : FORMAT_PARAMETERS) {
            appendValues(key, action, name);
        }
        appendValues(key, action, HttpNames.paramDefaultGraphURI);
        appendValues(key, action, HttpNames.paramNamedGraphURI);
        return key.toString();
    }

    private static void appendValues(StringBuilder key, HttpAction action, String name) {
        String[] values = action.getRequestParameterValues(name);
        key.append('\n').append(name).append('=');
        if (values != null) {
            for (String v : values) {
                key.append(v.length()).append(':').append(v);
            }
        }
    }

    /** Serves a cached answer, or a 304 when the client holds it already; false when it must be computed. */
    boolean answeredFromCache(HttpAction action, String version, String key, boolean cacheable) {
        HttpServletResponse response = action.getResponse();
        String etag = etag(version, key);
        if (isGet(action) && etag.equals(action.getRequestHeader("If-None-Match"))) {
            cachingHeaders(action, version, key);
            response.setStatus(304);
            return true;
        }
        if (!cacheable) {
            return false;
        }
        ResultCache.Answer cached = cache.get(version, key);
        if (cached == null) {
            response.setHeader("X-Cache", "miss");
            return false;
        }
        cachingHeaders(action, version, key);
        response.setStatus(200);
        response.setHeader("X-Cache", "hit");
        response.setContentType(cached.contentType());
        response.setContentLength(cached.body().length);
        try {
            response.getOutputStream().write(cached.body());
        } catch (IOException e) {
            LOG.debug("client left during a cached answer: {}", e.getMessage());
        }
        return true;
    }

    void remember(HttpAction action, String version, String key) {
        CapturingResponse capture = capture(action);
        byte[] body = capture.body();
        if (body != null && capture.getStatus() == 200 && capture.getContentType() != null) {
            cache.put(version, key, new ResultCache.Answer(capture.getContentType(), body));
        }
    }

    static CapturingResponse capture(HttpAction action) {
        return action.getRequest().getAttribute(CapturingResponse.ATTRIBUTE) instanceof CapturingResponse c ? c : null;
    }

    private static boolean isGet(HttpAction action) {
        return action.getRequestMethod().equals("GET");
    }

    /** The same caching headers on a computed answer, a cached one and a 304. */
    static void cachingHeaders(HttpAction action, String version, String key) {
        HttpServletResponse response = action.getResponse();
        response.setHeader("ETag", etag(version, key));
        response.setHeader("Vary", "Accept, Origin");
        CapturingResponse capture = capture(action);
        if (capture != null) {
            capture.pinCaching("public, max-age=300");
        }
    }

    static String etag(String version, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "W/\"" + version + "-" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
