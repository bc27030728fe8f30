package org.gcmkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodFinderTest {
    private final PeriodFinder finder = new PeriodFinder(LocalDate.of(2018, 9, 7));

    /** Sentences from the Mexican report; start, end and as-of as the text states them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "En el periodo de enero de 2013 a julio de 2018, el Instituto ha expedido 85 mil 268 Tarjetas.|2013-01|2018-07|-",
                "Durante el periodo de diciembre de 2012 al 31 de julio de 2018 se atendió a un total 1,140,001 migrantes.|2012-12|2018-07-31|-",
                "De 1974 a la fecha, se ha colocado a un total de 353,896 trabajadores agrícolas.|1974|-|2018-09-07",
                "Al 30 de junio de 2018 se han realizado 4,306 talleres con la participación de 323,502 personas.|-|-|2018-06-30",
                "En 2017, se atendió un total de 321,420 llamadas.|2017|2017|-",
                "Desde 2005, se han adquirido 5,000 viviendas bajo este programa.|2005|-|-",
                "Del 1 de enero al 30 de junio de 2018, se han atendido 180,000 solicitudes.|2018-01-01|2018-06-30|-",
                "Del 2013 a la fecha se han elaborado y distribuido 14, 183,000 Guías Paisano.|2013|-|2018-09-07",
                "Desde su lanzamiento y hasta el 31 de julio de 2018, la aplicación registró 377,928 descargas.|-|2018-07-31|-",
                "El procedimiento ha permitido repatriar a 8,322 personas de enero a mayo de 2018.|2018-01|2018-05|-",
                "Actualmente existen 22 Grupos distribuidos en puntos estratégicos.|-|-|2018-09-07",
                "Por otra parte, en marzo de 2017 se inició con el Programa de salud mental.|2017-03|-|-",
                "En 2016 se presentó el programa Construye en tu Tierra.|2016|-|-",
                "De mayo de 2013 hasta mayo de 2018 se ha otorgado financiamiento por 18,782.30 mdp.|2013-05|2018-05|-",
            })
    void readsPeriods(String sentence, String start, String end, String asOf) {
        Optional<Period> period = finder.find(sentence);
        assertTrue(period.isPresent(), "no period found in: " + sentence);
        assertEquals(Optional.ofNullable(start), period.get().start(), "start");
        assertEquals(Optional.ofNullable(end), period.get().end(), "end");
        assertEquals(Optional.ofNullable(asOf), period.get().asOf(), "as of");
    }

    /** Every period form of issue 12, as another country's report writes them (report dated 20 May 2019). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "Entre enero y junio de 2018 se atendieron 1,250 personas retornadas.|2018-01|2018-06|-",
                "Entre 2016 y 2018 se capacitaron 3,400 funcionarios.|2016|2018|-",
                "Durante 2018 se emitieron 12,000 documentos de identidad.|2018|2018|-",
                "En el año 2016 se abrieron 4 oficinas de atención.|2016|2016|-",
                "De 2013 a 2018 se repatriaron 45,000 personas.|2013|2018|-",
                "Del 1 de enero al 31 de diciembre de 2018 se registraron 8,500 solicitudes.|2018-01-01|2018-12-31|-",
                "De enero de 2017 a marzo de 2019 se otorgaron L 2,500,000 en créditos.|2017-01|2019-03|-",
                "Al 30 de abril de 2019 se cuenta con 15 ventanillas.|-|-|2019-04-30",
                "A la fecha se han atendido 600 niñas y niños.|-|-|2019-05-20",
                "Desde 2015 se han otorgado 900 becas.|2015|-|-",
                "En 2016, el programa atendió a 300 familias.|2016|2016|-",
                "Se atendieron 200 personas entre marzo y mayo de 2019.|2019-03|2019-05|-",
                "Se atendieron 200 personas entre marzo de 2018 y mayo de 2019.|2018-03|2019-05|-",
                "Durante el primer semestre de 2018 se atendieron 500 personas.|2018-01|2018-06|-",
                "En el segundo semestre de 2018 se atendieron 500 personas.|2018-07|2018-12|-",
                "En el cuarto trimestre de 2017 se atendieron 500 personas.|2017-10|2017-12|-",
                "Del 2013 al 2018 se atendieron 500 personas.|2013|2018|-",
                "En el periodo 2013-2018 se atendieron 500 personas.|2013|2018|-",
                "De enero a junio de 2018 se atendieron 500 personas.|2018-01|2018-06|-",
                "A partir de 2015 se atendieron 500 personas.|2015|-|-",
                "Hasta el 31 de julio de 2018 se atendieron 500 personas.|-|2018-07-31|-",
                "Con corte al 30 de abril de 2019 se atendieron 500 personas.|-|-|2019-04-30",
                "De marzo a junio del presente año se atendieron 500 personas.|2019-03|2019-06|-",
                "De enero 2013 a julio 2018, los OPIs atendieron a 137,059 menores.|2013-01|2018-07|-",
                "El Plan *Convivencia 2017-2021* se aplicó en 2018 en 18 municipios.|2018|2018|-",
            })
    void readsEveryPeriodFormOfAnotherCountrysReport(String sentence, String start, String end, String asOf) {
        Optional<Period> period = new PeriodFinder(LocalDate.of(2019, 5, 20)).find(sentence);
        assertTrue(period.isPresent(), "no period found in: " + sentence);
        assertEquals(Optional.ofNullable(start), period.get().start(), "start");
        assertEquals(Optional.ofNullable(end), period.get().end(), "end");
        assertEquals(Optional.ofNullable(asOf), period.get().asOf(), "as of");
    }

    @Test
    void aRangeKeepsItsWordsAsWritten() {
        assertEquals(
                "entre enero y junio de 2018",
                finder.find("Se atendió a 50 personas entre enero y junio de 2018.")
                        .orElseThrow()
                        .text());
        assertEquals(
                "Entre 2016 y 2018",
                finder.find("Entre 2016 y 2018 se capacitaron 3,400 funcionarios.")
                        .orElseThrow()
                        .text());
    }

    @Test
    void twoYearsJoinedByYWithoutEntreAreNotARange() {
        Period period = finder.find("Se firmaron convenios en 2016 y 2018 con 5 países.")
                .orElseThrow();
        assertEquals(Optional.of("2016"), period.start());
        assertEquals(Optional.of("2016"), period.end());
    }

    @Test
    void aYearRangeInsideAnItalicNameIsNoPeriod() {
        assertTrue(finder.find("El CONAPROHM coordina el *Plan Nacional de Convivencia 2017-2021* con el ACNUR.")
                .isEmpty());
    }

    @Test
    void aFigureTakesThePeriodStatedNearestToIt() {
        PeriodFinder honduras = new PeriodFinder(LocalDate.of(2019, 5, 20));
        String remittances = "Las remesas sumaron 4,759.4 millones de dólares en 2018, y el costo promedio de envío "
                + "bajó del 6.1% al 4.3% entre 2016 y 2018.";
        Period money = honduras.nearest(remittances, remittances.indexOf("4,759.4"), remittances.indexOf("4,759.4") + 7)
                .orElseThrow();
        assertEquals(Optional.of("2018"), money.start());
        assertEquals(Optional.of("2018"), money.end());
        Period cost = honduras.nearest(remittances, remittances.indexOf("4.3%"), remittances.indexOf("4.3%") + 4)
                .orElseThrow();
        assertEquals("entre 2016 y 2018", cost.text());
        String series =
                "En 2017 se atendieron 30,841 personas migrantes y en lo que va del 2018 se han atendido 21,222.";
        assertEquals(
                Optional.of("2017"),
                honduras.nearest(series, series.indexOf("30,841"), series.indexOf("30,841") + 6)
                        .orElseThrow()
                        .start());
        assertEquals(
                Optional.of("2018"),
                honduras.nearest(series, series.indexOf("21,222"), series.indexOf("21,222") + 6)
                        .orElseThrow()
                        .start());
        String asOf = "También puso en marcha en 2017 el Plan, que al 30 de abril de 2019 contaba con 1,035 afiliados.";
        assertEquals(
                Optional.of("2019-04-30"),
                honduras.nearest(asOf, asOf.indexOf("1,035"), asOf.indexOf("1,035") + 5)
                        .orElseThrow()
                        .asOf());
    }

    @Test
    void aYearRightAfterAFigureIsNearerThanOneBeforeItsNumber() {
        PeriodFinder finder = new PeriodFinder(LocalDate.of(2018, 9, 7));
        String growth = "la atención pasó de 4,208 personas atendidas en 2012 a 18,874 en 2015.";
        int at = growth.indexOf("18,874");
        assertEquals(
                Optional.of("2015"),
                finder.nearest(growth, at, at + 6).orElseThrow().start());
        at = growth.indexOf("4,208");
        assertEquals(
                Optional.of("2012"),
                finder.nearest(growth, at, at + 23).orElseThrow().start());
    }

    @Test
    void aDayStatedOnItsOwnIsThePeriodOfThatDay() {
        PeriodFinder finder = new PeriodFinder(LocalDate.of(2018, 9, 7));
        String sentence = "El 17 de febrero de 2017, la Secretaría autorizó recursos por 54 millones.";
        assertTrue(finder.find(sentence).isEmpty(), "a day is no context for later sentences");
        int at = sentence.indexOf("54");
        Period day = finder.nearest(sentence, at, at + 2).orElseThrow();
        assertEquals(Optional.of("2017-02-17"), day.start());
        assertEquals(Optional.of("2017-02-17"), day.end());
        assertEquals("El 17 de febrero de 2017", day.text());
    }

    @Test
    void soFarThisYearRunsFromItsStartToTheReportDateOrTheCutOff() {
        PeriodFinder finder = new PeriodFinder(LocalDate.of(2018, 9, 7));
        Period year =
                finder.find("En lo que va del año ha recibido 11,709 visitas.").orElseThrow();
        assertEquals(Optional.of("2018"), year.start());
        assertEquals(Optional.empty(), year.end());
        assertEquals(Optional.of("2018-09-07"), year.asOf());
        String cut =
                "en el año 2017 se realizaron 336 trámites y en lo que va del año 2018, con corte al 15 de agosto, "
                        + "se han realizado 116 trámites.";
        Period cutOff =
                finder.nearest(cut, cut.indexOf("116"), cut.indexOf("116") + 3).orElseThrow();
        assertEquals(Optional.of("2018"), cutOff.start());
        assertEquals(Optional.of("2018-08-15"), cutOff.asOf());
        assertEquals(Optional.of("2017"), finder.find(cut).orElseThrow().start());
        Period term = finder.find("en lo que va de la actual administración se han tenido 1,303,598 eventos")
                .orElseThrow();
        assertEquals(Optional.empty(), term.start());
        assertEquals(Optional.of("2018-09-07"), term.asOf());
        assertEquals(
                Optional.of("2018-09-07"),
                finder.find("Hasta el momento, se han enviado recursos a 19 consulados.")
                        .orElseThrow()
                        .asOf());
    }

    @Test
    void aSeasonOrFiscalYearIsThatYear() {
        PeriodFinder finder = new PeriodFinder(LocalDate.of(2018, 9, 7));
        Period season = finder.find("los 25,344 trabajadores colocados durante la temporada 2017 enviaron remesas")
                .orElseThrow();
        assertEquals(Optional.of("2017"), season.start());
        assertEquals(Optional.of("2017"), season.end());
        Period fiscal = finder.find("En el ejercicio fiscal 2016 se otorgaron 300 apoyos.")
                .orElseThrow();
        assertEquals(Optional.of("2016"), fiscal.end());
    }

    @Test
    void everyPeriodOfASentenceInOrder() {
        String sentence = "De 1974 a la fecha se colocó a 353,896 trabajadores; actualmente participan 12 estados, "
                + "y en 2017 se sumaron 2.";
        assertEquals(
                List.of("De 1974 a la fecha", "actualmente", "en 2017"),
                finder.all(sentence).stream().map(l -> l.period().text()).toList());
    }

    @Test
    void aSentenceWithoutDatesHasNoPeriod() {
        assertTrue(finder.find("Asimismo, mediante labores de búsqueda y auxilio, se rescataron a 21,839 personas.")
                .isEmpty());
    }

    @Test
    void wordsContainingAMonthNameAreNotDates() {
        assertTrue(finder.find("La mayor parte de los programas se amplió en la mayoría de los consulados.")
                .isEmpty());
    }
}
