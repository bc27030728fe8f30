package org.gcmkg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The shared page frame and escaping of the server's HTML pages.
 *
 * <p>{@link #page} puts markup that a servlet already made (the explorer's and the matrix's) into
 * {@code layout.mustache}; the other pages have templates of their own ({@link Templates}), which escape every
 * value themselves.
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

    /** Markup a servlet made, framed in the request's language with the version; the caller set Vary. */
    static void page(HttpServletResponse response, PageContext page, String title, String body, String version)
            throws IOException {
        response.setStatus(200);
        response.setContentType("text/html;charset=utf-8");
        Map<String, Object> scope = page.frame(title, version);
        scope.put("body", body);
        response.getWriter().write(Templates.render("page", scope));
    }
}
