package org.gcmkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureFinderTest {
    private final FigureFinder finder = new FigureFinder();

    /** Sentences from the Mexican report and the first figure a reader finds in each. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Dichos grupos entregaron 578,905 guías y 581,478 polípticos que resaltan los riesgos.|578905|guías|-",
        "Se ha brindado atención a 26, 524,933 connacionales, atendido 3,934 peticiones de ayuda.|26524933|connacionales|-",
        "En el periodo, el Instituto ha expedido un total de 675 mil 457 Tarjetas ABTC.|675457|Tarjetas ABTC|-",
        "De mayo de 2013 hasta mayo de 2018 se ha otorgado financiamiento por 18,782.30 mdp.|18782300000|millones de pesos|MXN",
        "De los cuales, se evitó o revirtió la pena de muerte en 1,053 casos; lo que representa 89.38% de éxito.|1053|casos|-",
        "Aportaron un monto total de remesas equivalente a 278 millones 285 mil 812 dólares canadienses.|278285812|dólares canadienses|CAD",
        "La SHCP autorizó recursos por un monto de \\$1,070'049,035 pesos (\\$54,317,210 dólares) para la protección.|1070049035|pesos|MXN",
        "Se han rescatado a 21,839 personas migrantes, quienes se encontraban en situaciones de peligro.|21839|personas migrantes|-",
        "Participaron 18,682 observadores de la sociedad civil.|18682|observadores de la sociedad civil|-",
        "Desde su creación, se ha beneficiado a más de 10 millones de personas.|10000000|personas|-",
    })
    void readsTheFirstFigure(String sentence, String value, String unit, String currency) {
        List<Figure> figures = finder.find(sentence);
        assertTrue(!figures.isEmpty(), "no figure in: " + sentence);
        Figure first = figures.get(0);
        assertEquals(0, new BigDecimal(value).compareTo(first.value()), "value of " + first.text());
        assertEquals(unit, first.unitText());
        assertEquals(Optional.ofNullable(currency), first.currency());
    }

    @Test
    void readsEveryFigureOfASentence() {
        List<Figure> figures = finder.find("Durante el periodo de diciembre de 2012 al 31 de julio de 2018 se atendió a "
                + "un total 1,140,001 migrantes, de los cuales, se localizaron a 281 personas migrantes reportadas como "
                + "extraviadas y se proporcionaron primeros auxilios a 3,204 que presentaban alguna lesión.");
        assertEquals(List.of("1140001", "281"), figures.stream().map(f -> f.value().toPlainString()).toList());
    }

    @Test
    void datesYearsDurationsAndArticlesAreNotFigures() {
        assertEquals(List.of(), finder.find("Esta medida inició el día 2 de marzo de 2017 y continúa vigente al 31 de diciembre de 2018."));
        assertEquals(List.of(), finder.find("Es un centro que opera las 24 horas del día y en un tiempo máximo de 60 minutos."));
        assertEquals(List.of(), finder.find("Atendiendo a lo estatuido en los artículos 2, 10, 52, 54, 55, 56, 107, 120, 132 y 133 de dicha Ley."));
        assertEquals(List.of(), finder.find("Como se mencionó en el objetivo 5, se cuenta con la Tarjeta."));
        assertEquals(List.of(), finder.find("Sus objetivos son: 1) crear conciencia, 2) que es un delito."));
    }

    @Test
    void hedgedFiguresAreMarkedApproximate() {
        Figure figure = finder.find("La Red Global cuenta con más de 6,500 miembros.").get(0);
        assertTrue(figure.approximate());
        assertEquals("6,500 miembros", figure.text());
    }

    @Test
    void percentagesKeepTheirSign() {
        Figure figure = finder.find("Estuvo conformada por registros (44.64% mujeres y 55.36% hombres).").get(0);
        assertEquals("%", figure.unitText());
        assertEquals(0, new BigDecimal("44.64").compareTo(figure.value()));
    }
}
