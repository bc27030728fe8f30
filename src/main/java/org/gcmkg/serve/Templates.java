package org.gcmkg.serve;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Renders the site's HTML from the Mustache templates in {@code org/gcmkg/serve/templates/}.
 *
 * <p>Every {@code {{value}}} is HTML-escaped by the engine; a page never builds markup by concatenating
 * strings. Templates extend {@code layout.mustache}, which holds the frame every page shares: blocks
 * {@code title}, {@code head} and {@code main}, and the values {@code lang}, {@code msg} (the words of
 * {@link Messages}), {@code switch_href} and {@code version} that {@link PageContext#frame} gives. A page that
 * gives none of them is framed in English. Compiled templates are cached by the factory, so rendering a page
 * costs only the walk over its data.
 */
final class Templates {
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("org/gcmkg/serve/templates");
    private static final Map<String, Object> DEFAULTS = Map.of(
            "lang",
            PageLanguage.DEFAULT,
            "msg",
            Messages.of(PageLanguage.DEFAULT).all());

    private Templates() {}

    /** The template {@code name} (without {@code .mustache}) rendered over {@code scope}. */
    static String render(String name, Object scope) {
        Mustache template = FACTORY.compile(name + ".mustache");
        StringWriter out = new StringWriter();
        try {
            // the later scope is looked in first
            template.execute(out, List.<Object>of(DEFAULTS, scope)).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
