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
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "Dichos grupos entregaron 578,905 guías y 581,478 polípticos que resaltan los riesgos.|578905|guías|-",
                "Se ha brindado atención a 26, 524,933 connacionales, atendido 3,934 peticiones de ayuda.|26524933|connacionales|-",
                "En el periodo, el Instituto ha expedido un total de 675 mil 457 Tarjetas ABTC.|675457|Tarjetas ABTC|-",
                "De mayo de 2013 hasta mayo de 2018 se ha otorgado financiamiento por 18,782.30 mdp.|18782300000|pesos|MXN",
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
        List<Figure> figures =
                finder.find("Durante el periodo de diciembre de 2012 al 31 de julio de 2018 se atendió a "
                        + "un total 1,140,001 migrantes, de los cuales, se localizaron a 281 personas migrantes reportadas como "
                        + "extraviadas y se proporcionaron primeros auxilios a 3,204 que presentaban alguna lesión.");
        assertEquals(
                List.of("1140001", "281", "3204"),
                figures.stream().map(f -> f.value().toPlainString()).toList());
        assertEquals(
                List.of("migrantes", "personas migrantes", "migrantes"),
                figures.stream().map(Figure::unitText).toList());
        assertEquals("3,204", figures.get(2).text());
    }

    /** Units as a reader names them: the whole noun phrase, ending where a verb, clause or date begins. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Se atendieron 21 personas extranjeras (12 Niñas, Niños y Adolescentes-NNA- y 9 adultos).|12|Niñas, Niños y Adolescentes|12 Niñas, Niños y Adolescentes",
                "Se realizaron 208 visitas de verificación a diversos establecimientos.|208|visitas de verificación|208 visitas de verificación",
                "Se atendieron 21 personas extranjeras (12 NNA y 9 adultos), de los cuales 5 fueron regularizados.|21|personas extranjeras|21 personas extranjeras",
                "Se atendieron 21 personas extranjeras (12 NNA y 9 adultos), de los cuales 5 fueron regularizados.|5|personas extranjeras|5",
                "Se atendieron 21 personas extranjeras (12 NNA y 9 adultos), de los cuales 5 fueron regularizados.|9|adultos|9 adultos",
                "Actualmente 148 Oficinas Consulares operan el programa.|148|Oficinas Consulares|148 Oficinas Consulares",
                "Los 25,344 trabajadores agrícolas mexicanos colocados en Canadá aportaron remesas.|25344|trabajadores agrícolas mexicanos|25,344 trabajadores agrícolas mexicanos",
                "Se cuenta con 323 OPIs desplegados en toda la República.|323|OPIs|323 OPIs",
                "Se rescató a 1,208 personas migrantes canalizando a 300 de ellas.|1208|personas migrantes|1,208 personas migrantes",
                "Participan 50 países de todas las regiones del mundo.|50|países|50 países",
                "Se realizó 1 retorno asistido y 1 persona evadió el procedimiento.|1|retorno asistido|1 retorno asistido",
                "En 2014 se atendieron 29 personas extranjeras de enero de 2014 a marzo.|29|personas extranjeras|29 personas extranjeras",
                "Se entregaron 30 Tarjetas de Visitante Regional y Trabajador, y 5 guías.|30|Tarjetas de Visitante Regional y Trabajador|30 Tarjetas de Visitante Regional y Trabajador",
                "En 2018, la DINAF atendió a 2,940 niñas, niños y adolescentes retornados (1,320 niñas y 1,620 niños).|2940|niñas, niños y adolescentes retornados|2,940 niñas, niños y adolescentes retornados",
                "En 2018, la DINAF atendió a 2,940 niñas, niños y adolescentes retornados (1,320 niñas y 1,620 niños).|1320|niñas|1,320 niñas",
                "El programa registró 1,482,300 entradas y salidas de personas en 2018.|1482300|entradas y salidas de personas|1,482,300 entradas y salidas de personas",
                "Se atendieron 5 casos y dio seguimiento a otros.|5|casos|5 casos",
                "Se entregaron 26, 524,933 connacionales, atendido 3,934 peticiones de ayuda.|26524933|connacionales|26, 524,933 connacionales",
            })
    void unitsKeepTheirWholeNounPhrase(String sentence, String value, String unit, String text) {
        Figure figure = finder.find(sentence).stream()
                .filter(f -> f.value().compareTo(new BigDecimal(value)) == 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + value + " in: " + sentence));
        assertEquals(unit, figure.unitText());
        assertEquals(text, figure.text());
    }

    /** A number with no noun of its own counts the noun a copula gives it, else what the first figure counts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Fueron tramitadas 766,427 credenciales, entregadas 627,023 y activadas 303,378.|627023|credenciales",
                "Fueron tramitadas 766,427 credenciales, entregadas 627,023 y activadas 303,378.|303378|credenciales",
                "Se cuenta con 56 abogados consultores en Estados Unidos y 34 en el resto del mundo.|34|abogados consultores",
                "Pasó de 4,208 NNA migrantes atendidos en 2012 a 18, 874 en 2015.|18874|NNA migrantes atendidos",
                "Se realizaron 10,375 proyectos de los cuales, 6,485 se destinaron a infraestructura social.|6485|proyectos",
                "Se atendieron 69,744 personas retornadas, de las cuales 10,412 eran niñas, niños y adolescentes.|10412|niñas, niños y adolescentes",
                "Se ha beneficiado a 407,819 productores de los cuales el 125,713 han sido mujeres.|125713|mujeres",
                "Se atendieron 21 personas extranjeras, de los cuales 5 fueron regularizados.|5|personas extranjeras",
            })
    void anEllipticNumberCountsWhatTheFirstFigureCounts(String sentence, String value, String unit) {
        Figure figure = finder.find(sentence).stream()
                .filter(f -> f.value().compareTo(new BigDecimal(value)) == 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + value + " in: " + sentence));
        assertEquals(unit, figure.unitText());
    }

    @Test
    void coordinatedLowerCaseNounsAreFiguresOfTheirOwn() {
        List<Figure> figures = finder.find("Estuvo integrada por 136 hombres y 187 mujeres.");
        assertEquals(
                List.of("hombres", "mujeres"),
                figures.stream().map(Figure::unitText).toList());
    }

    @Test
    void aNumberFollowedByAClauseWithNoFigureBeforeItIsNotAFigure() {
        assertEquals(List.of(), finder.find("De ellos, 39 se encuentran en centros correccionales."));
    }

    /** Money with the symbol or word before or after the number; the unit text is the currency's word. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "GTM|Se otorgaron Q 2,500,000 en becas.|2500000|quetzales|GTQ|Q 2,500,000",
                "GTM|Se otorgaron Q2,500,000 en becas.|2500000|quetzales|GTQ|Q2,500,000",
                "GTM|Se invirtieron 2,500,000 quetzales en becas.|2500000|quetzales|GTQ|2,500,000 quetzales",
                "HND|Se destinaron L 2,500,000 al programa.|2500000|lempiras|HNL|L 2,500,000",
                "HND|Se destinaron L. 1,200,000 al programa.|1200000|lempiras|HNL|L. 1,200,000",
                "HND|Se destinaron 3 millones de lempiras al programa.|3000000|lempiras|HNL|3 millones de lempiras",
                "HND|La OIM aportó US$ 150,000 al fondo.|150000|dólares|USD|US$ 150,000",
                "HND|USAID aportó USD 75,000 al fondo.|75000|dólares|USD|USD 75,000",
                "HND|USAID aportó 75,000 USD al fondo.|75000|dólares|USD|75,000 USD",
                "HND|La OIT aportó 150,000 dólares al fondo.|150000|dólares|USD|150,000 dólares",
                "HND|La Unión Europea aportó € 20,000 al fondo.|20000|euros|EUR|€ 20,000",
                "HND|La Unión Europea aportó 20 mil euros al fondo.|20000|euros|EUR|20 mil euros",
                "HND|Se recibieron $ 40,000 de donantes.|40000|dólares|USD|$ 40,000",
                "CRI|Se invirtieron 300 millones de colones en albergues.|300000000|colones|CRC|300 millones de colones",
                "CRI|Se invirtieron ₡ 300,000 en albergues.|300000|colones|CRC|₡ 300,000",
                "MEX|La SHCP autorizó \\$1,070'049,035 pesos (\\$54,317,210 dólares).|1070049035|pesos|MXN|\\$1,070'049,035 pesos",
                "MEX|La SHCP autorizó \\$1,070'049,035 pesos (\\$54,317,210 dólares).|54317210|dólares|USD|\\$54,317,210 dólares",
                "MEX|Con apoyo de hasta \\$1,500.00 para alojamiento.|1500|pesos|MXN|\\$1,500.00",
                "MEX|Se otorgó financiamiento por 18,782.30 mdp.|18782300000|pesos|MXN|18,782.30 mdp",
                "COL|Se entregaron $ 500,000 pesos en apoyos.|500000|pesos colombianos|COP|$ 500,000 pesos",
            })
    void readsMoneyWithItsCurrency(
            String country, String sentence, String value, String unit, String code, String text) {
        FigureFinder local = new FigureFinder(Currencies.standard(), country);
        Figure figure = local.find(sentence).stream()
                .filter(f -> f.value().compareTo(new BigDecimal(value)) == 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + value + " in: " + sentence));
        assertEquals(unit, figure.unitText());
        assertEquals(Optional.of(code), figure.currency());
        assertEquals(text, figure.text());
    }

    @Test
    void aYearAfterACurrencySymbolIsMoney() {
        Figure figure = new FigureFinder(Currencies.standard(), "GTM")
                .find("El costo fue de Q 2018 por persona.")
                .get(0);
        assertEquals(Optional.of("GTQ"), figure.currency());
    }

    @Test
    void theFinderTheExtractorUsesReadsADollarSignAloneAsMexicanPesos() {
        Figure figure =
                finder.find("Con apoyo de hasta \\$1,500.00 para alojamiento.").get(0);
        assertEquals(Optional.of("MXN"), figure.currency());
        assertEquals("pesos", figure.unitText());
    }

    @Test
    void lettersOfWordsAreNotCurrencySymbols() {
        FigureFinder honduras = new FigureFinder(Currencies.standard(), "HND");
        assertEquals(
                List.of("personas"),
                honduras.find("Se atendieron 25 personas.").stream()
                        .map(Figure::unitText)
                        .toList());
        assertEquals(List.of(), honduras.find("Según el anexo AL 5 y el formato Q3."));
    }

    @Test
    void datesYearsDurationsAndArticlesAreNotFigures() {
        assertEquals(
                List.of(),
                finder.find(
                        "Esta medida inició el día 2 de marzo de 2017 y continúa vigente al 31 de diciembre de 2018."));
        assertEquals(
                List.of(),
                finder.find("Es un centro que opera las 24 horas del día y en un tiempo máximo de 60 minutos."));
        assertEquals(
                List.of(),
                finder.find(
                        "Atendiendo a lo estatuido en los artículos 2, 10, 52, 54, 55, 56, 107, 120, 132 y 133 de dicha Ley."));
        assertEquals(List.of(), finder.find("Como se mencionó en el objetivo 5, se cuenta con la Tarjeta."));
        assertEquals(List.of(), finder.find("Sus objetivos son: 1) crear conciencia, 2) que es un delito."));
    }

    @Test
    void hedgedFiguresAreMarkedApproximate() {
        Figure figure =
                finder.find("La Red Global cuenta con más de 6,500 miembros.").get(0);
        assertTrue(figure.approximate());
        assertEquals("6,500 miembros", figure.text());
    }

    @Test
    void percentagesKeepTheirSign() {
        Figure figure = finder.find("Estuvo conformada por registros (44.64% mujeres y 55.36% hombres).")
                .get(0);
        assertEquals("%", figure.unitText());
        assertEquals(0, new BigDecimal("44.64").compareTo(figure.value()));
    }

    @Test
    void aPartCountsWhatItsWholeCounts() {
        List<Figure> registries =
                finder.find("Actualmente 29 de los 32 Registros Civiles del país están en posibilidades.");
        assertEquals(
                List.of("29:Registros Civiles del país", "32:Registros Civiles del país"), valuesAndUnits(registries));
        List<Figure> towns = finder.find("mientras que 911 (de 2457) municipios han instalado sus Sistemas.");
        assertEquals(List.of("911:municipios", "2457:municipios"), valuesAndUnits(towns));
        assertEquals("2457", towns.get(1).text());
    }

    @Test
    void countsInParenthesesAfterNamesBreakDownTheTotalBeforeThem() {
        List<Figure> points = finder.find("a través de 9 puntos de atención ubicados en: Chiapas (5) Oaxaca (1), "
                + "Tamaulipas (2) y Baja California (1).");
        assertEquals(
                List.of(
                        "9:puntos de atención",
                        "5:puntos de atención",
                        "1:puntos de atención",
                        "2:puntos de atención",
                        "1:puntos de atención"),
                valuesAndUnits(points));
        assertTrue(
                finder.find("Los requisitos son: 1) una solicitud y 2) una fotografía.")
                        .isEmpty(),
                "enumerators stay out");
    }

    @Test
    void aNumberBeforeAParenthesisEndsItsItem() {
        List<Figure> cards = finder.find("se expidieron 970 mil 467 tarjetas: residente permanente 268 mil 132, "
                + "visitante por razones humanitarias 28 mil 507 (se anexa tabla).");
        assertEquals(3, cards.size());
        assertEquals(new BigDecimal("28507"), cards.get(2).value());
    }

    @Test
    void anAnniversaryInDigitsIsAnOrdinalNotACount() {
        List<Figure> found = finder.find("un grupo de 50 países. Establecido en coincidencia con el 50 Aniversario de "
                + "la Convención de Viena, y la 12 edición del foro.");
        assertEquals(List.of("50:países"), valuesAndUnits(found));
    }

    private static List<String> valuesAndUnits(List<Figure> figures) {
        return figures.stream()
                .map(f -> f.value().toPlainString() + ":" + f.unitText())
                .toList();
    }
}
