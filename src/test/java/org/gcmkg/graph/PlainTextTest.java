package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextTest {
    /** Report Markdown and the text a reader reads; "\n" in the cells stands for a line break. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "el programa *Repatriados Trabajando*, cuyo objetivo|el programa Repatriados Trabajando, cuyo objetivo",
                "la **Ley de Migración** vigente|la Ley de Migración vigente",
                "un monto de \\$1,070'049,035 pesos (\\$54,317,210 dólares)|un monto de $1,070'049,035 pesos ($54,317,210 dólares)",
                "report_es%20\\(1\\).pdf|report_es%20(1).pdf",
                "véase [el informe](https://example.org/informe.pdf) de 2018|véase el informe de 2018",
                "disponible en <http://www.un.org/spanish/News/migration/>.|disponible en http://www.un.org/spanish/News/migration/.",
                "las campañas “*Negocio Mortal*” y “*Corazón Azul México: #AquíEstoy*”|las campañas “Negocio Mortal” y “Corazón Azul México: #AquíEstoy”",
                "Se realizaron las siguientes acciones:\\n2012\\nSe atendieron 21 personas|Se realizaron las siguientes acciones:\\n2012\\nSe atendieron 21 personas",
                "1. Fortalecer la red consular\\n# 2 de 3|1. Fortalecer la red consular\\n# 2 de 3",
                "Programa 3x1 para Migrantes, 5 * 3 = 15|Programa 3x1 para Migrantes, 5 * 3 = 15",
            })
    void keepsTheTextAndDropsTheInlineMarkdown(String markdown, String plain) {
        assertEquals(plain.replace("\\n", "\n"), PlainText.of(markdown.replace("\\n", "\n")));
    }
}
