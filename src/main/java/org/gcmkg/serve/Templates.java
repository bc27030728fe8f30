package org.gcmkg.serve;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Renders the site's HTML from the Mustache templates in {@code org/gcmkg/serve/templates/}.
 *
 * <p>Every {@code {{value}}} is HTML-escaped by the engine; a page never builds markup by concatenating
 * strings. Templates extend {@code layout.mustache}, which holds the frame every page shares. Compiled
 * templates are cached by the factory, so rendering a page costs only the walk over its data.
 */
final class Templates {
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("org/gcmkg/serve/templates");

    private Templates() {}

    /** The template {@code name} (without {@code .mustache}) rendered over {@code scope}. */
    static String render(String name, Object scope) {
        Mustache template = FACTORY.compile(name + ".mustache");
        StringWriter out = new StringWriter();
        try {
            template.execute(out, scope).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
