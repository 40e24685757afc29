package se.vinr.reports.html;

import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The report's jte templates ({@code src/main/jte}, one per section), compiled to Java with the module
 * by jte's Maven plugin: a template that does not type-check fails the build, and nothing is compiled
 * at run time. jte escapes every value for the place it stands in (text, attribute), so input text
 * cannot become markup.
 */
final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {
    }

    static String render(String template, Texts texts, String name, Object view) {
        StringOutput out = new StringOutput();
        ENGINE.render(template, Map.of("t", texts, name, view), out);
        return out.toString();
    }
}
