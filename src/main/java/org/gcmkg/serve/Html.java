package org.gcmkg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/** The shared page frame and escaping of the server's HTML pages. */
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
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · gcmkg</title><link rel=\"stylesheet\" href=\"/static/gcmkg.css\">"
                + "</head><body><header><a class=\"home\" href=\"/\">gcmkg</a> "
                + "<nav><a href=\"/query\">SPARQL</a> <a href=\"/search\">Search</a> "
                + "<a href=\"/explore\">Explore</a> <a href=\"/matrix\">Matrix</a> "
                + "<a href=\"/.well-known/void\">Dataset</a> <a href=\"/ontology\">Ontology</a></nav></header>\n<main>\n");
        out.write(body);
        out.write("\n</main></body></html>\n");
    }
}
