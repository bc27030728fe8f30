package org.gcmkg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The shared page frame and escaping of the server's HTML pages.
 *
 * <p>{@link #page} puts markup that a servlet already made into {@code layout.mustache}; pages move to their own
 * templates ({@link Templates}), which escape every value themselves.
 */
final class Html {
    private Html() {}

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static void page(HttpServletResponse response, int status, String title, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Vary", "Accept");
        Map<String, String> scope = Map.of("title", title, "body", body);
        response.getWriter().write(Templates.render("page", scope));
    }
}
