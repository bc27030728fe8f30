package org.gcmkg.serve;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every page of one request shares: its language ({@link PageLanguage}) and words ({@link Messages}), the
 * headers saying what the page varies with, the remembered language, the conditional answer to
 * {@code If-None-Match}, and the values of the frame ({@code layout.mustache}).
 */
final class PageContext {
    private static final int YEAR_SECONDS = 365 * 24 * 3600;
    private final HttpServletRequest request;
    private final PageLanguage language;
    private final Messages messages;

    private PageContext(HttpServletRequest request, PageLanguage language) {
        this.request = request;
        this.language = language;
        this.messages = Messages.of(language.code());
    }

    /**
     * The context of a page request, with {@code Vary} set and a {@code lang} parameter remembered in a cookie;
     * null when the parameter names no language of the pages, after a 400 saying so.
     */
    static PageContext of(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String cookie = cookie(request);
        PageLanguage language;
        try {
            language = PageLanguage.choose(
                    request.getParameter(PageLanguage.COOKIE), cookie, request.getHeader("Accept-Language"));
        } catch (IllegalArgumentException e) {
            Refusal.send(request, response, 400, e.getMessage());
            return null;
        }
        if (language.chosen()) {
            response.setHeader("Vary", "Accept");
            if (!language.code().equals(cookie)) {
                response.addHeader(
                        "Set-Cookie",
                        PageLanguage.COOKIE + "=" + language.code() + "; Path=/; Max-Age=" + YEAR_SECONDS
                                + "; SameSite=Lax");
            }
        } else {
            response.setHeader("Vary", "Accept, Accept-Language, Cookie");
        }
        return new PageContext(request, language);
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? null
                : Stream.of(cookies)
                        .filter(c -> c.getName().equals(PageLanguage.COOKIE))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
    }

    String lang() {
        return language.code();
    }

    Messages messages() {
        return messages;
    }

    /**
     * Sets the page's ETag (the data's version, the language, the path and query, and the representation) and
     * answers 304 when the request's {@code If-None-Match} names it; true when it did.
     */
    boolean notModified(HttpServletResponse response, String version, String representation) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        String key = request.getRequestURI() + query + " " + representation;
        String etag = "W/\"" + version + "-" + language.code() + "-" + Integer.toHexString(key.hashCode()) + "\"";
        response.setHeader("ETag", etag);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    /** Whether an {@code If-None-Match} header names the ETag (compared weakly, as RFC 9110 asks for GET). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",", -1)) {
            String c = candidate.strip();
            if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** The frame's values: language, words, title, the link to the other language and the version. */
    Map<String, Object> frame(String title, String version) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("lang", language.code());
        scope.put("msg", messages.all());
        scope.put("title", title);
        scope.put("other_lang", language.other());
        scope.put("switch_href", switchHref());
        scope.put("version", version);
        return scope;
    }

    /** This page in the other language: its path and query, with {@code lang} set to the other. */
    private String switchHref() {
        String query = request.getQueryString();
        String kept = query == null
                ? ""
                : Stream.of(query.split("&"))
                        .filter(p -> !p.isEmpty()
                                && !p.startsWith(PageLanguage.COOKIE + "=")
                                && !p.equals(PageLanguage.COOKIE))
                        .map(p -> p + "&")
                        .collect(Collectors.joining());
        return request.getRequestURI() + "?" + kept + PageLanguage.COOKIE + "=" + language.other();
    }
}
